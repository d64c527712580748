"""A client of a running site over real HTTP (the ``make up`` topology, a ``bountyboard serve``), for
fault tests and the load benchmark: JSON calls, and a member who can post and back bounties
(signed up through the API, e-mail verified through the mailed link, credits granted by the CLI)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart

from bountyboard.testing.services import wait_until

BIN = Path(sys.executable).parent
PASSWORD = "a long unusual pass 42"


def json_call(method: str, url: str, *, body: Any = None, token: str = "", multipart: dict[str, Any] | None = None,
              timeout: float = 60) -> tuple[int, Any]:
    """(status, parsed body). A body that is not JSON comes back as ``{"not_json": <its start>}`` so
    callers can assert that every answer, errors included, was JSON."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = None
    if multipart is not None:
        data = encode_multipart(BOUNDARY, multipart)
        headers["Content-Type"] = MULTIPART_CONTENT
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, {"not_json": raw[:200].decode(errors="replace")}


def http_call(method: str, url: str, body: dict[str, Any] | None = None, *, client: str = "", timeout: float = 30
              ) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, raw body) of one JSON request; ``client`` is the address a trusted proxy (the test) says
    the request came from."""
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": "application/json"}
    if client:
        headers["X-Forwarded-For"] = client
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def site_command(env: dict[str, str], *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """``bountyboard <args>`` against the site's database (``env`` from ``topology_environment``)."""
    return subprocess.run([str(BIN / "bountyboard"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


def _verification_link(mail_dir: Path, email: str) -> str | None:
    for path in mail_dir.glob("*") if mail_dir.is_dir() else []:
        text = path.read_text(errors="replace").replace("=\n", "")  # quoted-printable soft line breaks
        for message in text.split("-" * 79):  # the file backend's separator between messages
            if email in message:
                found = re.search(r"(/accounts/verify/[^/\s]+/)", message)
                if found:
                    return found.group(1)
    return None


def member_token(*, base: str, mail_dir: Path, env: dict[str, str], username: str, credits: int = 0,
                 timeout: float = 120) -> str:
    """Sign ``username`` up through the API, open the verification link the site mailed, grant
    ``credits`` (``bountyboard credits grant``) and return an API token. Raises AssertionError with
    the site's answer when a step fails."""
    email = f"{username}@example.test"
    status, body = json_call("POST", f"{base}/api/v1/auth/signup", body={
        "username": username, "email": email, "password": PASSWORD, "adult": True})
    assert status == 202, (username, status, body)
    assert wait_until(lambda: _verification_link(mail_dir, email) is not None, timeout=timeout, interval=0.5), (
        f"no verification mail for {email} in {mail_dir}")
    request = urllib.request.Request(f"{base}{_verification_link(mail_dir, email)}", method="GET")
    with urllib.request.urlopen(request, timeout=60) as response:
        assert response.status == 200
    if credits:
        granted = site_command(env, "credits", "grant", username, str(credits))
        assert granted.returncode == 0, granted.stdout + granted.stderr
    status, body = json_call("POST", f"{base}/api/v1/auth/token", body={
        "username": username, "password": PASSWORD, "name": "load"})
    assert status == 201, (username, status, body)
    return str(body["token"])

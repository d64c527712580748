"""The documented deployment, for real: `bountyboard serve` under the production settings with
HTTPS on, behind Debian's nginx terminating TLS (the server block of docs/deploy/nginx.conf, with a
throwaway self-signed certificate), all on 127.0.0.1. A form with its CSRF token and API calls go
through the proxy; the address the site counts is the client's, never the proxy's nor one the
client made up; e-mails link to the public HTTPS address (issue 12)."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import ssl
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from axes.models import AccessAttempt

from bountyboard.accounts.models import User
from bountyboard.testing.database import database_url_for
from bountyboard.testing.network import free_port, wait_for_port
from bountyboard.testing.services import process_stop, wait_until

pytestmark = pytest.mark.django_db(transaction=True)

REPO = Path(__file__).resolve().parents[4]
CLIENT_ADDRESS = "127.0.0.5"  # the browser: loopback, but not the proxy's address


def _nginx() -> str:
    found = shutil.which("nginx") or next((p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None)
    if found is None:
        pytest.fail("nginx is needed for the deployment test: scripts/system-deps.sh installs it")
    return found


@dataclass
class Deployment:
    proxy_port: int
    app_port: int
    var_dir: Path

    @property
    def public_url(self) -> str:
        return f"https://127.0.0.1:{self.proxy_port}"


@pytest.fixture
def deployment(tmp_path: Path) -> Iterator[Deployment]:
    from django.db import connection

    nginx = _nginx()
    proxy_port, app_port = free_port(), free_port()
    var_dir = tmp_path / "var"
    certificate, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-keyout", str(key), "-out", str(certificate)],
        check=True, capture_output=True,
    )
    site = (REPO / "docs" / "deploy" / "nginx.conf").read_text()
    for placeholder, value in {
        "@LISTEN@": f"127.0.0.1:{proxy_port}",
        "@CERTIFICATE@": str(certificate),
        "@CERTIFICATE_KEY@": str(key),
        "@BOUNTYBOARD@": f"127.0.0.1:{app_port}",
    }.items():
        site = site.replace(placeholder, value)
    temp = tmp_path / "nginx"
    temp.mkdir()
    (tmp_path / "nginx.conf").write_text(
        ("user root root;\n" if os.geteuid() == 0 else "")
        + f"worker_processes 1;\npid {temp}/nginx.pid;\nerror_log {temp}/error.log;\ndaemon off;\n"
        "events { worker_connections 64; }\n"
        "http {\n"
        f"  access_log {temp}/access.log;\n"
        + "".join(f"  {kind}_temp_path {temp}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        + site
        + "}\n"
    )
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("BOUNTYBOARD_", "DJANGO_", "EMAIL_"))},
        "DJANGO_SETTINGS_MODULE": "bountyboard.config.settings.production",
        "DATABASE_URL": database_url_for(connection.settings_dict),
        "DJANGO_SECRET_KEY": "deployment-test-key-" + "x" * 40,
        "BOUNTYBOARD_VAR_DIR": str(var_dir),
        "BOUNTYBOARD_HTTPS": "1",
        "BOUNTYBOARD_SITE_URL": f"https://127.0.0.1:{proxy_port}",
        "BOUNTYBOARD_TRUSTED_PROXIES": "127.0.0.1",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "PYTHONPATH": str(REPO / "src"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "bountyboard.cli", "serve", "--port", str(app_port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    proxy = subprocess.Popen(
        [nginx, "-e", str(temp / "error.log"), "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        if not wait_for_port(app_port, timeout=120):
            app.kill()
            pytest.fail("bountyboard serve did not start:\n" + app.communicate()[0].decode(errors="replace")[-3000:])
        if not wait_for_port(proxy_port, timeout=30):
            proxy.kill()
            pytest.fail("nginx did not start:\n" + (temp / "error.log").read_text(errors="replace")[-3000:])
        yield Deployment(proxy_port, app_port, var_dir)
    finally:
        process_stop(proxy)
        process_stop(app)
        for process in (proxy, app):
            if process.stdout is not None:
                process.stdout.close()


class Browser:
    """HTTPS from the client's own address, keeping cookies, like a browser would."""

    def __init__(self, deployment: Deployment) -> None:
        self.deployment = deployment
        self.cookies: dict[str, str] = {}
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE  # the throwaway self-signed certificate

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict[str, str] | None = None
                ) -> tuple[int, http.client.HTTPMessage, bytes]:
        connection = http.client.HTTPSConnection(
            "127.0.0.1", self.deployment.proxy_port, context=self.context, timeout=60,
            source_address=(CLIENT_ADDRESS, 0),
        )
        sent = dict(headers or {})
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        return response.status, response.headers, content


def _failures_from(address: str) -> int:
    return sum(a.failures_since_start for a in AccessAttempt.objects.filter(ip_address=address))


def test_a_form_and_api_calls_through_the_tls_proxy(deployment: Deployment) -> None:
    browser = Browser(deployment)
    # A client-made X-Forwarded-For must not choose the address it is counted under.
    spoofed = {"X-Forwarded-For": "203.0.113.66"}

    status, headers, page = browser.request("GET", "/accounts/login/", headers=spoofed)
    assert status == 200
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "csrftoken" in browser.cookies and "Secure" in str(headers.get_all("Set-Cookie"))
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.decode())
    assert match is not None

    # The log-in form, posted with its CSRF token through the proxy: refused as a wrong password
    # (a 403 would be the CSRF failure issue 12 found), counted against the client's address.
    form = urlencode({"csrfmiddlewaretoken": match.group(1), "username": "nobody", "password": "wrong"})
    status, _headers, page = browser.request(
        "POST", "/accounts/login/", body=form.encode(),
        headers={**spoofed, "Content-Type": "application/x-www-form-urlencoded",
                 "Origin": deployment.public_url, "Referer": f"{deployment.public_url}/accounts/login/"},
    )
    assert status == 401 and b"Invalid username or password." in page, page[:2000]
    assert _failures_from(CLIENT_ADDRESS) == 1
    assert _failures_from("127.0.0.1") == 0 and _failures_from("203.0.113.66") == 0

    # An API call through the same proxy, same address.
    status, headers, body = browser.request(
        "POST", "/api/v1/auth/token", body=json.dumps({"username": "nobody", "password": "wrong"}).encode(),
        headers={**spoofed, "Content-Type": "application/json"},
    )
    assert status == 401 and json.loads(body)["code"] == "invalid_credentials"
    assert _failures_from(CLIENT_ADDRESS) == 2

    # Signing up by API: the verification mail links to the public HTTPS address.
    signup = {"username": "proxied", "email": "proxied@example.test", "password": "a long unusual pass 42", "adult": True}
    status, _headers, body = browser.request(
        "POST", "/api/v1/auth/signup", body=json.dumps(signup).encode(), headers={"Content-Type": "application/json"}
    )
    assert status == 202, body
    assert User.objects.filter(username="proxied").exists()
    # The mail job runs on the server's job thread after commit: wait for it, do not time it.
    def mails() -> str:
        return "".join(p.read_text() for p in (deployment.var_dir / "mail").glob("*"))

    assert wait_until(lambda: "/accounts/verify/" in mails(), timeout=60)
    assert f"{deployment.public_url}/accounts/verify/" in mails() and "http://127.0.0.1:8000" not in mails()


def test_plain_http_and_untrusted_forwarded_headers_are_sent_to_https(deployment: Deployment) -> None:
    # Straight to the server from another address, claiming HTTPS: not a trusted proxy, so the claim
    # is dropped and the answer is the redirect to the public HTTPS site.
    connection = http.client.HTTPConnection(
        "127.0.0.1", deployment.app_port, timeout=60, source_address=(CLIENT_ADDRESS, 0)
    )
    try:
        connection.request("GET", "/api/v1/openapi.json", headers={"X-Forwarded-Proto": "https"})
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    assert response.status == 301 and response.headers["Location"].startswith("https://")

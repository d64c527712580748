"""Every response's security headers, the control-character refusal at the edge, and forwarded
headers believed only from trusted proxies (config/middleware.py, issue 12)."""

from __future__ import annotations

import ipaddress
import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from bountyboard.accounts.models import User
from bountyboard.bounties.models import Bounty
from bountyboard.testing.factories import make_user

pytestmark = pytest.mark.django_db

SIGNUP = {"username": "mallory", "email": "mallory@example.test", "password": "a long unusual pass 42", "adult": True}


def _post_json(client: Client, url: str, body: Any, **headers: str) -> Any:
    return client.post(url, data=json.dumps(body), content_type="application/json", headers=headers)


class TestSecurityHeaders:
    @pytest.mark.parametrize("url", ["/", "/api/v1/openapi.json", "/api/v1/me", "/accounts/login/"])
    def test_every_response_carries_them(self, client: Client, url: str) -> None:
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        script_src = next(part for part in policy.split(";") if part.strip().startswith("script-src"))
        assert script_src.split() == ["script-src", "'self'"]  # no inline script, no eval
        assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
        assert "camera=()" in response["Permissions-Policy"]
        assert response["Referrer-Policy"] == "same-origin"
        assert response["X-Content-Type-Options"] == "nosniff"

    def test_htmx_is_configured_by_meta_tag_without_eval(self, client: Client) -> None:
        page = client.get("/").content.decode()
        assert '"allowEval": false' in page and '"allowScriptTags": false' in page
        assert "<script>" not in page


class TestTemplatesHaveNothingInline:
    """The policy allows no inline script or style, so none may be written (issue 12)."""

    def test_no_inline_script_event_handler_or_style(self) -> None:
        root = Path(__file__).resolve().parents[2]
        templates = [p for p in root.rglob("*.html") if "templates" in p.parts]
        assert templates
        inline = re.compile(r"<script(?![^>]*\bsrc=)|<style|\sstyle=|\son[a-z]+=|javascript:|hx-on", re.I)
        found = [f"{p.relative_to(root)}: {m.group(0)}" for p in templates for m in inline.finditer(p.read_text())]
        assert found == []

    def test_the_policy_allows_neither(self, client: Client) -> None:
        policy = dict(
            part.strip().split(" ", 1) for part in client.get("/")["Content-Security-Policy"].split(";")
        )
        assert policy["script-src"] == "'self'" and policy["style-src"] == "'self'"


class TestControlCharacters:
    @pytest.mark.parametrize("bad", ["\x00", "\x07", "\x1b[31m", "\x7f", "\x85"])
    def test_api_json_refused_and_nothing_created(self, client: Client, bad: str) -> None:
        response = _post_json(client, "/api/v1/auth/signup", {**SIGNUP, "username": f"mal{bad}lory"})
        assert response.status_code == 400
        assert response.json()["code"] == "control_characters" and response.json()["message"].endswith(".")
        assert not User.objects.exists()

    def test_nested_json_strings_are_checked(self, client: Client) -> None:
        user = make_user("poster")
        client.force_login(user)
        from django.middleware.csrf import _get_new_csrf_string

        token = _get_new_csrf_string()
        client.cookies["csrftoken"] = token
        response = _post_json(
            client,
            "/api/v1/bounties",
            {"title": "Harbour", "description": "fine", "tags": ["ok", "bad\x00tag"], "prize": 500},
            **{"X-CSRFToken": token},
        )
        assert response.status_code == 400 and response.json()["code"] == "control_characters"
        assert not Bounty.objects.exists()

    def test_form_post_refused_with_a_page_and_nothing_created(self, client: Client) -> None:
        response = client.post(
            "/accounts/signup/",
            {"username": "mal\x00lory", "email": "m@example.test", "password": "a long unusual pass 42", "adult": "on"},
        )
        assert response.status_code == 400
        assert "control characters" in response.content.decode()
        assert not User.objects.exists()

    def test_query_string_refused(self, client: Client) -> None:
        assert client.get("/bounties/", {"q": "a\x00b"}).status_code == 400

    def test_tabs_and_line_breaks_are_ordinary_text(self, client: Client) -> None:
        response = _post_json(client, "/api/v1/auth/signup", {**SIGNUP, "password": "a long\tunusual\npass 42"})
        assert response.status_code == 202


class TestForwardedHeaders:
    @pytest.fixture
    def behind_proxy(self, settings: Any) -> None:
        settings.TRUSTED_PROXY_NETWORKS = (ipaddress.ip_network("10.0.0.0/8"),)
        settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
        settings.SECURE_SSL_REDIRECT = True

    def test_a_trusted_proxy_says_the_request_came_over_https(self, client: Client, behind_proxy: None) -> None:
        response = client.get("/api/v1/openapi.json", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_PROTO="https")
        assert response.status_code == 200

    def test_anyone_else_claiming_https_is_not_believed(self, client: Client, behind_proxy: None) -> None:
        response = client.get("/api/v1/openapi.json", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_PROTO="https")
        assert response.status_code == 301 and response["Location"].startswith("https://")

from __future__ import annotations

import ipaddress
from typing import Any

import pytest
from django.middleware.csrf import _get_new_csrf_string
from django.test import Client, RequestFactory

from bountyboard.accounts import services
from bountyboard.accounts.auth import client_ip
from bountyboard.testing.factories import make_user

pytestmark = [pytest.mark.django_db, pytest.mark.urls("bountyboard.accounts.tests.auth_urls")]


class TestOptionalBearer:
    def test_anonymous_passes_as_anonymous(self, client: Client) -> None:
        assert client.get("/probe/public").json() == {"authenticated": False, "username": ""}

    def test_token_identifies_the_user(self, client: Client) -> None:
        _, plaintext = services.api_token_create(user=make_user("alice"), name="t")
        body = client.get("/probe/public", headers={"Authorization": f"Bearer {plaintext}"}).json()
        assert body == {"authenticated": True, "username": "alice"}

    def test_a_wrong_token_is_rejected_not_downgraded_to_anonymous(self, client: Client) -> None:
        assert client.get("/probe/public", headers={"Authorization": "Bearer bb_wrong"}).status_code == 401

    def test_session_identifies_the_user(self, client: Client) -> None:
        client.force_login(make_user("bob"))
        assert client.get("/probe/public").json()["username"] == "bob"


class TestBearer:
    def test_anonymous_post_is_401_not_a_csrf_error(self) -> None:
        assert Client(enforce_csrf_checks=True).post("/probe/private").status_code == 401

    def test_token_post_needs_no_csrf(self) -> None:
        _, plaintext = services.api_token_create(user=make_user("carol"), name="t")
        response = Client(enforce_csrf_checks=True).post(
            "/probe/private", headers={"Authorization": f"Bearer {plaintext}"}
        )
        assert response.status_code == 200 and response.json() == {"username": "carol"}

    def test_session_post_with_csrf_token_passes(self) -> None:
        client = Client(enforce_csrf_checks=True)
        client.force_login(make_user("dana"))
        token = _get_new_csrf_string()  # what the page's form or htmx header would carry
        client.cookies["csrftoken"] = token
        response = client.post("/probe/private", headers={"X-CSRFToken": token})
        assert response.status_code == 200 and response.json() == {"username": "dana"}


class TestRequestUser:
    def test_the_signed_in_user(self, client: Client) -> None:
        client.force_login(make_user("erin"))
        assert client.get("/probe/who").json() == {"username": "erin"}

    def test_anonymous_is_401(self, client: Client) -> None:
        assert client.get("/probe/who").status_code == 401


class TestClientIp:
    def test_remote_addr_not_the_forwarded_header(self) -> None:
        request = RequestFactory().get("/", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.1")
        assert client_ip(request) == "203.0.113.7"


class TestClientIpBehindTrustedProxies:
    """Issue 12: behind a proxy every client had the proxy's address, so per-address limits were site-wide."""

    @pytest.fixture(autouse=True)
    def _proxies(self, settings: Any) -> None:
        settings.TRUSTED_PROXY_NETWORKS = (ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("127.0.0.1/32"))

    def _ip(self, remote: str, forwarded: str | None = None) -> str:
        extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
        return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))

    def test_the_address_a_trusted_proxy_forwards(self) -> None:
        assert self._ip("127.0.0.1", "198.51.100.7") == "198.51.100.7"

    def test_what_the_client_wrote_on_the_left_is_not_believed(self) -> None:
        # nginx appends the peer it saw to whatever the client sent.
        assert self._ip("127.0.0.1", "6.6.6.6, 198.51.100.7") == "198.51.100.7"

    def test_a_chain_of_trusted_proxies_is_walked_from_the_right(self) -> None:
        assert self._ip("10.0.0.2", "198.51.100.7, 10.0.0.9") == "198.51.100.7"

    def test_an_untrusted_peer_cannot_choose_its_address(self) -> None:
        assert self._ip("203.0.113.9", "198.51.100.7") == "203.0.113.9"

    @pytest.mark.parametrize("forwarded", ["", "not-an-address", "198.51.100.7, garbage"])
    def test_missing_or_garbled_headers_fall_back_to_a_proxy_written_hop(self, forwarded: str) -> None:
        assert self._ip("127.0.0.1", forwarded) in ("127.0.0.1",)

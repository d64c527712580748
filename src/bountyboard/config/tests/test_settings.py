"""The settings read the environment (django-environ) the way docs/operations.md says. Each case runs
the settings in a fresh process, as a deployment would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[4]

SHOW = """
import json
from django.conf import settings
print(json.dumps({
    "VAR_DIR": str(settings.VAR_DIR),
    "DATABASE": str(settings.DATABASES["default"]["NAME"]),
    "SITE_URL": settings.SITE_URL,
    "EMAIL": {k: getattr(settings, k, None) for k in (
        "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD",
        "EMAIL_USE_TLS", "EMAIL_USE_SSL")},
}))
"""

# Variables of the machine running the tests that would change what the settings read.
_READ = ("BOUNTYBOARD_", "DJANGO_", "DATABASE_", "EMAIL_", "REDIS_", "CELERY_", "XDG_DATA_HOME")


def settings_in(cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(_READ)}
    base.update(
        DJANGO_SETTINGS_MODULE="bountyboard.config.settings.production",
        DJANGO_SECRET_KEY="test-only-key",
        PYTHONPATH=str(REPO / "src"),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-c", SHOW], cwd=cwd, env=base, capture_output=True, text=True, timeout=120
    )


def shown(cwd: Path, **env: str) -> dict[str, Any]:
    done = settings_in(cwd, **env)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_data_folder_does_not_follow_the_current_folder(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    seen = [shown(cwd) for cwd in (first, second)]
    assert seen[0]["VAR_DIR"] == seen[1]["VAR_DIR"] == str(REPO / "var")  # a source checkout's var/
    assert seen[0]["DATABASE"] == str(REPO / "var" / "bountyboard.sqlite3")
    assert not (first / "var").exists() and not (second / "var").exists()


def test_a_relative_data_folder_is_refused_with_a_sentence(tmp_path: Path) -> None:
    done = settings_in(tmp_path, BOUNTYBOARD_VAR_DIR="var")
    assert done.returncode != 0
    assert "BOUNTYBOARD_VAR_DIR must be an absolute path" in done.stderr
    assert not (tmp_path / "var").exists()


def test_an_absolute_data_folder_holds_the_database(tmp_path: Path) -> None:
    data = tmp_path / "data"
    seen = shown(REPO, BOUNTYBOARD_VAR_DIR=str(data))
    assert seen["VAR_DIR"] == str(data) and seen["DATABASE"] == str(data / "bountyboard.sqlite3")


def test_the_public_site_url_comes_from_the_environment(tmp_path: Path) -> None:
    seen = shown(tmp_path, BOUNTYBOARD_VAR_DIR=str(tmp_path), BOUNTYBOARD_SITE_URL="https://board.example.org/")
    assert seen["SITE_URL"] == "https://board.example.org"


def test_smtp_from_one_url(tmp_path: Path) -> None:
    seen = shown(
        tmp_path,
        BOUNTYBOARD_VAR_DIR=str(tmp_path),
        EMAIL_URL="smtp+tls://mailer:s3cret@smtp.example.org:2525",
    )
    assert seen["EMAIL"] == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "smtp.example.org",
        "EMAIL_PORT": 2525,
        "EMAIL_HOST_USER": "mailer",
        "EMAIL_HOST_PASSWORD": "s3cret",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
    }


def test_smtp_from_separate_variables(tmp_path: Path) -> None:
    seen = shown(
        tmp_path,
        BOUNTYBOARD_VAR_DIR=str(tmp_path),
        EMAIL_HOST="smtp.example.org",
        EMAIL_PORT="465",
        EMAIL_HOST_USER="mailer",
        EMAIL_HOST_PASSWORD="s3cret",
        EMAIL_USE_TLS="0",
        EMAIL_USE_SSL="1",
    )
    assert seen["EMAIL"]["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (seen["EMAIL"]["EMAIL_PORT"], seen["EMAIL"]["EMAIL_USE_TLS"], seen["EMAIL"]["EMAIL_USE_SSL"]) == (
        465,
        False,
        True,
    )


def test_without_smtp_mail_goes_to_files_in_the_data_folder(tmp_path: Path) -> None:
    seen = shown(tmp_path, BOUNTYBOARD_VAR_DIR=str(tmp_path))
    assert seen["EMAIL"]["EMAIL_BACKEND"] == "django.core.mail.backends.filebased.EmailBackend"


@pytest.mark.parametrize("url", ["ftp://mail.example.org"])
def test_an_unknown_mail_url_is_refused(tmp_path: Path, url: str) -> None:
    done = settings_in(tmp_path, BOUNTYBOARD_VAR_DIR=str(tmp_path), EMAIL_URL=url)
    assert done.returncode != 0 and "Invalid email schema" in done.stderr


def _deploy_check(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(_READ)}
    base.update(
        DJANGO_SETTINGS_MODULE="bountyboard.config.settings.production",
        DJANGO_SECRET_KEY="deploy-check-" + "k7Qx" * 12,
        BOUNTYBOARD_VAR_DIR=str(tmp_path),
        PYTHONPATH=str(REPO / "src"),
        **env,
    )
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy"],
        cwd=tmp_path, env=base, capture_output=True, text=True, timeout=180,
    )


def test_check_deploy_is_clean_with_https_on(tmp_path: Path) -> None:
    # Issue 12: with HTTPS enabled there was no HSTS and no redirect (W004, W008, W012, W016).
    done = _deploy_check(
        tmp_path,
        BOUNTYBOARD_HTTPS="1",
        BOUNTYBOARD_SITE_URL="https://board.example.org",
        BOUNTYBOARD_TRUSTED_PROXIES="127.0.0.1",
    )
    assert done.returncode == 0, done.stderr
    assert "System check identified no issues" in done.stdout


def test_check_deploy_warns_when_https_is_off(tmp_path: Path) -> None:
    done = _deploy_check(tmp_path)
    for warning in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert warning in done.stderr + done.stdout


def test_the_public_host_is_allowed_and_a_trusted_origin(tmp_path: Path) -> None:
    code = (
        "import json; from django.conf import settings; print(json.dumps([settings.ALLOWED_HOSTS, "
        "settings.CSRF_TRUSTED_ORIGINS, list(getattr(settings, 'SECURE_PROXY_SSL_HEADER', None) or [])]))"
    )
    base = {k: v for k, v in os.environ.items() if not k.startswith(_READ)}
    base.update(
        DJANGO_SETTINGS_MODULE="bountyboard.config.settings.production", DJANGO_SECRET_KEY="k",
        BOUNTYBOARD_VAR_DIR=str(tmp_path), PYTHONPATH=str(REPO / "src"),
        BOUNTYBOARD_SITE_URL="https://board.example.org", BOUNTYBOARD_TRUSTED_PROXIES="10.0.0.0/8",
    )
    done = subprocess.run([sys.executable, "-c", code], env=base, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    hosts, origins, proxy_header = json.loads(done.stdout.strip().splitlines()[-1])
    assert "board.example.org" in hosts and origins == ["https://board.example.org"]
    assert proxy_header == ["HTTP_X_FORWARDED_PROTO", "https"]

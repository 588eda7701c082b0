"""The checkout's settings, read once at start-up from the environment.

Every worker of ``uvicorn --workers 2`` must sign and verify session and CSRF
cookies with the same key, so the key is never generated per process: it is
``RENEWALS_SECRET_KEY`` or, on a developer machine, a key file created once
(atomically, so two workers starting together agree) in the data folder.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import msgspec

from core.db.engine import PROJECT_DATA
from core.errors import RenewalError

KEY_FILE = PROJECT_DATA / "secret.key"


class CheckoutSettings(msgspec.Struct, frozen=True):
    secret_key: str
    base_url: str = "http://127.0.0.1:8000"
    session_minutes: int = 30
    link_attempts_per_minute: int = 30
    support_email: str = "online-renewals@example.com"
    currency_quote_minutes: int = 30

    @property
    def tls(self) -> bool:
        """Served over TLS: cookies are Secure and HSTS is sent."""
        return self.base_url.startswith("https://")


class SettingError(RenewalError):
    message_id = "error-setting"


def _key_from_file(path: Path) -> str:
    """Write a fresh key beside the target and hard-link it in: the first worker wins, all read one key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        draft = path.with_name(f".{path.name}.{os.getpid()}")
        draft.write_text(secrets.token_urlsafe(48), encoding="ascii")
        draft.chmod(0o600)
        try:
            os.link(draft, path)
        except FileExistsError:
            pass
        finally:
            draft.unlink()
    return path.read_text(encoding="ascii").strip()


def _whole_minutes(name: str, default: str) -> int:
    raw = os.environ.get(name, default)
    if not raw.strip().isdigit() or int(raw) < 1:
        raise SettingError(name=name, value=raw, expected="a whole number of at least 1")
    return int(raw)


def load_settings() -> CheckoutSettings:
    env = os.environ
    return CheckoutSettings(
        secret_key=env.get("RENEWALS_SECRET_KEY") or _key_from_file(KEY_FILE),
        base_url=env.get("RENEWALS_BASE_URL", "http://127.0.0.1:8000").rstrip("/"),
        session_minutes=_whole_minutes("RENEWALS_SESSION_MINUTES", "30"),
        link_attempts_per_minute=_whole_minutes("RENEWALS_LINK_ATTEMPTS_PER_MINUTE", "30"),
        support_email=env.get("RENEWALS_SUPPORT_EMAIL", "online-renewals@example.com"),
        currency_quote_minutes=_whole_minutes("RENEWALS_CURRENCY_QUOTE_MINUTES", "30"),
    )

"""Security settings of the web app for the dashboard.

- Secret key (signs the session cookie and the CSRF tokens): $IA_WEB_SECRET_KEY, else the file
  var/web_secret.key, made on first start with owner-only permissions. Changing it logs
  everybody out.
- Session cookie `beheer`, only for /beheer/: HttpOnly, SameSite=Lax (no cross-site POST carries
  it, while a link to the dashboard from an e-mail still finds you logged in), Secure when
  $IA_WEB_HTTPS is set (1/true/ja: the app is reached over HTTPS, say behind a reverse proxy).
  A session ends after SESSION_HOURS, at logout, or when its account is removed.
- CSRF (Flask-WTF) on every POST of the app, the chat's JSON proxy excepted (it sets no cookie
  and holds no session a forged request could use).
- Every dashboard answer: a strict Content-Security-Policy (scripts and styles only from this
  app, no inline script or style, no framing), no caching, no referrer.
"""
from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

from flask import Flask, Response, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect

from bot.storage.database import REPO

SECRET_ENV, HTTPS_ENV = "IA_WEB_SECRET_KEY", "IA_WEB_HTTPS"
SECRET_FILE = REPO / "var" / "web_secret.key"
SESSION_HOURS = 8
_TRUE = {"1", "true", "yes", "ja", "on"}

HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}

csrf = CSRFProtect()


def init_app(app: Flask) -> None:
    from bot.web import chat

    https = os.environ.get(HTTPS_ENV, "").strip().lower() in _TRUE
    app.config.update(
        SECRET_KEY=secret_key(),
        SESSION_COOKIE_NAME="beheer",
        SESSION_COOKIE_PATH="/beheer",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=https,
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        WTF_CSRF_TIME_LIMIT=SESSION_HOURS * 3600,
    )
    csrf.init_app(app)
    csrf.exempt(chat.blueprint)
    app.register_error_handler(CSRFError, _expired)


def secret_key() -> str:
    key = os.environ.get(SECRET_ENV, "").strip()
    return key or _key_file(SECRET_FILE)


def _key_file(path: Path) -> str:
    """The key in `path`; made there first if absent (written whole, then linked into place)."""
    try:
        return path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(48) + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:  # another process was first: use its key
            pass
    finally:
        temporary.unlink(missing_ok=True)
    return path.read_text(encoding="ascii").strip()


def secure(response: Response) -> Response:
    response.headers.update(HEADERS)
    return response


def _expired(error: CSRFError):
    return render_template("dashboard/fout.html", titel="Pagina verlopen", tekst=(
        "Deze pagina is verlopen of niet compleet verstuurd. Ga terug, laad de pagina opnieuw en probeer het nog eens."
    )), 400

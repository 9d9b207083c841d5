"""The advisers' dashboard at /beheer/: trends for both roles, the notices register for the
integrity coordinator, the contact requests for the confidential advisers.

- `security`: secret key, session cookie, CSRF and the security headers (`init_app`).
- `accounts`, `account_command`: accounts with Argon2id hashes and rate-limited logins, made
  on the command line (`./manage account`).
- `auth`: login, logout, and the check on every request: logged in, and the page is for the
  account's role (403 if not).
- `views`, `forms`: the pages; templates in bot/web/templates/dashboard/, styles and script in
  bot/web/static/dashboard/.
"""
from flask import Blueprint

blueprint = Blueprint("dashboard", __name__)

from bot.web.dashboard import auth, views  # noqa: E402,F401  (they add their routes to the blueprint)
from bot.web.dashboard.security import init_app, secure  # noqa: E402

blueprint.after_request(secure)

__all__ = ["blueprint", "init_app"]

"""Login, logout, and the checks before every dashboard page.

Every route of the blueprint needs a logged-in account, except the login page itself; without
one the browser is sent to the login page (a POST is refused there too). The session holds the
account's name and role and when it logged in; each request checks that the account still exists
with that role, so removing an account ends its sessions, and that the login is less than
SESSION_HOURS old (however active the session was). `roles(...)` limits a page to roles: others get 403.
"""
from __future__ import annotations

import time
from functools import wraps

from flask import abort, flash, g, redirect, render_template, request, session, url_for

from bot.notices import audit
from bot.web.dashboard import blueprint
from bot.web.dashboard.accounts import TooManyAttempts, authenticate, get_account
from bot.web.dashboard.forms import ButtonForm, LoginForm
from bot.web.dashboard.security import SESSION_HOURS

WRONG = "Je naam of wachtwoord klopt niet."
TOO_MANY = "Er is te vaak een verkeerd wachtwoord ingevuld. Wacht een kwartier en probeer het dan opnieuw."


@blueprint.before_request
def require_login():
    if request.endpoint == "dashboard.login":
        return None
    name = session.get("account")
    account = get_account(name) if name else None
    fresh = time.time() - session.get("since", 0) < SESSION_HOURS * 3600
    if account is None or account.role != session.get("role") or not fresh:
        session.clear()
        wanted = request.full_path.rstrip("?") if request.method == "GET" else None
        return redirect(url_for("dashboard.login", volgende=wanted))
    g.account = account
    return None


def roles(*allowed: str):
    """Only these roles may open the page; any other logged-in account gets 403."""
    def decorate(view):
        @wraps(view)
        def checked(*args, **kwargs):
            if g.account.role not in allowed:
                abort(403)
            return view(*args, **kwargs)
        return checked
    return decorate


@blueprint.route("/inloggen", methods=["GET", "POST"])
def login():
    form, error, status = LoginForm(), None, 200
    if form.validate_on_submit():
        try:
            account = authenticate(form.naam.data, form.wachtwoord.data, request.remote_addr or "")
        except TooManyAttempts:
            error, status = TOO_MANY, 429
        else:
            if account is None:
                error, status = WRONG, 401
            else:
                session.clear()  # a new session at login: nothing from before it carries over
                session.permanent = True
                session["account"], session["role"], session["since"] = account.name, account.role, time.time()
                audit.log(account.name, audit.LOGGED_IN)
                return redirect(_local(request.args.get("volgende")) or url_for("dashboard.home"))
    return render_template("dashboard/inloggen.html", form=form, fout=error), status


@blueprint.post("/uitloggen")
def logout():
    if ButtonForm().validate_on_submit():
        audit.log(g.account.name, audit.LOGGED_OUT)
        session.clear()
        flash("Je bent uitgelogd.")
    return redirect(url_for("dashboard.login"))


def _local(target):
    """`target` if it is a page of the dashboard itself (never another site)."""
    prefix = url_for("dashboard.home")
    if target and target.startswith(prefix) and "//" not in target and "\\" not in target:
        return target
    return None

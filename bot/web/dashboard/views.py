"""The dashboard's pages: trends (both roles) and the two registers of notices.

The integrity coordinator's register holds every notice type but the contact requests; the
confidential advisers' register holds only those (`REGISTERS`). Each shows its own kinds only,
through `bot.notices.coordinator` (which also writes the audit log under the account's name):
a notice of the other register is not found, as if it did not exist. Lists show no free text;
a notice's own fields and messages are shown only on its page, escaped by the templates.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import FrozenSet

from dateutil.relativedelta import relativedelta
from flask import Response, abort, flash, g, redirect, render_template, request, url_for

from bot import trend_report
from bot.notices import audit, coordinator
from bot.notices.form import stored_fields
from bot.notices.kinds import LOCAL_TZ, NOTICE_TYPES, local_date, status_label, type_label
from bot.storage import StorageUnavailable
from bot.storage.models import utcnow
from bot.web.dashboard import blueprint
from bot.web.dashboard.accounts import ADVISER, COORDINATOR
from bot.web.dashboard.auth import roles
from bot.web.dashboard.forms import ButtonForm, MessageForm, PeriodForm

CONTACT_REQUEST = "contactverzoek_vertrouwenspersoon"
MAX_MONTHS = 36


@dataclass(frozen=True)
class Register:
    key: str
    title: str
    role: str
    types: FrozenSet[str]


REGISTERS = {
    "meldingen": Register("meldingen", "Meldingen", COORDINATOR, frozenset(NOTICE_TYPES) - {CONTACT_REQUEST}),
    "contactverzoeken": Register("contactverzoeken", "Contactverzoeken", ADVISER, frozenset({CONTACT_REQUEST})),
}
HOME = {COORDINATOR: "meldingen", ADVISER: "contactverzoeken"}


@blueprint.app_template_global()
def menu():
    """The pages the logged-in account may open, for the navigation bar."""
    register = REGISTERS[HOME[g.account.role]]
    return [("dashboard.trends", {}, "Trends"), ("dashboard.notices", {"register": register.key}, register.title)]


blueprint.add_app_template_filter(local_date, "datum")
blueprint.add_app_template_filter(type_label, "soort")
blueprint.add_app_template_filter(status_label, "status")


@blueprint.get("/")
def home():
    return redirect(url_for("dashboard.trends"))


# --- trends ----------------------------------------------------------------------------------

@blueprint.get("/trends")
@roles(ADVISER, COORDINATOR)
def trends():
    form, start, end = _period()
    shown = trend_report.report(None, start, end)
    return render_template("dashboard/trends.html", form=form, report=shown, grafiek=json.dumps(_chart(shown)),
                           csv_url=url_for("dashboard.trends_csv", van=f"{start:%Y-%m}", tot=f"{end:%Y-%m}"))


@blueprint.get("/trends.csv")
@roles(ADVISER, COORDINATOR)
def trends_csv():
    _, start, end = _period()
    text = trend_report.to_csv(trend_report.report(None, start, end))
    audit.log(g.account.name, audit.TRENDS_EXPORTED)
    name = f"trends-{start:%Y-%m}-tot-{end:%Y-%m}.csv"
    # the byte order mark lets spreadsheet programs read the file as UTF-8
    return Response("\ufeff" + text, mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _period():
    """The months asked for (default: the last 12 up to this one), at most MAX_MONTHS."""
    form = PeriodForm(request.args)
    this_month = utcnow().astimezone(LOCAL_TZ).date().replace(day=1)
    form.validate()
    end = form.tot.data or this_month
    start = form.van.data or end - relativedelta(months=11)
    if start > end:
        start, end = end, start
    start = max(start, end - relativedelta(months=MAX_MONTHS - 1))
    form.van.data, form.tot.data = start, end
    return form, start, end


def _chart(shown: trend_report.TrendReport) -> dict:
    """Conversations per theme per month for chart.js; a suppressed count is a gap (null),
    with its text ("<5", "x") for the tooltip."""
    table = shown.themes
    return {
        "labels": [table.column_labels[m] for m in table.columns],
        "datasets": [
            {"label": table.row_labels[theme],
             "data": [table.cell(theme, m).value for m in table.columns],
             "texts": [table.cell(theme, m).text for m in table.columns]}
            for theme in table.rows
        ],
    }


# --- registers of notices --------------------------------------------------------------------

def _register(key: str) -> Register:
    register = REGISTERS[key]
    if g.account.role != register.role:
        abort(403)
    return register


@blueprint.get("/<any(meldingen, contactverzoeken):register>/")
def notices(register: str):
    register = _register(register)
    everything = request.args.get("alles") == "1"
    listed = coordinator.list_notices(who=g.account.name, include_closed=everything, types=register.types)
    return render_template("dashboard/register.html", register=register, notices=listed, alles=everything)


@blueprint.get("/<any(meldingen, contactverzoeken):register>/<reference>")
def notice(register: str, reference: str):
    register = _register(register)
    try:
        detail = coordinator.show_notice(reference, who=g.account.name, types=register.types)
    except coordinator.UnknownNotice:
        abort(404)
    return render_template("dashboard/melding.html", register=register, notice=detail,
                           fields=stored_fields(detail.notice_type, detail.fields), message_form=MessageForm())


ACTIONS = {
    "bevestigen": (coordinator.acknowledge, "Ontvangst bevestigd. De melder ziet dit als hij de status opvraagt."),
    "afronden": (coordinator.close_notice, "De melding is afgerond."),
}


@blueprint.post("/<any(meldingen, contactverzoeken):register>/<reference>/<any(bevestigen, afronden):action>")
def notice_action(register: str, reference: str, action: str):
    register = _register(register)
    do, done = ACTIONS[action]
    if ButtonForm().validate_on_submit():
        _act(lambda: do(reference, who=g.account.name, types=register.types), done)
    return redirect(url_for("dashboard.notice", register=register.key, reference=reference))


@blueprint.post("/<any(meldingen, contactverzoeken):register>/<reference>/bericht")
def notice_message(register: str, reference: str):
    register = _register(register)
    form = MessageForm()
    if form.validate_on_submit():
        _act(lambda: coordinator.add_message(reference, form.tekst.data, who=g.account.name, types=register.types),
             "Bericht verstuurd. De melder leest het als hij de status opvraagt.")
    for errors in form.errors.values():
        for error in errors:
            flash(error, "fout")
    return redirect(url_for("dashboard.notice", register=register.key, reference=reference))


def _act(action, done: str) -> None:
    try:
        action()
    except coordinator.UnknownNotice:
        abort(404)
    except coordinator.NotAllowed as error:
        flash(f"{error}.", "fout")
    else:
        flash(done)


# --- errors ----------------------------------------------------------------------------------

ERRORS = {
    403: ("Geen toegang", "Deze pagina is niet voor jouw rol."),
    404: ("Niet gevonden", "Deze pagina of melding bestaat niet."),
    503: ("Even niet bereikbaar", "De database is even niet bereikbaar. Probeer het over een paar minuten opnieuw."),
}


@blueprint.errorhandler(403)
@blueprint.errorhandler(404)
def error_page(error):
    title, text = ERRORS[error.code]
    return render_template("dashboard/fout.html", titel=title, tekst=text), error.code


@blueprint.errorhandler(StorageUnavailable)
def unavailable(error):
    title, text = ERRORS[503]
    return render_template("dashboard/fout.html", titel=title, tekst=text), 503

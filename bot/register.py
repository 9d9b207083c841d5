"""The notices register for the integrity coordinator.

    python -m bot.register list [--alles]
    python -m bot.register show MLD-2026-7KQ3XP
    python -m bot.register acknowledge MLD-2026-7KQ3XP
    python -m bot.register message MLD-2026-7KQ3XP [TEKST]   (no TEKST: read from stdin)
    python -m bot.register close MLD-2026-7KQ3XP
    python -m bot.register audit [MLD-2026-7KQ3XP]
    python -m bot.register init                    (create the key file and the tables)

Every command is written to the audit log under the operating-system user who runs it
(`bot.notices.audit.actor`; a dashboard passes its logged-in account to the same function).
Exit codes: 0 done, 1 unknown reference, 2 wrong usage, 3 not allowed in the notice's
status, 4 database unreachable, 5 encryption key or configuration problem.
"""
from __future__ import annotations

import argparse
import logging
import sys
from typing import List, Optional

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.notices import audit
from bot.notices.coordinator import (
    NotAllowed,
    UnknownNotice,
    acknowledge,
    add_message,
    audit_log,
    close_notice,
    list_notices,
    show_notice,
)
from bot.notices.kinds import local_date, status_label, type_label
from bot.storage import StorageUnavailable, database_url, prepare_storage
from bot.storage.encryption import ContentUnreadable, EncryptionKeyError, ensure_key

OK, UNKNOWN, USAGE, NOT_ALLOWED, UNAVAILABLE, KEY_PROBLEM = 0, 1, 2, 3, 4, 5


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    who = audit.actor()
    try:
        return args.run(args, who)
    except UnknownNotice as error:
        return _fail(f"{error}. Controleer het nummer met: python -m bot.register list --alles", UNKNOWN)
    except NotAllowed as error:
        return _fail(str(error), NOT_ALLOWED)
    except StorageUnavailable as error:
        return _fail(f"{error}. Controleer IA_DATABASE_URL en of de database draait.", UNAVAILABLE)
    except (ContentUnreadable, EncryptionKeyError, ArgumentError, ValueError) as error:
        return _fail(str(error), KEY_PROBLEM)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.register", description="Register van meldingen voor de integriteitscoördinator."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")

    listing = commands.add_parser("list", help="meldingen met status en wat er moet gebeuren")
    listing.add_argument("--alles", "--all", action="store_true", help="ook afgeronde meldingen")
    listing.set_defaults(run=_list)

    for name, run, text in [
        ("show", _show, "een melding met de ingevulde velden en de berichten"),
        ("acknowledge", _acknowledge, "ontvangst bevestigd: status in behandeling"),
        ("close", _close, "melding afronden"),
    ]:
        command = commands.add_parser(name, help=text)
        command.add_argument("reference", metavar="MELDINGSNUMMER")
        command.set_defaults(run=run)

    message = commands.add_parser("message", help="bericht voor de melder (leest stdin zonder TEKST)")
    message.add_argument("reference", metavar="MELDINGSNUMMER")
    message.add_argument("text", nargs="*", metavar="TEKST")
    message.set_defaults(run=_message)

    trail = commands.add_parser("audit", help="het auditlog (van één melding)")
    trail.add_argument("reference", nargs="?", metavar="MELDINGSNUMMER")
    trail.set_defaults(run=_audit)

    init = commands.add_parser("init", help="sleutelbestand en tabellen aanmaken")
    init.set_defaults(run=_init)
    return parser


def _list(args, who: str) -> int:
    notices = list_notices(who=who, include_closed=args.alles)
    if not notices:
        print("Geen meldingen." if args.alles else "Geen openstaande meldingen.")
        return OK
    rows = [("MELDINGSNUMMER", "TYPE", "STATUS", "INGEDIEND", "TE DOEN")]
    for n in notices:
        todo = "; ".join(item.text for item in n.due) or "-"
        rows.append((n.reference, n.notice_type, status_label(n.status), local_date(n.filed_at), todo))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[4])
    overdue = sum(n.overdue for n in notices)
    if overdue:
        print(f"\nLet op: {overdue} melding(en) over een wettelijke termijn heen.")
    return OK


def _show(args, who: str) -> int:
    n = show_notice(args.reference, who=who)
    print(f"Melding      {n.reference}")
    print(f"Type         {type_label(n.notice_type)}")
    print(f"Status       {status_label(n.status)}")
    print(f"Anoniem      {'ja' if n.anonymous else 'nee'}")
    print(f"Ingediend    {local_date(n.filed_at)}")
    if n.acknowledged_at:
        print(f"Bevestigd    {local_date(n.acknowledged_at)}")
    if n.closed_at:
        print(f"Afgerond     {local_date(n.closed_at)}")
    for item in n.due:
        print(f"Te doen      {item.text}")
    print("\nVelden:")
    for name, value in n.fields.items():
        print(f"  {name}: {value}")
    print("\nBerichten aan de melder:" if n.messages else "\nNog geen berichten aan de melder.")
    for message in n.messages:
        print(f"  [{local_date(message.sent_at)}] {message.text}")
    return OK


def _acknowledge(args, who: str) -> int:
    n = acknowledge(args.reference, who=who)
    due = f"; {n.due[0].text}" if n.due else ""
    print(f"Ontvangst van {n.reference} bevestigd: status {status_label(n.status)}{due}.")
    return OK


def _message(args, who: str) -> int:
    text = " ".join(args.text) if args.text else sys.stdin.read()
    n = add_message(args.reference, text, who=who)
    print(f"Bericht toegevoegd aan {n.reference}; de melder leest het bij het opvragen van de status.")
    return OK


def _close(args, who: str) -> int:
    n = close_notice(args.reference, who=who)
    print(f"Melding {n.reference} afgerond.")
    return OK


def _audit(args, who: str) -> int:
    for entry in audit_log(args.reference, who=who):
        when = entry.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        print(f"{when}  {entry.actor:<20}  {entry.action:<20}  {entry.reference or '-'}")
    return OK


def _init(args, who: str) -> int:
    key_file = ensure_key()
    prepare_storage()
    print(f"Sleutel: {key_file or 'uit IA_ENCRYPTION_KEY'}. Database: {_safe(database_url())} is bijgewerkt.")
    return OK


def _safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _fail(message: str, code: int) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.exit(main())

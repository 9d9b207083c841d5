"""Dashboard accounts on the command line (`./manage account ...`).

    ./manage account add NAAM --rol vertrouwenspersoon|integriteitscoordinator [--wachtwoord-stdin]
    ./manage account remove NAAM
    ./manage account list

`add` asks the password twice without showing it; with --wachtwoord-stdin it reads one line
from standard input instead (for scripts). Exit codes: 0 done, 1 no such account, 2 wrong
usage or refused (name, role, password), 4 database unreachable, 5 key or configuration problem.
"""
from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional

from bot.storage import StorageUnavailable
from bot.storage.encryption import ContentUnreadable, EncryptionKeyError
from bot.web.dashboard.accounts import ROLES, AccountError, add_account, list_accounts, remove_account

OK, UNKNOWN, USAGE, UNAVAILABLE, KEY_PROBLEM = 0, 1, 2, 4, 5


def main(argv: Optional[List[str]] = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except AccountError as error:
        return _fail(str(error), USAGE)
    except StorageUnavailable as error:
        return _fail(f"{error}. Controleer IA_DATABASE_URL en of de database draait.", UNAVAILABLE)
    except (ContentUnreadable, EncryptionKeyError, ValueError) as error:
        return _fail(str(error), KEY_PROBLEM)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="./manage account", description="Accounts van het dashboard (/beheer/).")
    commands = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    add = commands.add_parser("add", help="account maken (vraagt het wachtwoord twee keer)")
    add.add_argument("name", metavar="NAAM")
    add.add_argument("--rol", required=True, choices=sorted(ROLES))
    add.add_argument("--wachtwoord-stdin", action="store_true", help="het wachtwoord van standaardinvoer lezen")
    add.set_defaults(run=_add)
    remove = commands.add_parser("remove", help="account verwijderen")
    remove.add_argument("name", metavar="NAAM")
    remove.set_defaults(run=_remove)
    commands.add_parser("list", help="alle accounts met hun rol").set_defaults(run=_list)
    return parser


def _add(args) -> int:
    if args.wachtwoord_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass("Wachtwoord: ")
        if getpass.getpass("Nog een keer: ") != password:
            return _fail("De twee wachtwoorden zijn niet gelijk. Er is geen account gemaakt.", USAGE)
    account = add_account(args.name, args.rol, password)
    print(f"Account {account.name} gemaakt, rol {account.role_label}.")
    return OK


def _remove(args) -> int:
    if not remove_account(args.name):
        return _fail(f"Er is geen account {args.name!r}.", UNKNOWN)
    print(f"Account {args.name} verwijderd.")
    return OK


def _list(args) -> int:
    accounts = list_accounts()
    if not accounts:
        print("Nog geen accounts. Maak er een met: ./manage account add NAAM --rol ROL")
    for account in accounts:
        print(f"{account.name:<30}  {account.role_label:<25}  sinds {account.created_at:%d-%m-%Y}")
    return OK


def _fail(message: str, code: int) -> int:
    print(f"Fout: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())

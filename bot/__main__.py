"""Command line: `python -m bot SUBCOMMAND`.

    deidentify   read Dutch text on standard input, one text a line; write each line
                 de-identified (bot.deidentify) to standard output
"""
import sys


def main(argv: list) -> int:
    if argv[:1] == ["deidentify"]:
        from bot.deidentify import main as deidentify

        return deidentify(argv[1:])
    print(__doc__.strip(), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

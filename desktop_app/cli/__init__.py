"""The ``visacase`` command.

With no arguments it opens the desktop app; with a subcommand it works headless over the same
services the GUI uses. Each ``*_commands`` module adds its subcommands through ``register``.
Expected failures (a file that is not a case file, a locked case, bad input) print one line on
stderr and exit non-zero; only bugs produce a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.errors import UserFacingError

# Imported only when a command is run: opening the desktop app should not pay for loading
# every command's services first.
COMMAND_MODULES = (
    "case_commands",
    "import_commands",
    "notice_commands",
    "status_commands",
    "timeline_commands",
    "rules_commands",
    "workbook_commands",
    "reading_commands",
    "search_commands",
    "packet_commands",
)
GUI_FLAGS = ("--sample", "--self-test")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="visacase",
        description="Keep a US visa refusal case in one local file. "
        "Run without a command to open the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"VisaCase {__version__}")
    parser.add_argument(
        "--sample", action="store_true", help="open the desktop app on the sample case"
    )
    parser.add_argument(
        "--self-test", action="store_true", help="drive the app headless end to end and report OK"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop_app.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from desktop_app.gui.app import run

        return run(argv)
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    try:
        return int(args.handler(args) or 0)
    except UserFacingError as exc:
        print(f"visacase: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("visacase: interrupted", file=sys.stderr)
        return 130


def _wants_gui(argv: list[str]) -> bool:
    """No command, ``--sample``/``--self-test``, or just a case file to open: the desktop app."""
    if not argv:
        return True
    if argv[0] in GUI_FLAGS:
        return True
    return len(argv) == 1 and argv[0].endswith(".visacase")

"""The ``visacase`` command.

With no arguments it opens the desktop app; with a subcommand it works headless over the same
services the GUI uses. Each ``*_commands`` module adds its subcommands through ``register``.
Expected failures (a file that is not a case file, a locked case, bad input, a full disk) print
one line on stderr and exit non-zero; only bugs produce a traceback. Output piped into a reader
that quits early (``| head``) ends quietly with the status of a command ended by SIGPIPE.

Messages come in the language the environment asks for (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``; see ``desktop_app.messages``), chosen once before the command runs:
the help and argparse's own words ("usage:", its errors) too. Option names, command names and
``--json`` keys stay English, so scripts keep working.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
import signal
import sys
from collections.abc import Sequence

from desktop_app import __version__, messages
from desktop_app.errors import UserFacingError
from desktop_app.messages import N_, _, translated

# Imported only when a command is run: opening the desktop app should not pay for loading
# every command's parsers first. Each module adds the commands listed beside it (a test holds the
# lists to what the modules register), so a command line that names a command builds only that
# module's parsers; the modules import their services inside the handlers, when one runs.
COMMANDS_BY_MODULE = {
    "case_commands": ("new", "info", "add", "list", "remove", "applicant", "check"),
    "import_commands": ("import",),
    "notice_commands": ("notice", "request", "checklist"),
    "status_commands": ("status",),
    "timeline_commands": ("event", "timeline", "deadlines", "followup"),
    "rules_commands": ("rules",),
    "workbook_commands": ("workbook",),
    "reading_commands": ("read", "suggestion"),
    "search_commands": ("search",),
    "packet_commands": ("export", "packets"),
}
COMMAND_MODULES = tuple(COMMANDS_BY_MODULE)
GUI_FLAGS = ("--sample", "--self-test")
DATE_ARITHMETIC = re.compile(r"year -?\d+ is out of range|date value out of range")
DATE_OUT_OF_RANGE = N_(
    "The case holds a date too far in the future to count from (see 'visacase timeline'); "
    "correct or remove it, then try again."
)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    """The command line with the commands of ``modules`` (by default all of them)."""
    parser = argparse.ArgumentParser(
        prog="visacase",
        description=_(
            "Keep a US visa refusal case in one local file. "
            "Run without a command to open the desktop app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"VisaCase {__version__}",
        help=_("show program's version number and exit"),  # argparse's own, not marked there
    )
    parser.add_argument(
        "--sample", action="store_true", help=_("open the desktop app on the sample case")
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("drive the app headless end to end and report OK"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"desktop_app.cli.{name}").register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if _wants_gui(argv):
        from desktop_app.gui.app.startup import run

        return run(argv)
    messages.use(messages.from_environment())
    _argparse_in_the_language()
    try:
        parser = build_parser(modules_needed(argv))
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_usage(sys.stderr)
            return 2
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # here, where a closed pipe can still be caught
        return code
    except UserFacingError as exc:
        print(f"visacase: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("visacase:", _("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _reader_went_away()
    except (OverflowError, ValueError) as exc:
        if not _date_out_of_range(exc):
            raise
        print(f"visacase: {translated(DATE_OUT_OF_RANGE)}", file=sys.stderr)
        return 2


def _argparse_in_the_language() -> None:
    """argparse's own words ("usage:", "the following arguments are required: %s") in the
    language chosen.

    argparse words them through the names ``_`` and ``ngettext`` it took from ``gettext``, looked
    up at each call; pointed at the app's catalog, which carries argparse's msgids
    (``scripts/update_messages.py``), they follow :func:`messages.use` like every other message.
    Binding gettext's global domain instead would reach every library in the process, in the
    language gettext reads from the environment rather than the one chosen here ("pt_PT" would
    stay English); a parser subclass cannot reach the messages argparse formats inside its methods.
    """
    argparse._ = translated  # type: ignore[attr-defined]
    argparse.ngettext = messages.ngettext  # type: ignore[attr-defined]


def modules_needed(argv: Sequence[str]) -> tuple[str, ...]:
    """The command modules ``argv`` needs: none to print the version, the one defining the command
    it names, or all of them (help, usage and mistakes list every command)."""
    if list(argv) == ["--version"]:
        return ()
    named = tuple(m for m, names in COMMANDS_BY_MODULE.items() if argv and argv[0] in names)
    return named or COMMAND_MODULES


def _date_out_of_range(exc: Exception) -> bool:
    """Python's own words for date arithmetic past the year 9999 (and only those)."""
    return bool(DATE_ARITHMETIC.fullmatch(str(exc)))


def _reader_went_away() -> int:
    """The reader of our output (``| head``) has quit: stop quietly, as other commands do.

    What is still buffered goes nowhere, so that Python's exit does not complain about it; the
    status is the shell's for a command ended by SIGPIPE.
    """
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 128 + signal.SIGPIPE


def _wants_gui(argv: list[str]) -> bool:
    """No command, ``--sample``/``--self-test``, or just a case file to open: the desktop app."""
    if not argv:
        return True
    if argv[0] in GUI_FLAGS:
        return True
    return len(argv) == 1 and argv[0].endswith(".visacase")

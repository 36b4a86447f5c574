"""The command line starts without the storage layer: building the parser, asking a command for
its help or the program for its version loads no services, no ORM and no migrations, and a command
line that names a command builds only the parsers of the module that defines it. Listing a case
reads it without the ORM.

Imports are checked in a fresh child process: this test process has loaded everything already.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from desktop_app.cli import COMMANDS_BY_MODULE, build_parser, modules_needed
from desktop_app.services import cases

HEAVY = ("sqlalchemy", "alembic", "desktop_app.services", "desktop_app.store", "PySide6")


def _heavy_modules_after(code: str) -> list[str]:
    """The heavy modules a child process holds after running ``code``."""
    script = (
        "import contextlib, io, json, sys\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    {code}\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith({HEAVY!r}))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return json.loads(done.stdout)


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_building_the_whole_parser_imports_no_services_orm_or_migrations() -> None:
    assert _heavy_modules_after("__import__('desktop_app.cli').cli.build_parser()") == []


@pytest.mark.parametrize("argv", [["--version"], ["export", "--help"], ["--help"]])
def test_help_and_version_import_no_services_orm_or_migrations(argv: list[str]) -> None:
    assert _heavy_modules_after(f"__import__('desktop_app.cli').cli.main({argv!r})") == []


def test_running_a_command_still_loads_its_services(tmp_path) -> None:
    code = f"__import__('desktop_app.cli').cli.main(['info', {str(tmp_path / 'none.visacase')!r}])"
    assert "desktop_app.services.cases" in _heavy_modules_after(code)


def test_listing_a_case_loads_no_orm_and_no_migrations(tmp_path) -> None:
    case = tmp_path / "listed.visacase"
    cases.create_case(case, "Listed").close()
    code = f"__import__('desktop_app.cli').cli.main(['list', {str(case)!r}])"
    loaded = _heavy_modules_after(code)
    assert "desktop_app.store.first_look" in loaded
    assert not [m for m in loaded if m.startswith(("sqlalchemy", "alembic", "desktop_app.store.m"))]


@pytest.mark.parametrize("module", COMMANDS_BY_MODULE)
def test_each_module_registers_exactly_the_commands_listed_for_it(module: str) -> None:
    assert tuple(_commands(build_parser([module]))) == COMMANDS_BY_MODULE[module]


def test_a_command_built_alone_has_the_same_help_as_in_the_whole_parser() -> None:
    whole = _commands(build_parser())
    for module, names in COMMANDS_BY_MODULE.items():
        alone = _commands(build_parser([module]))
        for name in names:
            assert alone[name].format_help() == whole[name].format_help()


def test_a_command_line_builds_only_what_it_names() -> None:
    assert modules_needed(["export", "case.visacase", "-o", "out.pdf"]) == ("packet_commands",)
    assert modules_needed(["--version"]) == ()
    assert modules_needed(["--help"]) == tuple(COMMANDS_BY_MODULE)
    assert modules_needed(["exprot", "case.visacase"]) == tuple(COMMANDS_BY_MODULE)

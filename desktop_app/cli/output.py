"""Printing command results: JSON for scripts (``--json``), short lines for people.

The JSON's keys, and the values that are codes (a deadline's ``key`` and ``state``, a document's
``kind``), are English in every language, so scripts can rely on them; values that are messages
for a person (a rule, a reason, a CEAC meaning) come in the language of the lines, as people
read both.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Any

from desktop_app.messages import _


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print machine-readable JSON"))


def emit(args: argparse.Namespace, data: Any, lines: Iterable[str]) -> None:
    """Print ``data`` as JSON when ``--json`` was given, otherwise the human ``lines``."""
    if getattr(args, "json", False):
        json.dump(to_jsonable(data), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for line in lines:
            print(line)


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    return value


def parse_date(text: str) -> dt.date:
    """argparse ``type=`` for ISO dates between 1900 and 2100, with a message a person
    understands. The date reader (its patterns compile on import) loads only when a date is
    given, so that building the parser stays cheap."""
    from desktop_app.domain.date_reading import range_problem

    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a date like 2024-03-31").format(value=repr(text))
        ) from None
    problem = range_problem(value)
    if problem:
        raise argparse.ArgumentTypeError(problem)
    return value

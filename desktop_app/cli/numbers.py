"""The ids the command line takes, bounded as it reads them.

An id no case can hold is a typing mistake, said in the parser's own words; taken as it is,
it would reach SQLite as a traceback ("Python int too large to convert to SQLite INTEGER").
"""

from __future__ import annotations

import argparse

from desktop_app.messages import _

LARGEST_ID = 2**63 - 1  # SQLite's largest integer


def record_id(text: str) -> int:
    """An id as ``visacase info`` and ``list`` print them: a whole number from 1."""
    number = _whole(text)
    if not 1 <= number <= LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _(
                "{value} is not an id: ids are whole numbers from 1, as 'visacase list' shows them"
            ).format(value=text)
        )
    return number


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{value} is not a whole number").format(value=text)
        ) from None

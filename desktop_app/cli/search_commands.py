"""``visacase search CASE QUERY``: which documents, and which pages, mention something."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli.case_commands import with_case
from desktop_app.cli.output import add_json_flag, emit
from desktop_app.messages import _

if TYPE_CHECKING:
    from desktop_app.store.casefile import CaseFile


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "search", help=_("find words in the text of every document of a case")
    )
    parser.add_argument("case", type=Path)
    parser.add_argument("query", help=_("words to find (all of them, on the same page)"))
    add_json_flag(parser)
    parser.set_defaults(handler=_search)


def _search(args: argparse.Namespace) -> int:
    from desktop_app.services import search

    def work(case: CaseFile) -> int:
        hits = search.search(case, args.query)
        lines = [
            _("document {id} ({title}) page {page}: {snippet}").format(
                id=h.document_id, title=h.title, page=h.page, snippet=h.snippet
            )
            for h in hits
        ] or [_("nothing found for {query}").format(query=repr(args.query))]
        emit(args, hits, lines)
        return 0

    return with_case(args, work, read_only=True)

"""Refresh the catalogs of the lower layers' messages: extract every string marked with ``_``,
``N_`` or ``ngettext`` outside ``desktop_app/gui`` (Babel), merge it into the ``.po`` file of
each language translators edit, then compile the ``.mo`` files the app loads. Run after
changing any marked message; commit both. The GUI's own strings go through
``scripts/update_translations.py`` instead.

argparse's own words ("usage: ", "the following arguments are required: %s") are extracted from
the ``argparse`` module of the Python running this script, so the catalogs carry exactly the
msgids the command line's argparse asks for (``desktop_app.cli`` points argparse at them).

Messages that vanished from the code are dropped from the ``.po`` files, so a translation never
outlives its English source; new ones arrive untranslated, which ``tests/test_messages.py``
refuses. Locations name the file only, without line numbers, so that editing code elsewhere in a
file leaves the catalogs alone; the header's dates are fixed for the same reason.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.messages import DOMAIN, FOLDER, LANGUAGES  # noqa: E402

SOURCES = ROOT / "desktop_app"
METHODS = [("gui/**.py", "ignore"), ("**.py", "python")]
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
ARGPARSE = ("argparse.py", None)
ARGPARSE_NOTE = "argparse's own words: keep each %s and %(name)s, and the line breaks, as they are"
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
HEADER = (
    "# VisaCase's messages outside the window: errors, deadlines, CEAC meanings, findings.\n"
    "# Fill in each msgstr; scripts/update_messages.py merges new messages and compiles."
)


def template() -> Catalog:
    """Every marked message of the code, with the files it is in and translators' comments."""
    found = Catalog(
        domain=DOMAIN, project="VisaCase", creation_date=FIXED_DATE, header_comment=HEADER
    )
    for filename, _line, message, comments, context in extract_from_dir(
        SOURCES, METHODS, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",), strip_comment_tags=True
    ):
        location = (f"desktop_app/{Path(filename).as_posix()}", None)
        found.add(message, None, [location], auto_comments=comments, context=context)
    for _line, message, _comments, _context in extract_from_file(
        "python", argparse.__file__, keywords=KEYWORDS
    ):
        found.add(message, None, [ARGPARSE], auto_comments=[ARGPARSE_NOTE])
    return found


def po_file(language: str) -> Path:
    return FOLDER / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(language: str) -> Catalog:
    path = po_file(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="VisaCase", header_comment=HEADER)
    with path.open("rb") as fh:
        return read_po(fh, locale=language, domain=DOMAIN)


def merged(language: str, fresh: Catalog) -> Catalog:
    """The language's catalog holding exactly the messages of ``fresh``, translations kept."""
    catalog = read(language)
    catalog.update(fresh, no_fuzzy_matching=True, update_header_comment=True)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    catalog.creation_date = catalog.revision_date = FIXED_DATE
    return catalog


def compile_to(catalog: Catalog, target: Path) -> None:
    with target.open("wb") as fh:
        write_mo(fh, catalog)


def main() -> int:
    fresh = template()
    for language in LANGUAGES:
        catalog = merged(language, fresh)
        path = po_file(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, include_lineno=False, ignore_obsolete=True)
        compile_to(read(language), path.with_suffix(".mo"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Document dates as the world writes them: the app's reader against dateparser, on one set.

    .venv/bin/python benchmarks/date_reading.py

Each paper of ``date_corpus`` is read with its post's habits (``post_locale``: the date order
and the languages) by two readers, and a reader is right when the document date it gives is
the true one:

- ``date_reading``, the app's own patterns;
- ``dateparser`` (``search.search_dates``, given the post's languages and date order and asked
  for day, month and year), whose finds go through the same choice of the document's own date
  (``date_reading.choose_date``), so only the finding of dates is compared.

Both scores, the misses and the time per paper are printed; the reader kept in the app is the
better one. dateparser is not a dependency of the app: the `bench` extra installs it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.date_corpus import DATES, Dated
from desktop_app.domain import date_reading, post_locale
from desktop_app.domain.date_reading import FoundDate

Reader = Callable[[Dated], "date_reading.DateSuggestion | None"]
DATEPARSER_LANGUAGES = {"eng": "en", "spa": "es", "por": "pt", "hin": "hi", "chi_sim": "zh",
                        "vie": "vi"}  # fmt: skip


def app_reader(doc: Dated) -> date_reading.DateSuggestion | None:
    day_first = post_locale.locale_for(doc.post).day_first
    return date_reading.document_date(doc.text, kind=doc.kind, day_first=day_first)


def dateparser_reader(doc: Dated) -> date_reading.DateSuggestion | None:
    from dateparser.search import search_dates

    locale = post_locale.locale_for(doc.post)
    languages = [DATEPARSER_LANGUAGES[c] for c in locale.ocr_languages if c in DATEPARSER_LANGUAGES]
    settings = {"REQUIRE_PARTS": ["day", "month", "year"]}
    if locale.day_first is not None:
        settings["DATE_ORDER"] = "DMY" if locale.day_first else "MDY"
    found: list[FoundDate] = []
    at = 0
    for written, when in search_dates(doc.text, languages=languages, settings=settings) or []:
        start = doc.text.find(written, at)
        if start < 0:
            continue
        at = start + len(written)
        found.append(FoundDate(when.date(), start, at))
    return date_reading.choose_date(doc.text, found, kind=doc.kind)


def score(reader: Reader) -> tuple[int, list[tuple[Dated, object]], float]:
    """How many papers the reader dates right, the misses with what it said, seconds per paper."""
    misses: list[tuple[Dated, object]] = []
    start = time.perf_counter()
    for doc in DATES:
        found = reader(doc)
        if found is None or found.date != doc.date:
            misses.append((doc, found.date if found else None))
    return len(DATES) - len(misses), misses, (time.perf_counter() - start) / len(DATES)


def main() -> None:
    readers: list[tuple[str, Reader]] = [("date_reading", app_reader)]
    try:
        import dateparser  # noqa: F401

        dateparser_reader(DATES[0])  # its first call loads its language data: not timed
        readers.append(("dateparser", dateparser_reader))
    except ImportError:
        print("dateparser is not installed (the bench extra): only the app's reader runs")
    for name, reader in readers:
        right, misses, seconds = score(reader)
        print(f"{name:13} {right}/{len(DATES)} right  {seconds * 1000:8.2f} ms per paper")
        for doc, said in misses:
            first_line = doc.text.splitlines()[0][:50]
            print(f"    missed {doc.date} ({doc.post}: {first_line!r}) — read {said}")


if __name__ == "__main__":
    main()

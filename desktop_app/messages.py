"""The language of the messages the lower layers write, for the window and the command line alike.

The domain, the services, ingest, the packet's checks and the errors word what they tell a person
in English; this module gives those words in the app's language, through the standard
``gettext`` catalogs in ``resources/locale/<language>/LC_MESSAGES/visacase.mo`` (made from the
``.po`` files translators edit by ``scripts/update_messages.py``). The GUI's own widgets go
through Qt's translator instead; both follow the one choice made at start-up: the GUI calls
:func:`use` with the language it gives its ``QTranslator``, the command line with the one its
environment asks for (:func:`from_environment`). Plain Python, so the domain may use it and the
command line starts without Qt.

How code marks its messages (``pybabel`` finds them by these names):

- ``_("The folder {folder} does not exist.").format(folder=...)``: translated when produced.
  Placeholders are named, so a translation may put them in another order.
- ``N_("…")`` marks a module-level constant without translating it: the English stays the
  constant (the packet, written for the consulate, and the logic comparing it use that), and
  :func:`translated` gives it in the app's language where it is shown.
- ``ngettext("{n} day", "{n} days", n).format(n=n)`` for anything counted.

What the user typed, the packet's own text and the log stay as they are: only what a person reads
on screen or in the command line's output is translated. The language is one per process (as
Qt's translators are), set once before the first message; a reader process started for files is
handed it (``ingest.sandbox``).
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Mapping
from pathlib import Path

DOMAIN = "visacase"
FOLDER = Path(__file__).resolve().parents[1] / "resources" / "locale"
LANGUAGES = ("es", "pt_BR", "zh_CN", "hi", "vi")
"""The languages shipped besides English, which the code is written in."""
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
"""Where a command line finds its language, first to last, as GNU gettext looks."""


class _Current:
    """The language in use and its catalog: one per process, as Qt's installed translators."""

    catalog: gettext.NullTranslations = gettext.NullTranslations()
    language = ""


def _(message: str) -> str:
    """``message`` in the app's language (itself in English, or when it has no translation)."""
    return _Current.catalog.gettext(message)


def N_(message: str) -> str:  # noqa: N802  (the name gettext's tools look for)
    """Mark ``message`` for translation where it is shown, and leave it as it is here."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for ``n`` in the app's language."""
    return _Current.catalog.ngettext(singular, plural, n)


def translated(message: str) -> str:
    """A message marked with ``N_`` (or chosen at run time among marked ones), where it is shown."""
    return _Current.catalog.gettext(message)


def use(language: str) -> None:
    """Speak ``language`` (one of ``LANGUAGES``; '' or any other is English) from now on."""
    _Current.language = language if language in LANGUAGES else ""
    _Current.catalog = (
        gettext.translation(DOMAIN, FOLDER, [_Current.language], fallback=True)
        if _Current.language
        else gettext.NullTranslations()
    )


def language() -> str:
    """The language in use: one of ``LANGUAGES``, or '' for English."""
    return _Current.language


def closest(name: str) -> str:
    """The shipped language nearest a locale name ("es_MX.UTF-8" → "es", "pt_PT" → "pt_BR"),
    or '' (English) for English, "C", "POSIX" and the languages not shipped."""
    bare = name.partition(".")[0].partition("@")[0].replace("-", "_")
    if bare in LANGUAGES:
        return bare
    base = bare.split("_")[0].lower()
    return next((lang for lang in LANGUAGES if lang.split("_")[0] == base), "")


def from_environment(environ: Mapping[str, str] = os.environ) -> str:
    """The language the environment asks for: the first of ``LANGUAGE`` (a list, by
    preference), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set decides; in that list the
    first name that is English or shipped wins."""
    for variable in ENVIRONMENT:
        value = environ.get(variable, "")
        if value:
            names = value.split(":") if variable == "LANGUAGE" else [value]
            return next((closest(n) for n in names if closest(n) or _is_english(n)), "")
    return ""


def _is_english(name: str) -> bool:
    return name.partition(".")[0] in ("C", "POSIX") or name.lower().startswith("en")

"""Every QSettings key the app uses, behind named helpers.

Settings hold only preferences and the recent-files list — never case data, which lives in the
case file. Keeping the keys in one place means a typo cannot silently create a second setting,
and tests can point the whole store at a temporary folder (see ``tests/conftest.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

RECENT_LIMIT = 8
PAPER_SIZES = ("letter", "a4")
LABEL_STYLES = ("capitals", "as_typed")
# The Tesseract languages the app ships, which scans can be read in besides the post's own.
OCR_LANGUAGES = ("eng", "spa", "por", "chi_sim", "hin", "vie", "ara")


class Preferences(NamedTuple):
    """What the settings dialog edits (a named tuple: the modules the first window loads keep
    clear of ``dataclasses``, whose import is a cost before it is shown)."""

    paper: str = "letter"
    label_style: str = "capitals"
    reminder_days: int = 14
    language: str = ""  # "" follows the system; else "en" or one of translations.LANGUAGES
    ocr_languages: tuple[str, ...] = ()
    """Read scans in these too, after the case's post's languages (codes of ``OCR_LANGUAGES``)."""


def _store() -> QSettings:
    return QSettings("VisaCase", "VisaCase")


def recent_cases() -> list[Path]:
    """Recently opened case files that still exist, newest first."""
    stored = _store().value("recent/cases", [], list) or []
    return [Path(p) for p in stored if Path(p).exists()]


def remember_case(path: Path) -> None:
    resolved = str(Path(path).resolve())
    kept = [str(p) for p in recent_cases() if str(p) != resolved]
    _store().setValue("recent/cases", [resolved, *kept][:RECENT_LIMIT])


def forget_case(path: Path) -> None:
    resolved = str(Path(path).resolve())
    _store().setValue("recent/cases", [str(p) for p in recent_cases() if str(p) != resolved])


def preferences() -> Preferences:
    store = _store()
    default = Preferences()
    paper = store.value("packet/paper", default.paper, str)
    style = store.value("packet/label_style", default.label_style, str)
    days = store.value("reminders/interval_days", default.reminder_days, int)
    ocr = store.value("reading/ocr_languages", [], list) or []
    return Preferences(
        paper=paper if paper in PAPER_SIZES else default.paper,
        label_style=style if style in LABEL_STYLES else default.label_style,
        reminder_days=days if isinstance(days, int) and 1 <= days <= 365 else default.reminder_days,
        language=store.value("app/language", default.language, str),
        ocr_languages=tuple(lang for lang in OCR_LANGUAGES if lang in ocr),
    )


def save_preferences(prefs: Preferences) -> None:
    store = _store()
    store.setValue("packet/paper", prefs.paper)
    store.setValue("packet/label_style", prefs.label_style)
    store.setValue("reminders/interval_days", prefs.reminder_days)
    store.setValue("app/language", prefs.language)
    store.setValue("reading/ocr_languages", list(prefs.ocr_languages))


def save_geometry(widget: QWidget, key: str) -> None:
    _store().setValue(f"geometry/{key}", widget.saveGeometry())


def restore_geometry(widget: QWidget, key: str) -> bool:
    """Put the widget back where the user left it; False when there is nothing saved."""
    saved = _store().value(f"geometry/{key}")
    return isinstance(saved, QByteArray) and widget.restoreGeometry(saved)


def save_state(key: str, state: QByteArray) -> None:
    _store().setValue(f"state/{key}", state)


def restored_state(key: str) -> QByteArray | None:
    saved = _store().value(f"state/{key}")
    return saved if isinstance(saved, QByteArray) else None

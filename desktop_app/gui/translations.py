"""The language the app speaks, chosen once at start-up.

English is written in the code; Spanish, Brazilian Portuguese, Simplified Chinese, Hindi and
Vietnamese come as ``resources/translations/visacase_<lang>.qm`` (``scripts/update_translations.py``
makes them from the ``.ts`` files translators edit). The language follows the system unless the
user picked one in Preferences; a change takes effect at the next start, since widgets already
built keep their text. Qt's own translations (standard buttons, context menus) are loaded for the
same language, and the default ``QLocale`` is set to it so date fields and the dates in lists
agree: ``display_date`` writes a day the way every date field shows it. The lower layers' messages
(errors, deadline rules, CEAC meanings) have catalogs of their own (``desktop_app.messages``);
loading a language here switches them too, so the window speaks one language throughout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from desktop_app import messages
from desktop_app.gui import fonts, settings
from desktop_app.gui.icons import RESOURCES

if TYPE_CHECKING:
    import datetime as dt  # only named: a module this large is a cost before the first window

FOLDER = RESOURCES / "translations"
LANGUAGES = messages.LANGUAGES
DATE_FORMAT = "dd MMM yyyy"  # "12 Mar 2024", "12 mar 2024", "12 मार्च 2024"
DATE_FORMATS = {"zh_CN": "yyyy年M月d日"}  # where day, month, year in a row would read oddly


def language_for(chosen: str, system: QLocale) -> str:
    """The shipped language to use: the chosen one, else the closest to the system's, else ''."""
    if chosen in LANGUAGES or chosen == "en":
        return "" if chosen == "en" else chosen
    return messages.closest(system.name())  # e.g. "pt_BR", "es_MX", "zh_CN", "en_US"


def install(app: QCoreApplication) -> str:
    """Load the translations for the chosen language, or the system's when none is chosen, with
    the fonts it is written in; returns the language ('' is English)."""
    language = language_for(settings.preferences().language, QLocale.system())
    load(app, language)
    fonts.add_for_language(language)
    return language


def load(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translations for ``language`` ('' is English); returns them.

    English loads ``visacase_en.qm`` too: it holds only the plural forms ("1 day", "2 days") of
    the messages written with ``%n``.
    """
    QLocale.setDefault(QLocale(language or "en_US"))  # dates in English beside English text
    messages.use(language)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(f"visacase_{language or 'en'}", str(FOLDER))]
    if language:
        wanted.append((f"qtbase_{language}", qt_folder))
    loaded = []
    for name, folder in wanted:
        translator = QTranslator(app)  # parented to the app, so it lives as long as it does
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def date_format() -> str:
    """The display format of every date field and every date in a list, for the app's language."""
    return DATE_FORMATS.get(QLocale().name(), DATE_FORMAT)


def display_date(day: dt.date) -> str:
    """A day written in the app's language the way date fields show it, e.g. "12 Mar 2024"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())

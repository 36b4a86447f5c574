"""Preferences: default paper size and label style of packets, the follow-up reminder interval
given to new cases, the language of the app (taken at the next start) and the languages scans
are read in besides those of the case's post.

Each language is named in itself, so someone who cannot read the current one still finds theirs.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop_app.gui import colours
from desktop_app.gui.settings import OCR_LANGUAGES, Preferences

LANGUAGE_NAMES = (
    ("en", "English"),
    ("es", "Español"),
    ("pt_BR", "Português (Brasil)"),
    ("zh_CN", "简体中文"),
    ("hi", "हिन्दी"),
    ("vi", "Tiếng Việt"),
)
OCR_LANGUAGE_NAMES = dict(
    zip(
        OCR_LANGUAGES,
        ("English", "Español", "Português", "简体中文", "हिन्दी", "Tiếng Việt", "العربية"),
        strict=True,
    )
)


class SettingsDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("US Letter"), "letter")
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.setCurrentIndex(self.paper.findData(current.paper))
        self.paper.setAccessibleName(self.tr("Default paper size"))
        self.label_style = QComboBox()
        self.label_style.addItem(self.tr("CAPITALS (easiest to read)"), "capitals")
        self.label_style.addItem(self.tr("As typed"), "as_typed")
        self.label_style.setCurrentIndex(self.label_style.findData(current.label_style))
        self.label_style.setAccessibleName(self.tr("Label style"))
        self.reminder = QSpinBox()
        self.reminder.setRange(1, 365)
        self.reminder.valueChanged.connect(self._name_unit)
        self.reminder.setValue(current.reminder_days)
        self._name_unit(self.reminder.value())
        self.reminder.setAccessibleName(self.tr("Follow-up reminder interval"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.ocr_languages = {code: QCheckBox(name) for code, name in OCR_LANGUAGE_NAMES.items()}
        scans = self._scan_languages(current.ocr_languages)
        scans_note = QLabel(self.tr("Scans are always read in the languages of the case's post."))
        scans_note.setWordWrap(True)
        colours.mute(scans_note)
        language_note = QLabel(self.tr("A new language takes effect at the next start."))
        language_note.setWordWrap(True)
        colours.mute(language_note)
        note = QLabel(self.tr("New cases remind you to follow up at this interval."))
        note.setWordWrap(True)
        colours.mute(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper size"), self.paper)
        form.addRow(self.tr("Packet labels"), self.label_style)
        form.addRow(self.tr("Follow up every"), self.reminder)
        form.addRow(note)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(language_note)
        form.addRow(self.tr("Also read scans in"), scans)
        form.addRow(scans_note)
        form.addRow(buttons)

    def _name_unit(self, days: int) -> None:
        """ "1 day", "14 days": the unit after the number takes the plural it needs."""
        self.reminder.setSuffix(self.tr(" day(s)", "", days))

    def _scan_languages(self, chosen: tuple[str, ...]) -> QWidget:
        """The shipped OCR languages as ticks, two to a row."""
        scans = QWidget()
        scans.setAccessibleName(self.tr("Also read scans in"))
        grid = QGridLayout(scans)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (code, box) in enumerate(self.ocr_languages.items()):
            box.setChecked(code in chosen)
            grid.addWidget(box, n // 2, n % 2)
        return scans

    def answer(self) -> Preferences:
        return Preferences(
            paper=self.paper.currentData(),
            label_style=self.label_style.currentData(),
            reminder_days=self.reminder.value(),
            language=self.language.currentData(),
            ocr_languages=tuple(c for c, box in self.ocr_languages.items() if box.isChecked()),
        )

"""What the app knows about the selected document — editable — and the text read from it.

Edits are not applied here: the panel emits ``edited(document_id, changes)`` and the window turns
that into an undoable command, so every change is saved at once and can be taken back.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import messages
from desktop_app.domain import document_kinds, identifiers
from desktop_app.domain.date_reading import LATEST, range_problem
from desktop_app.domain.ocr_confusion import ReadAs
from desktop_app.gui import colours
from desktop_app.gui.models.masking import Masking
from desktop_app.gui.translations import date_format, display_date
from desktop_app.services.documents import DocumentView
from desktop_app.services.reading import SuggestionView

NO_DATE = QDate(1900, 1, 1)
LAST_DATE = QDate(LATEST.year, LATEST.month, LATEST.day)
NUMBER_FIELDS = frozenset({"identifier", "passport_number"})
MIN_COMBO_CHARS = 12


class DetailsPanel(QWidget):
    decided = Signal(int, bool)
    edited = Signal(int, dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: DocumentView | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Document title"))
        self.title.editingFinished.connect(self._title_edited)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of document"))
        for kind, label in document_kinds.LABELS.items():
            self.kind.addItem(messages.translated(label), kind)
        self.kind.activated.connect(lambda _n: self._emit(kind=self.kind.currentData()))
        self.date = QDateEdit()
        self.date.setAccessibleName(self.tr("Date of the document"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.date.setMinimumDate(NO_DATE)
        self.date.setMaximumDate(LAST_DATE)
        self.date.editingFinished.connect(self._date_edited)
        self.applicant = QComboBox()
        self.applicant.setAccessibleName(self.tr("Applicant the document belongs to"))
        self.applicant.activated.connect(
            lambda _n: self._emit(applicant_id=self.applicant.currentData())
        )
        self.date_problem = QLabel()
        self.date_problem.setWordWrap(True)
        colours.warn(self.date_problem)
        self.date_problem.hide()
        self.file = QLabel("—")
        self.file.setWordWrap(True)
        for combo in (self.kind, self.applicant):  # a long kind or name must not widen the pane
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(MIN_COMBO_CHARS)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.date)
        form.addRow("", self.date_problem)
        form.addRow(self.tr("Applicant"), self.applicant)
        form.addRow(self.tr("File"), self.file)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text read from the document"))
        self.suggestions = QGroupBox(self.tr("Suggestions to confirm"))
        self.suggestions.setLayout(QVBoxLayout())
        self.suggestions.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestions)
        layout.addWidget(QLabel(self.tr("Text")))
        layout.addWidget(self.text, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        """No document selected: every field empty, nothing to edit."""
        self._doc = None
        self.setEnabled(False)
        self.title.clear()
        self.kind.setCurrentIndex(-1)
        self.date.setSpecialValueText(" ")  # blank, where "no date" would claim to know
        self.date.setDate(NO_DATE)
        self.applicant.setCurrentIndex(-1)
        self.file.clear()
        self.text.clear()
        self.text.setPlaceholderText("")
        self.suggestions.hide()

    def set_applicants(self, people: list[tuple[int, str]]) -> None:
        self.applicant.clear()
        self.applicant.addItem(self.tr("Whole case"), None)
        for applicant_id, name in people:
            self.applicant.addItem(name, applicant_id)
        shown = self._doc.applicant_id if self._doc else None
        self.applicant.setCurrentIndex(max(0, self.applicant.findData(shown)) if self._doc else -1)

    def set_read_only(self, read_only: bool) -> None:
        for editor in (self.title, self.kind, self.date, self.applicant):
            editor.setDisabled(read_only)

    def show_document(
        self,
        doc: DocumentView,
        text: str,
        masking: Masking = Masking(),  # noqa: B008
    ) -> None:
        """The document's fields and text, identifiers in them shown through ``masking``."""
        self._doc = doc
        self.setEnabled(True)
        self._show_title(masking(doc.title))
        self.kind.setCurrentIndex(max(0, self.kind.findData(doc.kind)))
        self.date.setSpecialValueText(self.tr("no date"))
        self._show_date(doc.document_date)
        self.applicant.setCurrentIndex(max(0, self.applicant.findData(doc.applicant_id)))
        pages = self.tr("%n page(s)", "", doc.page_count) if doc.page_count else ""
        name = _breakable(doc.original_name)
        self.file.setText(" · ".join(x for x in (name, f"{doc.size / 1024:,.0f} KB", pages) if x))
        self.text.setPlaceholderText(self.tr("No text was read from this document yet."))
        self.text.setPlainText(masking(self._with_page_breaks(text)))

    def _with_page_breaks(self, text: str) -> str:
        """Pages are stored separated by form feeds, which a text view draws as nothing: the last
        words of one page would run into the first of the next."""
        first, *rest = text.split("\f")
        return first + "".join(
            "\n\n" + self.tr("— page %1 —").replace("%1", str(n)) + "\n" + page.lstrip("\n")
            for n, page in enumerate(rest, start=2)
        )

    def _show_title(self, shown: str) -> None:
        """A title with a masked number in it cannot be edited: saving it would save the mask."""
        masked = self._doc is not None and shown != self._doc.title
        self.title.setText(shown)
        self.title.setCursorPosition(0)  # the start of a long title, not its last words
        self.title.setReadOnly(masked)
        self.title.setToolTip(
            self.tr("Show full identifiers (Ctrl+Shift+I) to edit this title.") if masked else ""
        )

    def _show_date(self, value: dt.date | None) -> None:
        """The document's date; one outside 1900–2100 (from an older file) is shown as it is,
        with the one line that says why it cannot be kept, until the user picks another."""
        problem = range_problem(value) if value else None
        shown = QDate(value) if value else NO_DATE
        self.date.setMaximumDate(max(shown, LAST_DATE))
        self.date.setMinimumDate(min(shown, NO_DATE))
        self.date.setDate(shown)
        self.date_problem.setText(self.tr(problem) if problem else "")
        self.date_problem.setVisible(bool(problem))

    def _title_edited(self) -> None:
        title = self.title.text().strip()
        if self._doc is None or self.title.isReadOnly():
            return
        if title and title != self._doc.title:
            self._emit(title=title)
        else:
            self.title.setText(self._doc.title)

    def _date_edited(self) -> None:
        chosen = self.date.date()
        value = None if chosen == NO_DATE else dt.date(chosen.year(), chosen.month(), chosen.day())
        if value is not None and range_problem(value):
            return  # still the out-of-range date the file held: nothing was chosen
        self._emit(document_date=value)

    def _emit(self, **changes: Any) -> None:
        if self._doc is None:
            return
        changed = {k: v for k, v in changes.items() if getattr(self._doc, k) != v}
        if changed:
            self.edited.emit(self._doc.id, changed)

    def show_suggestions(self, pending: list[SuggestionView], *, reveal_ids: bool) -> None:
        """One block per suggestion: what was read and the words it came from across the panel's
        width, Accept and Reject under them (beside them, the words wrapped one to a line).

        Numbers (application IDs, case and passport numbers) are masked unless revealed."""
        box = self.suggestions.layout()
        while box.count():
            item = box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for suggestion in pending:
            text = QLabel(self._suggestion_html(suggestion, reveal_ids=reveal_ids))
            text.setWordWrap(True)
            accept = QPushButton(self.tr("Accept"))
            reject = QPushButton(self.tr("Reject"))
            accept.setAccessibleName(self.tr("Accept suggestion"))
            reject.setAccessibleName(self.tr("Reject suggestion"))
            accept.clicked.connect(lambda _=False, i=suggestion.id: self.decided.emit(i, True))
            reject.clicked.connect(lambda _=False, i=suggestion.id: self.decided.emit(i, False))
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            buttons.addWidget(accept)
            buttons.addWidget(reject)
            block = QWidget()
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 0, 0, 0)
            block_layout.addWidget(text)
            block_layout.addLayout(buttons)
            box.addWidget(block)
        self.suggestions.setVisible(bool(pending))

    def _suggestion_html(self, suggestion: SuggestionView, *, reveal_ids: bool) -> str:
        """What was read and the words it came from; a number read as something OCR may have
        misread shows both spellings, with the characters that differ marked — masked or not."""
        label = html.escape(self.tr(suggestion.field_label))
        parsed = ReadAs.parse(suggestion.evidence) if suggestion.field in NUMBER_FIELDS else None
        if parsed is None:
            value, evidence = html.escape(suggestion.value_label), suggestion.evidence
            if suggestion.field == "document_date":  # as the date field beside it shows days
                value = html.escape(display_date(dt.date.fromisoformat(suggestion.value)))
            if not reveal_ids and suggestion.field in NUMBER_FIELDS:
                value = identifiers.mask(suggestion.value)
                evidence = identifiers.mask_in_text(evidence, also=(suggestion.value,))
            quoted = evidence if "“" in evidence else f"“{evidence}”"
            return f"<b>{label}: {value}</b><br><i>{html.escape(quoted)}</i>"
        read_as, rest = parsed
        where = read_as.positions
        numbers = (read_as.value, read_as.read)
        if reveal_ids:
            value, read = (_marked(n, where) for n in numbers)
        else:
            value, read = (identifiers.mask(n, where, mark=_mark) for n in numbers)
            rest = identifiers.mask_in_text(rest, also=numbers, reveal=where)
        probably = self.tr("probably") + " " if read_as.probable else ""
        heading = self.tr("{0}{1} (read as {2})").format(probably, value, read)
        return f"<b>{label}: {heading}</b><br><i>{html.escape(rest)}</i>"


def _breakable(name: str) -> str:
    """A file name that may wrap after its dashes, dots and underscores (a zero-width space
    after each): one long name would otherwise hold the panel at its width."""
    return re.sub(r"([-_.])", "\\1\u200b", name)


def _mark(ch: str) -> str:
    differs = colours.warning(QApplication.palette()).name()
    return f'<u style="color:{differs}">{html.escape(ch)}</u>'


def _marked(number: str, where: tuple[int, ...]) -> str:
    return "".join(_mark(ch) if n in where else html.escape(ch) for n, ch in enumerate(number))

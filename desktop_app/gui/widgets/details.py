"""What the app knows about the selected document, and the text read from it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import document_kinds
from desktop_app.services.documents import DocumentView
from desktop_app.services.reading import SuggestionView


class DetailsPanel(QWidget):
    decided = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = {name: QLabel("—") for name in ("title", "kind", "date", "file", "size")}
        form = QFormLayout()
        labels = {
            "title": self.tr("Title"),
            "kind": self.tr("Kind"),
            "date": self.tr("Date"),
            "file": self.tr("File"),
            "size": self.tr("Size"),
        }
        for name, label in self.fields.items():
            label.setWordWrap(True)
            form.addRow(labels[name], label)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("No text was read from this document yet."))
        self.text.setAccessibleName(self.tr("Text read from the document"))
        self.suggestions = QGroupBox(self.tr("Suggestions to confirm"))
        self.suggestions.setLayout(QVBoxLayout())
        self.suggestions.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.suggestions)
        layout.addWidget(QLabel(self.tr("Text")))
        layout.addWidget(self.text, 1)

    def show_document(self, doc: DocumentView, text: str) -> None:
        self.fields["title"].setText(doc.title)
        self.fields["kind"].setText(document_kinds.label(doc.kind))
        self.fields["date"].setText(
            doc.document_date.strftime("%d %b %Y") if doc.document_date else "—"
        )
        self.fields["file"].setText(doc.original_name)
        self.fields["size"].setText(f"{doc.size / 1024:,.0f} KB · {doc.page_count or '?'} pages")
        self.text.setPlainText(text)

    def show_suggestions(self, pending: list[SuggestionView]) -> None:
        """One row per suggestion: what was read, the words it came from, Accept and Reject."""
        box = self.suggestions.layout()
        while box.count():
            item = box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for suggestion in pending:
            value = (
                document_kinds.label(suggestion.value)
                if suggestion.field == "kind"
                else suggestion.value
            )
            text = QLabel(
                f"<b>{suggestion.field.capitalize()}: {value}</b><br><i>“{suggestion.evidence}”</i>"
            )
            text.setWordWrap(True)
            accept = QPushButton(self.tr("Accept"))
            reject = QPushButton(self.tr("Reject"))
            accept.clicked.connect(lambda _=False, i=suggestion.id: self.decided.emit(i, True))
            reject.clicked.connect(lambda _=False, i=suggestion.id: self.decided.emit(i, False))
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(text, 1)
            row_layout.addWidget(accept)
            row_layout.addWidget(reject)
            box.addWidget(row)
        self.suggestions.setVisible(bool(pending))

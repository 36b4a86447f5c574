"""What the app knows about the selected document, and the text read from it."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop_app.domain import document_kinds
from desktop_app.services.documents import DocumentView


class DetailsPanel(QWidget):
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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

"""The follow-up email window: the drafted inquiry, to copy or to open in the user's mail app.

VisaCase sends nothing itself. "Open in mail app" hands a ``mailto:`` link to the desktop, which
starts whatever mail program the user chose; "Mark as sent" records the email on the timeline.
Opening links goes through ``open_url`` so tests can see the link without starting a mail app.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.followup import FollowUp
from desktop_app.gui.window_size import resize_within_screen


class FollowUpDialog(QDialog):
    sent = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._open_url = open_url
        self.setWindowTitle(self.tr("Follow-up email"))
        self.to = QLineEdit()
        self.to.setPlaceholderText(self.tr("The consulate's inquiry address, if you have it"))
        self.to.setAccessibleName(self.tr("To"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Subject"))
        copy_subject = QPushButton(self.tr("Copy"))
        copy_subject.setAccessibleName(self.tr("Copy subject"))
        copy_subject.clicked.connect(lambda: self._copy(self.subject.text()))
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.subject, 1)
        subject_row.addWidget(copy_subject)
        self.body = QPlainTextEdit()
        self.body.setAccessibleName(self.tr("Message"))
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), subject_row)
        form.addRow(self.tr("Message"), self.body)
        self.idle_message = self.tr(
            "VisaCase sends nothing. Check the text, then copy it or open it in your own mail app."
        )
        self.message = QLabel(self.idle_message)
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy message"))
        self.copy_button.setAccessibleName(self.tr("Copy message"))
        self.copy_button.clicked.connect(lambda: self._copy(self.body.toPlainText()))
        self.mail_button = QPushButton(self.tr("Open in mail app"))
        self.mail_button.setAccessibleName(self.tr("Open in mail app"))
        self.mail_button.clicked.connect(self.open_in_mail_app)
        self.sent_button = QPushButton(self.tr("Mark as sent"))
        self.sent_button.setAccessibleName(self.tr("Mark as sent"))
        self.sent_button.setToolTip(self.tr("Add “Email sent” to the timeline, dated today"))
        self.sent_button.clicked.connect(self._mark_sent)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (self.copy_button, self.mail_button, self.sent_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        resize_within_screen(self, 640, 560)

    def show_draft(self, draft: FollowUp) -> None:
        self.subject.setText(draft.subject)
        self.subject.setCursorPosition(0)
        self.body.setPlainText(draft.body)
        self.message.setText(draft.note or self.idle_message)

    def draft(self) -> FollowUp:
        """What the window shows now, with the user's edits."""
        return FollowUp(self.subject.text(), self.body.toPlainText())

    def _copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.message.setText(self.tr("Copied. Paste it into your email."))

    def open_in_mail_app(self) -> QUrl:
        url = QUrl(self.draft().mailto(self.to.text().strip()))
        if self._open_url(url):
            self.message.setText(self.tr("Opened in your mail app. Nothing was sent yet."))
        else:
            self.message.setText(
                self.tr("No mail app answered. Copy the message and paste it into your email.")
            )
        return url

    def _mark_sent(self) -> None:
        self.sent.emit(self.subject.text())
        self.message.setText(self.tr("Added “Email sent” to the timeline."))

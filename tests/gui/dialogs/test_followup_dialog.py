"""The follow-up email window: copy the drafted text, or hand it to the user's mail app."""

from __future__ import annotations

from PySide6.QtCore import QUrl, QUrlQuery
from PySide6.QtGui import QGuiApplication

from desktop_app.domain.followup import FollowUp
from desktop_app.gui.dialogs.followup_dialog import FollowUpDialog

DRAFT = FollowUp("Status inquiry — AA00B7QPGN", "Dear Consular Section,\n\nAny news?\n")


class FakeDesktop:
    """Stands in for the desktop's URL handler: keeps what it was given, never starts a program."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.opened: list[QUrl] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.answer


def _dialog(qtbot, desktop: FakeDesktop) -> FollowUpDialog:
    dialog = FollowUpDialog(open_url=desktop)
    qtbot.addWidget(dialog)
    dialog.show_draft(DRAFT)
    return dialog


def test_copy_puts_the_message_on_the_clipboard(qtbot) -> None:
    dialog = _dialog(qtbot, FakeDesktop())
    QGuiApplication.clipboard().clear()

    dialog.copy_button.click()

    assert QGuiApplication.clipboard().text() == DRAFT.body
    assert dialog.message.text() == "Copied. Paste it into your email."


def test_the_user_s_edits_are_what_gets_copied(qtbot) -> None:
    dialog = _dialog(qtbot, FakeDesktop())
    dialog.body.setPlainText("My own words")

    dialog.copy_button.click()

    assert QGuiApplication.clipboard().text() == "My own words"


def test_open_in_mail_app_hands_a_mailto_link_to_the_desktop(qtbot) -> None:
    desktop = FakeDesktop()
    dialog = _dialog(qtbot, desktop)
    dialog.to.setText("  support-manila@state.gov ")

    dialog.mail_button.click()

    [url] = desktop.opened
    query = QUrlQuery(url)
    assert url.scheme() == "mailto"
    assert url.path() == "support-manila@state.gov"
    assert query.queryItemValue("subject", QUrl.ComponentFormattingOption.FullyDecoded) == (
        DRAFT.subject
    )
    assert query.queryItemValue("body", QUrl.ComponentFormattingOption.FullyDecoded) == DRAFT.body
    assert "Nothing was sent" in dialog.message.text()


def test_without_a_mail_app_it_says_to_copy_instead(qtbot) -> None:
    dialog = _dialog(qtbot, FakeDesktop(answer=False))

    dialog.mail_button.click()

    assert dialog.message.text().startswith("No mail app answered")


def test_mark_as_sent_reports_the_subject(qtbot) -> None:
    dialog = _dialog(qtbot, FakeDesktop())

    with qtbot.waitSignal(dialog.sent) as sent:
        dialog.sent_button.click()

    assert sent.args == [DRAFT.subject]


def test_a_note_about_the_case_is_shown_beside_the_draft_not_in_it(qtbot) -> None:
    dialog = _dialog(qtbot, FakeDesktop())
    assert dialog.message.text().startswith("VisaCase sends nothing.")

    note = "Follow-ups no longer apply: visa issued 25 Feb 2026."
    dialog.show_draft(FollowUp(DRAFT.subject, DRAFT.body, note))

    assert dialog.message.text() == note
    assert note not in dialog.body.toPlainText()

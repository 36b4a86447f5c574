"""The timeline: events in the order they happened, newest at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop_app.services.events import EventView

EVENT_LABELS = {
    "interview": "Interview",
    "dropbox": "Dropbox submission",
    "refusal_221g": "221(g) refusal",
    "refusal_214b": "214(b) refusal",
    "documents_requested": "Documents requested",
    "documents_submitted": "Documents submitted",
    "ceac_status": "CEAC status",
    "passport_tracking": "Passport tracking",
    "email_received": "Email received",
    "email_sent": "Email sent",
    "note": "Note",
}

EventRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def describe(event: EventView, applicant_names: dict[int, str]) -> str:
    """One line a person reads at a glance: date, what happened, for whom, and the detail."""
    what = EVENT_LABELS.get(event.kind, event.kind.replace("_", " ").capitalize())
    if event.kind == "ceac_status" and event.payload.get("status"):
        what = f"CEAC: {event.payload['status']}"
        if event.payload.get("variant") == "administrative_processing":
            what += " (administrative processing)"
    who = applicant_names.get(event.applicant_id or -1, "")
    parts = [event.occurred_on.strftime("%d %b %Y"), what]
    if who:
        parts.append(who)
    if event.note:
        parts.append(event.note)
    return "  ·  ".join(parts)


class EventsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventView] = []
        self._names: dict[int, str] = {}

    def set_events(self, rows: list[EventView], applicant_names: dict[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(applicant_names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        event = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(event, self._names)
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.payload.get("text") or event.note or None
        if role == EventRole:
            return event
        return None

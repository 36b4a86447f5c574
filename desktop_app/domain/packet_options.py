"""What the user can choose about a packet, and how those choices are read from text.

One frozen value carries every choice from the CLI, the window or an options file down to the
plan and the builder, and is stored with each exported version so "what did I send?" includes
"how was it laid out?".

Labels: a key that is a document id renames that document (its index entry, bookmark, checklist
row and the label stamped on its pages); a key that is a kind of document (``bank_statement``)
renames that kind's section. Order: document ids listed first, in that order; the rest keep the
usual order after them; sections follow their first document; a translation stays behind its
original and the 221(g) letter stays on top. Excluded documents stay out even when listed, and
the cover, index and tab pages can each be switched off.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_app.errors import InvalidInputError

PAPERS = ("letter", "a4")
MB = 1_000_000
SHRINK_FACTOR = 0.94
"""Scale of every document page when ``shrink`` is on: frees the stamp band on Letter and A4."""


@dataclass(frozen=True)
class PacketOptions:
    paper: str = "letter"
    duplex: bool = False
    document_ids: tuple[int, ...] | None = None
    order: tuple[int, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)
    max_bytes: int | None = None
    shrink: bool = False
    bates_prefix: str = ""
    excluded: tuple[int, ...] = ()
    """Documents left out of the packet, whatever ``document_ids`` says."""
    cover: bool = True
    index: bool = True
    tabs: bool = True
    """Which of the packet's own pages to include: the cover, the index, a tab per section."""

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise InvalidInputError(
                f"Paper must be one of {', '.join(PAPERS)}, not {self.paper!r}."
            )
        if self.max_bytes is not None and self.max_bytes < 200_000:
            raise InvalidInputError("A size budget under 0.2 MB cannot hold even a cover sheet.")

    def document_label(self, document_id: int, default: str) -> str:
        return self.labels.get(str(document_id), default)

    def section_label(self, kind: str, default: str) -> str:
        return self.labels.get(kind, default)

    def record(self) -> dict[str, Any]:
        """The options as plain JSON, as kept with each exported version."""
        data = asdict(self)
        data["document_ids"] = list(self.document_ids) if self.document_ids is not None else None
        data["order"] = list(self.order)
        data["excluded"] = list(self.excluded)
        return data


def parse_label(text: str) -> tuple[str, str]:
    """``"3=Employment letter, ACME"`` → ``("3", "Employment letter, ACME")``."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise InvalidInputError(f"A label looks like DOCUMENT_ID=TEXT or KIND=TEXT, not {text!r}.")
    return key.strip(), value.strip()


def options_from_json(text: str, **overrides: Any) -> PacketOptions:
    """Options from a JSON object (keys as the CLI flags: paper, duplex, documents, order, labels,
    max_mb, shrink, bates, exclude; cover, index and tabs are true unless set false);
    ``overrides`` that are not None win over the file."""
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise InvalidInputError(f"The options file is not valid JSON ({exc.msg}).") from None
    if not isinstance(data, dict):
        raise InvalidInputError("The options file must hold one JSON object.")
    unknown = set(data) - {
        "paper",
        "duplex",
        "documents",
        "order",
        "labels",
        "max_mb",
        "shrink",
        "bates",
        "exclude",
        "cover",
        "index",
        "tabs",
    }
    if unknown:
        raise InvalidInputError(f"Unknown packet options: {', '.join(sorted(unknown))}.")
    values: dict[str, Any] = {
        "paper": data.get("paper", "letter"),
        "duplex": bool(data.get("duplex", False)),
        "document_ids": _ids(data["documents"]) if data.get("documents") else None,
        "order": _ids(data.get("order", [])),
        "labels": {str(k): str(v) for k, v in dict(data.get("labels", {})).items()},
        "max_bytes": budget_bytes(data.get("max_mb")),
        "shrink": bool(data.get("shrink", False)),
        "bates_prefix": str(data.get("bates", "")),
        "excluded": _ids(data.get("exclude", [])),
        "cover": bool(data.get("cover", True)),
        "index": bool(data.get("index", True)),
        "tabs": bool(data.get("tabs", True)),
    }
    values.update({k: v for k, v in overrides.items() if v is not None})
    return PacketOptions(**values)


def budget_bytes(max_mb: Any) -> int | None:
    """Megabytes as the user types them (decimal, as mail clients count) to bytes."""
    if max_mb is None:
        return None
    try:
        return int(float(max_mb) * MB)
    except (TypeError, ValueError):
        raise InvalidInputError(f"max_mb must be a number of megabytes, not {max_mb!r}.") from None


def _ids(values: Any) -> tuple[int, ...]:
    try:
        return tuple(int(v) for v in values)
    except (TypeError, ValueError):
        raise InvalidInputError("Document lists must hold document ids (numbers).") from None

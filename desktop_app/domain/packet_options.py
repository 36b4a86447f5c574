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
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop_app.errors import InvalidInputError
from desktop_app.messages import _

PAPERS = ("letter", "a4")
LETTER_POSTS = (
    # countries where US Letter is the usual paper, by the cities of their US posts
    "canada", "ottawa", "toronto", "montreal", "vancouver", "calgary", "halifax", "quebec",
    "mexico", "ciudad juarez", "guadalajara", "monterrey", "tijuana", "hermosillo", "matamoros",
    "merida", "nogales", "nuevo laredo", "philippines", "manila", "chile", "santiago",
    "colombia", "bogota", "venezuela", "caracas", "guatemala", "costa rica", "san jose",
    "dominican republic", "santo domingo", "panama", "el salvador", "san salvador",
    "united states", "puerto rico",
)  # fmt: skip
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
                _("Paper must be one of {papers}, not {paper}.").format(
                    papers=", ".join(PAPERS), paper=repr(self.paper)
                )
            )
        if self.max_bytes is not None and self.max_bytes < 200_000:
            raise InvalidInputError(_("A size budget under 0.2 MB cannot hold even a cover sheet."))

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


def paper_for_post(post: str) -> str:
    """A4, except at posts in the countries where US Letter is the usual paper (and Letter, the
    default, when the post is not known)."""
    letters = unicodedata.normalize("NFKD", post.casefold())
    text = "".join(c for c in letters if not unicodedata.combining(c))
    if not text.strip() or any(place in text for place in LETTER_POSTS):
        return "letter"
    return "a4"


def parse_label(text: str) -> tuple[str, str]:
    """``"3=Employment letter, ACME"`` → ``("3", "Employment letter, ACME")``."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip():
        raise InvalidInputError(
            _("A label looks like DOCUMENT_ID=TEXT or KIND=TEXT, not {text}.").format(
                text=repr(text)
            )
        )
    return key.strip(), value.strip()


def options_from_json(
    text: str, base: PacketOptions | None = None, **overrides: Any
) -> PacketOptions:
    """Options from a JSON object (keys as the CLI flags: paper, duplex, documents, order, labels,
    max_mb, shrink, bates, exclude; cover, index and tabs are true unless set false); the file's
    keys win over ``base`` (the defaults, or the case's saved settings), and ``overrides`` that
    are not None win over the file."""
    try:
        data = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            _("The options file is not valid JSON ({error}).").format(error=exc.msg)
        ) from None
    except RecursionError:  # brackets nested thousands deep: no options file looks like that
        raise InvalidInputError(
            _("The options file is not valid JSON ({error}).").format(error=_("nested too deeply"))
        ) from None
    if not isinstance(data, dict):
        raise InvalidInputError(_("The options file must hold one JSON object."))
    return options_from_data(data, base, **overrides)


def options_from_data(
    data: dict[str, Any], base: PacketOptions | None = None, **overrides: Any
) -> PacketOptions:
    """:func:`options_from_json` over data already parsed (a file, or the case's settings)."""
    unknown = set(data) - set(FILE_KEYS)
    if unknown:
        raise InvalidInputError(
            _("Unknown packet options: {names}.").format(names=", ".join(sorted(unknown)))
        )
    values = {name: getattr(base or PacketOptions(), name) for name, _ in FILE_KEYS.values()}
    for key, value in data.items():
        name, convert = FILE_KEYS[key]
        values[name] = convert(value)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return PacketOptions(**values)


def settings_of(options: PacketOptions) -> dict[str, Any]:
    """The options as an options file would give them (without a document list): what a case
    keeps as its packet settings."""
    return {
        "paper": options.paper,
        "duplex": options.duplex,
        "order": list(options.order),
        "labels": dict(options.labels),
        "max_mb": options.max_bytes / MB if options.max_bytes else None,
        "shrink": options.shrink,
        "bates": options.bates_prefix,
        "exclude": list(options.excluded),
        "cover": options.cover,
        "index": options.index,
        "tabs": options.tabs,
    }


def budget_bytes(max_mb: Any) -> int | None:
    """Megabytes as the user types them (decimal, as mail clients count) to bytes."""
    if max_mb is None:
        return None
    try:
        return int(float(max_mb) * MB)
    except (TypeError, ValueError, OverflowError):  # OverflowError: "inf", or 1e400
        raise InvalidInputError(
            _("max_mb must be a number of megabytes, not {value}.").format(value=repr(max_mb))
        ) from None


def _labels(values: Any) -> dict[str, str]:
    try:
        return {str(k): str(v) for k, v in dict(values).items()}
    except (TypeError, ValueError):
        raise InvalidInputError(_("Labels must map document ids or kinds to text.")) from None


def _document_ids(values: Any) -> tuple[int, ...] | None:
    return _ids(values) if values else None


def _ids(values: Any) -> tuple[int, ...]:
    try:
        return tuple(int(v) for v in values)
    except (TypeError, ValueError):
        raise InvalidInputError(_("Document lists must hold document ids (numbers).")) from None


FILE_KEYS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "paper": ("paper", str),
    "duplex": ("duplex", bool),
    "documents": ("document_ids", _document_ids),
    "order": ("order", _ids),
    "labels": ("labels", _labels),
    "max_mb": ("max_bytes", budget_bytes),
    "shrink": ("shrink", bool),
    "bates": ("bates_prefix", str),
    "exclude": ("excluded", _ids),
    "cover": ("cover", bool),
    "index": ("index", bool),
    "tabs": ("tabs", bool),
}
"""Options-file key → the ``PacketOptions`` field it sets and how its value is read."""

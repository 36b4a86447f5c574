"""Nothing but the documents' content leaves the machine.

The packet carries a title and "VisaCase" as metadata and nothing else from the inputs: no
document info or XMP (authors, paths, software), no JavaScript or other actions that run on
opening, no embedded or attached files, no interactive forms. Form fields are flattened into
the page first (``FLATTEN_ARGS`` for the qpdf job) so what the user filled in stays visible;
whatever form structure is left afterwards is dropped here.
"""

from __future__ import annotations

import pikepdf

FLATTEN_ARGS = ("--generate-appearances", "--flatten-annotations=all")
ROOT_KEYS = (
    "/Metadata",
    "/AcroForm",
    "/OpenAction",
    "/Names",
    "/AA",
    "/Dests",
    "/StructTreeRoot",
    "/MarkInfo",
    "/PageLabels",
    "/Collection",
    "/Threads",
    "/SpiderInfo",
)
SAFE_ACTIONS = {"/GoTo", "/URI"}
DROPPED_ANNOTS = {"/FileAttachment", "/Widget", "/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"}


def sanitize(out: pikepdf.Pdf, title: str) -> None:
    for key in list(out.docinfo.keys()):
        del out.docinfo[key]
    out.docinfo["/Title"] = title
    out.docinfo["/Producer"] = "VisaCase"
    for key in ROOT_KEYS:
        if key in out.Root:
            del out.Root[key]
    for page in out.pages:
        for key in ("/AA", "/Metadata", "/PieceInfo"):
            if key in page.obj:
                del page.obj[key]
        if "/Annots" in page.obj:
            page.obj.Annots = pikepdf.Array([a for a in page.obj.Annots if _keep(a)])


def _keep(annot: pikepdf.Object) -> bool:
    """Annotations stay unless they are forms, files or media, or they run something."""
    if not isinstance(annot, pikepdf.Dictionary):
        return False
    if annot.get("/Subtype") in DROPPED_ANNOTS:
        return False
    if "/AA" in annot:
        del annot.AA
    action = annot.get("/A")
    if isinstance(action, pikepdf.Dictionary) and action.get("/S") not in SAFE_ACTIONS:
        del annot.A
    return True

"""Packet settings are part of the case: saved in the case file and read back when reopened."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.packet_options import PacketOptions
from desktop_app.services import cases, documents
from desktop_app.services.packet_settings import load_packet_settings, save_packet_settings


def test_settings_survive_closing_and_reopening_the_case(tmp_path: Path) -> None:
    path = tmp_path / "delhi.visacase"
    case = cases.create_case(path, "Sharma", post="U.S. Embassy New Delhi")
    job = documents.add_document(case, b"%PDF-1.4 a", original_name="a.pdf").id
    email = documents.add_document(case, b"%PDF-1.4 b", original_name="b.pdf").id
    assert load_packet_settings(case).options == PacketOptions(paper="a4")  # from the post
    chosen = PacketOptions(
        paper="letter",
        duplex=True,
        document_ids=(job,),
        order=(email, job),
        labels={str(job): "Offer letter"},
        max_bytes=2_000_000,
        shrink=True,
        excluded=(email,),
        cover=False,
    )
    save_packet_settings(case, chosen, checklist=True)
    case.close()

    reopened = cases.open_case(path)
    saved = load_packet_settings(reopened)
    assert saved.checklist
    assert saved.options == PacketOptions(
        paper="letter",
        duplex=True,
        order=(email, job),
        labels={str(job): "Offer letter"},
        max_bytes=2_000_000,
        shrink=True,
        excluded=(email,),
        cover=False,
    )
    documents.remove_document(reopened, email)
    assert load_packet_settings(reopened).options.excluded == ()
    reopened.close()

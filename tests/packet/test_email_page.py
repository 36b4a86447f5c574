"""An email drawn as pages: headers in any script, the whole text wrapped, clear of the stamp."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from desktop_app.packet.crowding import crowded_pages
from desktop_app.packet.email_page import EmailContent, draw_email
from tests.packet.conftest import text_pages

HEADERS = (
    ("From", "Zhāng Wěi 张伟 <zhang.wei@example.cn>"),
    ("To", "Consular Section New Delhi <support-delhi@example.org>"),
    ("Date", "9 September 2026, 10:15 (UTC+05:30)"),
    ("Subject", "Документы — 221(g) 张伟"),
)


def _long_text(paragraphs: int) -> str:
    return "\n\n".join(
        f"Paragraph {n}: the applicant encloses the employment letter and six months of bank "
        "statements, as the officer asked."
        for n in range(paragraphs)
    )


def test_the_headers_and_the_text_come_back_from_the_page(tmp_path: Path) -> None:
    out = tmp_path / "email.pdf"
    pages = draw_email(EmailContent(HEADERS, "Dear Sir,\n\nPlease find enclosed.", "S"), "a4", out)

    [text] = text_pages(out)
    assert pages == 1
    for name, value in HEADERS:
        assert f"{name}:" in text and value in text
    assert "Dear Sir," in text and "Please find enclosed." in text


def test_a_long_text_wraps_onto_more_pages_each_clear_of_the_stamp_band(tmp_path: Path) -> None:
    out = tmp_path / "email.pdf"
    content = EmailContent(HEADERS, _long_text(80), "Документы — 221(g) 张伟")

    pages = draw_email(content, "letter", out)

    text = text_pages(out)
    assert pages == len(text) > 2
    assert "Paragraph 0:" in text[0] and "Paragraph 79:" in text[-1]
    assert all("Документы — 221(g) 张伟 (continued)" in page for page in text[1:])
    assert crowded_pages(out) == []
    with pikepdf.open(out) as pdf:
        assert {tuple(map(float, p.mediabox)) for p in pdf.pages} == {(0, 0, 612, 792)}


def test_a_very_long_text_stops_with_a_note_after_the_last_page_allowed(tmp_path: Path) -> None:
    out = tmp_path / "email.pdf"

    pages = draw_email(EmailContent(HEADERS, _long_text(200), "S"), "a4", out, max_pages=2)

    text = text_pages(out)
    assert pages == len(text) == 2
    assert "The rest of this email’s text is kept in the case file." in text[-1]
    assert "Paragraph 199:" not in text[-1]


def test_a_header_of_fifty_addresses_is_cut_short_so_the_text_still_starts_on_page_one(
    tmp_path: Path,
) -> None:
    many = ", ".join(f"Person {n} <person{n}@example.org>" for n in range(50))
    out = tmp_path / "email.pdf"

    draw_email(EmailContent((("To", many), ("Subject", "S")), "Dear Sir,", "S"), "a4", out)

    [text] = text_pages(out)
    assert "Person 0 <person0@example.org>" in text and "Person 49" not in text
    assert "…" in text and "Subject:" in text and "Dear Sir," in text


def test_a_word_longer_than_a_line_is_broken_across_lines_and_kept_whole(tmp_path: Path) -> None:
    link = "https://example.org/" + "a1b2c3d4" * 1500
    out = tmp_path / "email.pdf"

    draw_email(EmailContent((), f"Pay here: {link} today.", "S"), "a4", out)

    text = "".join("".join(page.split()) for page in text_pages(out))
    assert f"Payhere:{link}today." in text.replace("S(continued)", "")

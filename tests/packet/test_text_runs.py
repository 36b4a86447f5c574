"""Lines in any script: a font per character, runs in visual order, shaped, read back as typed."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop_app.packet import fonts, text_runs
from desktop_app.packet.fonts import BOLD, ITALIC, REGULAR
from desktop_app.packet.text_runs import ELLIPSIS, Run

MARKS = re.compile("[\u200e\u200f\u202a-\u202e]")
TRICKY = (
    "Zhāng Wěi 张伟",
    "राहुल शर्मा",  # a conjunct: र् + म
    "किशन कुमार",  # the i sign is drawn before the consonant it follows
    "محمد عبد الله",
    "می\u200cخواهم",  # Persian, with a zero-width non-joiner
    "דוד לוי",
    unicodedata.normalize("NFD", "Nguyễn Văn Thắng"),  # letters and marks typed apart
    "Łódź",
    "முருகன் செல்வம்",
    "สมชาย ใจดี",
    "김민준",
    "አበበ ቢቂላ",
)
NUMBERED = (
    "محمد 123 عبد",
    "شارع الملك فهد 45، الرياض",  # a house number and an Arabic comma
    "تاريخ 12/03/2024 م",
    "Bank statement كشف حساب 2025",
    "المبلغ 1,250.50 ريال",
    "السعر $12 فقط",
    "نسبة 50% من",
    "محمد (12)",
    "رقم ١٢٣ عبد",  # Arabic-Indic digits
    "דוד 12 לוי",
)
ENGLISH = "Filler in English, as every packet page has, so the page reads left to right."


def _text_of(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return [MARKS.sub("", line) for line in out.stdout.splitlines() if line.strip()]


def test_each_character_is_drawn_in_the_first_font_that_has_it() -> None:
    runs = text_runs.layout((("Zhāng Wěi 张伟, राहुल", REGULAR),))
    assert [(r.text, r.font) for r in runs] == [
        ("Zhāng Wěi ", "NotoSans"),
        ("张伟, ", "NotoSansSC"),  # punctuation and spaces stay with the letters before them
        ("राहुल", "NotoSansDevanagari"),
    ]


def test_bold_text_keeps_its_weight_through_digits_and_dashes() -> None:
    runs = text_runs.layout((("Date: ", BOLD), ("01 — 2026", REGULAR)))
    assert [(r.text, r.font) for r in runs] == [
        ("Date: ", "NotoSans-Bold"),
        ("01 — 2026", "NotoSans"),
    ]


def test_a_script_without_a_bold_face_is_drawn_emboldened_in_its_regular_one() -> None:
    [run] = text_runs.layout((("สมชาย", BOLD),))
    assert (run.font, run.emboldened) == ("NotoSansThai", True)
    bold, regular = text_runs.layout((("张伟", BOLD), ("张伟", REGULAR)))
    assert [(r.text, r.font, r.emboldened) for r in (bold, regular)] == [
        ("张伟", "NotoSansSC-Bold", False),  # a real bold face
        ("张伟", "NotoSansSC", False),
    ]
    everyday, rare = text_runs.layout((("张喆", BOLD),))  # 喆: in neither GB 2312 nor Big5's
    assert [(r.text, r.font, r.emboldened) for r in (everyday, rare)] == [
        ("张", "NotoSansSC-Bold", False),
        ("喆", "NotoSansSC", True),
    ]
    assert not text_runs.layout((("Łódź", BOLD),))[0].emboldened
    assert text_runs.layout((("Blank", ITALIC),))[0].font == "NotoSans-Italic"
    assert text_runs.layout((("Łódź", ITALIC),))[0].font == "NotoSans-Italic"


def test_right_to_left_words_are_laid_out_right_to_left_within_an_english_line() -> None:
    runs = text_runs.layout((("Applicant: ", BOLD), ("محمد 12 علي", REGULAR), (" (x)", REGULAR)))
    assert [(r.text, r.rtl) for r in runs] == [
        ("Applicant: ", False),
        (" علي", True),  # the last word typed is the leftmost drawn, the space on its right
        ("12", False),  # numbers still read left to right
        ("محمد ", True),
        (" ", False),
        ("(x)", False),
    ]


def test_shaping_joins_arabic_letters_and_forms_devanagari_conjuncts() -> None:
    arabic = Run("محمد", "NotoSansArabic", 1)
    glyphs, width = text_runs._shaped(arabic)
    assert str(glyphs) != arabic.text[::-1]  # joining forms, not the letters' own glyphs
    hindi = Run("शर्मा", "NotoSansDevanagari", 0)
    glyphs, width = text_runs._shaped(hindi)
    assert len(str(glyphs)) < len(hindi.text) and width > 0  # र् + म make one conjunct


@pytest.mark.parametrize("style", [REGULAR, BOLD])
def test_pdftotext_gives_back_every_name_exactly_as_typed(style: str, tmp_path: Path) -> None:
    canvas = fonts.canvas(tmp_path / "names.pdf")
    for i, name in enumerate(TRICKY):
        text_runs.line(canvas, 40, 800 - 24 * i, [("Name: ", BOLD), (name, style)], 12)
    canvas.save()
    lines = _text_of(tmp_path / "names.pdf")
    assert lines == [f"Name: {name}" for name in TRICKY]


def test_numbers_inside_right_to_left_text_come_back_in_typed_order(tmp_path: Path) -> None:
    canvas = fonts.canvas(tmp_path / "numbers.pdf")
    for i, title in enumerate(NUMBERED):
        text_runs.line(canvas, 40, 800 - 40 * i, [("Title: ", BOLD), (title, REGULAR)], 11)
        text_runs.line(canvas, 40, 780 - 40 * i, [(ENGLISH, REGULAR)], 11)
    canvas.save()
    lines = [line for line in _text_of(tmp_path / "numbers.pdf") if line != ENGLISH]
    assert lines == [f"Title: {title}" for title in NUMBERED]


def test_a_page_of_arabic_titles_still_reads_left_to_right(tmp_path: Path) -> None:
    """poppler reads a page with more right-to-left letters than left-to-right ones from the
    right, which no English line survives; the titles' marks keep it a left-to-right page."""
    canvas = fonts.canvas(tmp_path / "arabic.pdf")
    titles = [title for title in NUMBERED if not title.isascii()]
    for i, title in enumerate(titles):
        text_runs.line(canvas, 40, 800 - 30 * i, [(title, REGULAR), (" — page 4", REGULAR)], 11)
    canvas.save()
    assert _text_of(tmp_path / "arabic.pdf") == [f"{title} — page 4" for title in titles]


def test_a_right_to_left_stretch_is_drawn_in_visual_order_with_its_number_in_between() -> None:
    runs = text_runs.layout((("Title: ", BOLD), ("Bank statement كشف حساب 2025 — p. 6", REGULAR)))
    assert [(r.text, r.level) for r in runs] == [
        ("Title: ", 0),
        ("Bank statement ", 0),
        ("2025", 2),  # the number typed last is drawn left of the Arabic it follows
        ("كشف حساب ", 1),
        (" ", 0),  # in the Arabic face still, as the letters before it
        ("— p. 6", 0),
    ]


def test_fit_shortens_with_an_ellipsis_and_never_parts_a_letter_from_its_marks() -> None:
    name = unicodedata.normalize("NFD", "Nguyễn Văn Thắng")
    full = text_runs.width([(name, REGULAR)], 11)
    assert text_runs.fit(name, REGULAR, 11, full) == name
    for room in range(8, int(full)):
        cut = text_runs.fit(name, REGULAR, 11, room)
        assert text_runs.width([(cut, REGULAR)], 11) <= room
        if cut:
            assert cut.endswith(ELLIPSIS)
            kept = cut.removesuffix(ELLIPSIS)
            following = name[len(kept) :].lstrip()
            assert name.startswith(kept) and unicodedata.category(following[0]) != "Mn"


def test_wrap_breaks_at_spaces_and_between_ideographs() -> None:
    spans = [
        ("Case: ", BOLD),
        ("张伟的申请材料和银行对账单以及雇主证明信 and a long English title", REGULAR),
    ]
    lines = text_runs.wrap(spans, 14, 200)
    assert len(lines) > 2
    assert all(text_runs.width(line, 14) <= 200 for line in lines)
    assert lines[0][0] == ("Case: ", BOLD)
    words = " ".join("".join(t for t, _ in line) for line in lines).split()
    assert "English" in words and "title" in words  # Latin words are never split
    assert "".join("".join(t for t, _ in line) for line in lines).replace(" ", "") == "".join(
        t for t, _ in spans
    ).replace(" ", "")


def test_a_word_far_wider_than_a_line_is_cut_into_as_many_lines_as_it_needs() -> None:
    word = "W" * 1200  # one letter a line: as deep as a recursion per line could never go

    lines = text_runs.wrap([("Name: ", BOLD), (word, REGULAR)], 12, 14)

    assert len(lines) >= 1200
    assert all(text_runs.width(line, 12) <= 14 for line in lines[1:])
    assert "".join(t for line in lines for t, _ in line).replace(" ", "") == "Name:" + word


def test_a_character_no_font_has_is_drawn_as_a_box_not_an_error(tmp_path: Path) -> None:
    canvas = fonts.canvas(tmp_path / "box.pdf")
    width = text_runs.line(canvas, 40, 800, [("Name: \U00013000", REGULAR)], 12)
    canvas.save()
    assert width > 0


def test_text_is_drawn_as_typed_never_read_as_markup_or_control(tmp_path: Path) -> None:
    canvas = fonts.canvas(tmp_path / "plain.pdf")
    text_runs.line(canvas, 40, 800, [("<b>Smith & Sons</b>\tLtd\n", REGULAR)], 12)
    canvas.save()
    assert _text_of(tmp_path / "plain.pdf") == ["<b>Smith & Sons</b> Ltd"]


def _pages_of_lines(out: Path, *, forget: bool) -> bytes:
    """Three pages of the same lines, in every kind of run; ``forget`` has reportlab build each
    text object afresh instead of drawing a run the canvas drew before again."""
    canvas = fonts.canvas(out)
    lines = [
        [("Name: ", BOLD), ("محمد 12 علي", REGULAR)],  # right to left, with ActualText
        [("A · BANK STATEMENTS", BOLD)],  # kerned
        [("김민준 तमिल", BOLD)],  # emboldened
    ]
    for page in range(3):
        for i, spans in enumerate(lines):
            for invisible in (False, True):
                if forget:
                    text_runs._DRAWN.clear()
                y = 800 - 20 * i - 100 * invisible
                text_runs.line(canvas, 40 + page, y, spans, 10 + i, invisible=invisible)
        canvas.showPage()
    canvas.save()
    return out.read_bytes()


def test_a_run_drawn_again_is_written_as_reportlab_writes_it(tmp_path: Path) -> None:
    again = _pages_of_lines(tmp_path / "again.pdf", forget=False)
    assert again == _pages_of_lines(tmp_path / "fresh.pdf", forget=True)


def test_a_canvas_keeps_the_runs_it_draws_on_every_page_and_lets_the_others_pass(
    tmp_path: Path,
) -> None:
    canvas = fonts.canvas(tmp_path / "many.pdf")
    for n in range(3 * text_runs.DRAWN_KEPT):
        text_runs.line(canvas, 40, 40, [("A · BANK STATEMENTS", BOLD)], 9)
        text_runs.line(canvas, 400, 40, [(f"page {n} of 900", BOLD)], 9)
    kept = text_runs._DRAWN[canvas]
    assert len(kept) == text_runs.DRAWN_KEPT
    assert any(run.text == "A · BANK STATEMENTS" for run, _, _ in kept)

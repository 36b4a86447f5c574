"""A document's own nature outweighs a mention of 221(g), and a 221(g) notice is only suggested
on the notice's own wording or layout — held to its precision target on a labelled set."""

from __future__ import annotations

from benchmarks import kind_precision
from benchmarks.kind_corpus import documents
from desktop_app.domain.kind_reading import suggest_kind

EMAIL = (
    "From: Consular Section <support-manila@example.org>\nSubject: Your 221(g) slip\n"
    "Sent: 9 September 2026\n\nDear Applicant,\nYour application was refused under Section "
    "221(g). Please send the documents ticked on your slip. Do not reply to this email."
)
INSTRUCTIONS = (
    "Instructions for applicants refused under Section 221(g)\nPlease follow these steps:\n"
    "Step 1: put the 221(g) letter on top.\nStep 2: drop the envelope at the center."
)


def test_an_email_about_the_slip_is_a_consulate_email_and_says_why() -> None:
    found = suggest_kind(EMAIL)
    assert found is not None and found.kind == "consulate_email"
    assert "it mentions 221(g), but only the notice's own wording" in found.reason


def test_an_email_body_saved_as_an_email_is_an_email() -> None:
    body = EMAIL.split("\n\n", 1)[1]
    assert suggest_kind(body, media_type="message/rfc822").kind == "consulate_email"


def test_the_instructions_attached_to_it_are_no_slip() -> None:
    assert suggest_kind(INSTRUCTIONS).kind == "instructions"


def test_a_mere_mention_of_221g_suggests_nothing() -> None:
    assert suggest_kind("Re: 221(g) — see attached.") is None


def test_the_notice_s_own_wording_makes_a_notice() -> None:
    found = suggest_kind("Your visa application is refused under Section 221 (g) of the Act.")
    assert found is not None and found.kind == "notice_221g" and not found.reason


def test_a_slip_s_tick_boxes_make_a_notice_even_with_few_words() -> None:
    slip = (
        "U.S. CONSULATE GENERAL MUMBAI\n221(g)\n[X] Bank statements\n[ ] Police clearance\n"
        "[X] Employment letter\n"
    )
    found = suggest_kind(slip)
    assert found is not None and found.kind == "notice_221g"
    assert "[X] Bank statements" in found.evidence


def test_a_checklist_with_nothing_ticked_is_no_slip() -> None:
    sheet = "Guidelines\n221(g) checklist\n[ ] Passport\n[ ] 221(g) letter\n[ ] Photographs\n"
    found = suggest_kind(sheet)
    assert found is None or found.kind != "notice_221g"


def test_the_labelled_set_is_large_and_varied_enough() -> None:
    docs = documents()
    assert len(docs) >= 60
    assert {d.kind for d in docs} >= {
        "notice_221g",
        "consulate_email",
        "instructions",
        "employment_letter",
        "bank_statement",
        "police_certificate",
        "civil_document",
        "passport_copy",
        "other",
    }
    assert any(d.name.endswith("(OCR)") and d.kind == "notice_221g" for d in docs)


def test_the_221g_notice_meets_its_precision_target_on_the_labelled_set() -> None:
    table, wrong = kind_precision.scores(documents())
    notice = next(s for s in table if s.kind == kind_precision.NOTICE)
    taken_for_notice = [d.name for d, guess in wrong if guess == kind_precision.NOTICE]
    assert notice.precision >= kind_precision.TARGET, taken_for_notice
    assert notice.recall >= 0.8

"""Packet options as typed on the command line or kept in a JSON file."""

from __future__ import annotations

import pytest

from desktop_app.domain.packet_options import (
    PacketOptions,
    budget_bytes,
    options_from_data,
    options_from_json,
    paper_for_post,
    parse_label,
    settings_of,
)
from desktop_app.errors import InvalidInputError


def test_a_label_is_a_key_and_its_text() -> None:
    assert parse_label("3=Payslips, ACME = Manila") == ("3", "Payslips, ACME = Manila")
    assert parse_label(" bank_statement = BPI ") == ("bank_statement", "BPI")
    for bad in ("3", "=x", "3="):
        with pytest.raises(InvalidInputError):
            parse_label(bad)


def test_a_json_file_gives_every_option_and_flags_win_over_it() -> None:
    text = (
        '{"paper": "a4", "duplex": true, "order": [7, 3], "labels": {"3": "Payslips"},'
        ' "max_mb": 3, "shrink": true, "bates": "S-", "documents": [1, 3, 7]}'
    )
    options = options_from_json(text, paper="letter", duplex=None)
    assert options == PacketOptions(
        paper="letter",
        duplex=True,
        document_ids=(1, 3, 7),
        order=(7, 3),
        labels={"3": "Payslips"},
        max_bytes=3_000_000,
        shrink=True,
        bates_prefix="S-",
    )
    assert options.record()["order"] == [7, 3]


@pytest.mark.parametrize(
    "text", ["[1]", "{", '{"colour": "red"}', '{"order": ["x"]}', '{"paper": "legal"}']
)
def test_a_bad_options_file_is_one_clear_sentence(text: str) -> None:
    with pytest.raises(InvalidInputError):
        options_from_json(text)


def test_megabytes_are_decimal_as_mail_clients_count_them() -> None:
    assert budget_bytes(2.5) == 2_500_000
    assert budget_bytes(None) is None
    with pytest.raises(InvalidInputError):
        PacketOptions(max_bytes=1000)


def test_excluded_documents_and_generated_pages_come_from_the_options_file() -> None:
    options = options_from_json('{"exclude": [5, 6], "cover": false, "tabs": false}')
    assert options.excluded == (5, 6)
    assert (options.cover, options.index, options.tabs) == (False, True, False)
    assert options.record()["excluded"] == [5, 6]


@pytest.mark.parametrize(
    ("post", "paper"),
    [
        ("U.S. Embassy New Delhi", "a4"),
        ("U.S. Consulate General Frankfurt", "a4"),
        ("U.S. Embassy Manila", "letter"),
        ("Embajada de los Estados Unidos, Bogotá", "letter"),
        ("U.S. Consulate General Toronto", "letter"),
        ("", "letter"),
    ],
)
def test_a_case_takes_its_paper_from_the_posts_country(post: str, paper: str) -> None:
    assert paper_for_post(post) == paper


def test_saved_settings_read_back_as_the_same_options() -> None:
    options = PacketOptions(
        paper="a4",
        duplex=True,
        order=(3, 1),
        labels={"3": "Payslips"},
        max_bytes=3_000_000,
        excluded=(5,),
        tabs=False,
        bates_prefix="S-",
    )
    assert options_from_data(settings_of(options)) == options
    assert "documents" not in settings_of(PacketOptions(document_ids=(1, 2)))


def test_the_file_wins_over_the_saved_settings_and_the_flags_over_both() -> None:
    saved = PacketOptions(paper="a4", duplex=True, excluded=(5,))
    options = options_from_json('{"duplex": false}', saved, excluded=(6,))
    assert (options.paper, options.duplex, options.excluded) == ("a4", False, (6,))

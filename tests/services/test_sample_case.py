"""The sample case opens, checks clean, tells a coherent story and rebuilds identically."""

from __future__ import annotations

from pathlib import Path

from desktop_app.services import applicants, documents, events, integrity, sample_case


def test_the_sample_case_is_a_family_with_a_221g_story(tmp_path: Path) -> None:
    case = sample_case.build_sample_case(tmp_path / "sample.visacase")
    try:
        assert integrity.find_problems(case) == []
        people = applicants.list_applicants(case)
        assert [(p.name, p.role) for p in people] == [
            ("Maria L. Santos", "principal"),
            ("Daniel R. Santos", "dependent"),
        ]
        kinds = {d.kind for d in documents.list_documents(case)}
        assert {"notice_221g", "employment_letter", "bank_statement", "consulate_email"} <= kinds
        statuses = [e for e in events.list_events(case) if e.kind == "ceac_status"]
        assert statuses
        assert all("adjudicated and refused" in e.payload["text"] for e in statuses)
    finally:
        case.close()


def test_rebuilding_the_sample_gives_the_same_documents(tmp_path: Path) -> None:
    hashes = []
    for name in ("one.visacase", "two.visacase"):
        case = sample_case.build_sample_case(tmp_path / name)
        hashes.append([d.sha256 for d in documents.list_documents(case)])
        case.close()
    assert hashes[0] == hashes[1]


def test_the_user_gets_a_private_copy_built_once(tmp_path: Path) -> None:
    first = sample_case.sample_case_path()
    stamp = first.stat().st_mtime_ns

    assert first.is_relative_to(Path.home())
    assert sample_case.sample_case_path() == first
    assert first.stat().st_mtime_ns == stamp
    assert not list(first.parent.glob("*.part"))

"""The PyInstaller spec, evaluated for Linux, Windows and macOS with the platform faked.

Only Linux is built here (test_linux_build.py); the Windows and macOS branches run first on CI's
hosted machines. This evaluates the real spec with stand-ins for PyInstaller's build steps, so
what each system's build would be given — Tesseract and its English data, every command module,
the licences, the icons, the bundle identifier — is checked on every run.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Any

import pytest
from PyInstaller.utils import hooks

from desktop_app import messages
from desktop_app.cli import COMMAND_MODULES
from desktop_app.gui.app.startup import APP_ID

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import bundle_parts  # noqa: E402


class Step:
    """A stand-in for one of PyInstaller's build steps: it keeps what the spec gave it."""

    made: dict[str, Step]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure = self.scripts = []
        Step.made[type(self).__name__] = self


STEPS = {name: type(name, (Step,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}


def _file(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def fake_tesseract(system: str, top: Path) -> Path:
    """Tesseract laid out as each system's usual installer lays it out."""
    if system == "win32":
        program = _file(top / "Tesseract-OCR" / "tesseract.exe")
        _file(program.parent / "libtesseract-5.dll")
        _file(program.parent / "libleptonica-6.dll")
        tessdata = program.parent / "tessdata"
    elif system == "darwin":  # Homebrew's Cellar
        program = _file(top / "Cellar" / "tesseract" / "5.5.1" / "bin" / "tesseract")
        tessdata = program.parent.parent / "share" / "tessdata"
    else:  # Debian and Ubuntu
        program = _file(top / "usr" / "bin" / "tesseract")
        tessdata = top / "usr" / "share" / "tesseract-ocr" / "5" / "tessdata"
    _file(tessdata / "eng.traineddata")
    _file(tessdata / "configs" / "tsv")
    return program


@pytest.fixture(scope="module", autouse=True)
def collected_once():
    """collect_submodules imports packages in a child Python; ask it once per package."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(hooks, "collect_submodules", functools.cache(hooks.collect_submodules))
        yield


def evaluate_spec(system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Step]:
    program = fake_tesseract(system, tmp_path / "tesseract-install")
    monkeypatch.setattr(bundle_parts, "find_tesseract", lambda _system: program)
    monkeypatch.delenv("TESSDATA_PREFIX", raising=False)
    monkeypatch.setattr(sys, "platform", system)
    Step.made = {}
    spec = ROOT / "packaging" / "visacase.spec"
    code = compile(spec.read_text(), str(spec), "exec")
    exec(code, {**STEPS, "SPECPATH": str(spec.parent), "workpath": str(tmp_path / "work")})
    monkeypatch.setattr(sys, "platform", "linux")
    return Step.made


def _destinations(entries: list[tuple[str, str]], under: str) -> set[str]:
    return {Path(source).name for source, target in entries if target == under}


@pytest.mark.parametrize("system", ["linux", "win32", "darwin"])
def test_every_system_bundles_tesseract_english_and_its_configs(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = evaluate_spec(system, tmp_path, monkeypatch)["Analysis"].kwargs
    datas, binaries = analysis["datas"], analysis["binaries"]
    assert "eng.traineddata" in _destinations(datas, "tesseract/tessdata")
    assert "configs" in _destinations(datas, "tesseract/tessdata/configs")
    program = "tesseract.exe" if system == "win32" else "tesseract"
    if system == "win32":  # copied with the installer's DLLs, where Windows looks for them
        assert binaries == []
        assert {program, "libtesseract-5.dll", "libleptonica-6.dll"} <= _destinations(
            datas, "tesseract"
        )
    else:  # analysed, so PyInstaller collects (and on macOS relinks) its libraries
        assert _destinations(binaries, "tesseract") == {program}


@pytest.mark.parametrize("system", ["linux", "win32", "darwin"])
def test_every_system_bundles_each_command_module_the_migrations_and_the_licences(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    analysis = evaluate_spec(system, tmp_path, monkeypatch)["Analysis"].kwargs
    hidden = set(analysis["hiddenimports"])
    assert {f"desktop_app.cli.{name}" for name in COMMAND_MODULES} <= hidden
    assert not any(".migrations" in name for name in hidden)  # files for alembic, not modules
    migrations = {p.name for p in (ROOT / "desktop_app/store/migrations/versions").glob("*.py")}
    assert migrations <= _destinations(analysis["datas"], "desktop_app/store/migrations/versions")
    assert {"LICENSE", "THIRD-PARTY-NOTICES.txt"} <= _destinations(analysis["datas"], ".")
    assert "extract-msg" in (tmp_path / "work" / "THIRD-PARTY-NOTICES.txt").read_text()


@pytest.mark.parametrize("system", ["linux", "win32", "darwin"])
def test_every_system_bundles_the_compiled_messages_of_every_language(
    system: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    datas = evaluate_spec(system, tmp_path, monkeypatch)["Analysis"].kwargs["datas"]
    for language in messages.LANGUAGES:
        folder = f"resources/locale/{language}/LC_MESSAGES"
        assert _destinations(datas, folder) == {"visacase.mo"}  # the .po stays behind
        assert (ROOT / folder / "visacase.mo").is_file()


def test_windows_gets_a_console_that_hides_itself_and_the_ico(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = evaluate_spec("win32", tmp_path, monkeypatch)
    exe = made["EXE"].kwargs
    assert (exe["console"], exe["hide_console"], exe["strip"]) == (True, "hide-early", False)
    assert exe["icon"].endswith("visacase.ico")
    assert "BUNDLE" not in made


def test_macos_gets_an_app_bundle_named_by_the_app_id_that_opens_case_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = evaluate_spec("darwin", tmp_path, monkeypatch)
    assert made["EXE"].kwargs["icon"].endswith("visacase.icns")
    bundle = made["BUNDLE"].kwargs
    assert bundle["bundle_identifier"] == APP_ID
    (case_type,) = bundle["info_plist"]["UTExportedTypeDeclarations"]
    assert case_type["UTTypeTagSpecification"]["public.filename-extension"] == ["visacase"]


def test_linux_is_stripped_and_has_no_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    made = evaluate_spec("linux", tmp_path, monkeypatch)
    assert made["EXE"].kwargs["strip"] and made["COLLECT"].kwargs["strip"]
    assert "BUNDLE" not in made


def test_a_build_machine_without_english_tesseract_data_stops_the_build(tmp_path: Path) -> None:
    program = _file(tmp_path / "bin" / "tesseract")
    with pytest.raises(bundle_parts.NoTesseract, match=r"no eng\.traineddata"):
        bundle_parts.tesseract_parts("linux", program)


def test_the_posts_languages_go_in_where_the_build_machine_has_them(tmp_path: Path) -> None:
    program = fake_tesseract("linux", tmp_path)
    tessdata = tmp_path / "usr" / "share" / "tesseract-ocr" / "5" / "tessdata"
    for lang in ("spa", "hin"):
        _file(tessdata / f"{lang}.traineddata")
    _, datas = bundle_parts.tesseract_parts("linux", program)
    names = {Path(source).name for source, _ in datas}
    assert {"eng.traineddata", "spa.traineddata", "hin.traineddata"} <= names
    assert "vie.traineddata" not in names

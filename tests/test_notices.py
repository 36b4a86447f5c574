"""The third-party notices list what VisaCase needs at run time, with each licence and its text."""

from __future__ import annotations

from email.message import Message
from importlib import metadata

from desktop_app import notices


def _names() -> set[str]:
    return {d.metadata["Name"].lower().replace("_", "-") for d in notices.shipped_distributions()}


def test_the_runtime_closure_includes_dependencies_of_dependencies() -> None:
    names = _names()
    assert {"extract-msg", "pikepdf", "pyside6-essentials", "sqlalchemy"} <= names
    assert "shiboken6" in names  # needed by PySide6, not named by VisaCase itself


def test_development_tools_from_extras_are_not_shipped_so_not_listed() -> None:
    assert not {"pytest", "ruff", "pyinstaller", "hypothesis", "visacase"} & _names()


class _Dist(metadata.Distribution):
    def __init__(self, **fields: str | list[str]) -> None:
        self._meta = Message()
        for key, value in fields.items():
            for item in value if isinstance(value, list) else [value]:
                self._meta[key.replace("_", "-")] = item

    @property
    def metadata(self) -> Message:  # type: ignore[override]
        return self._meta

    def read_text(self, filename: str) -> str | None:
        return None

    def locate_file(self, path: str):  # type: ignore[no-untyped-def]
        raise FileNotFoundError(path)


def test_a_licence_is_its_spdx_expression_else_a_short_field_else_its_classifiers() -> None:
    assert notices.licence_of(_Dist(License_Expression="MPL-2.0", License="x")) == "MPL-2.0"
    assert notices.licence_of(_Dist(License="BSD")) == "BSD"
    classified = _Dist(
        License="a whole licence text\nover many lines",
        Classifier=["License :: OSI Approved :: MIT License", "Topic :: Office"],
    )
    assert notices.licence_of(classified) == "MIT License"


def test_the_text_names_the_app_licence_and_every_non_python_part() -> None:
    text = notices.render([])
    assert "GNU General Public License, version 3 or later" in text
    for part in ("Qt 6", "Tesseract OCR (with Leptonica)", "PyInstaller bootloader", "Python"):
        assert f"\n{part}: " in text

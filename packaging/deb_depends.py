"""The ``Depends:`` line of the .deb: the system packages whose libraries the built app links.

PyInstaller bundles almost every library, but leaves out the ones that must come from the system
(the C library, OpenGL/EGL, which belong to the graphics driver). Every ELF file in the app
folder is asked for the sonames it needs (``objdump -p``); those the folder does not carry are
looked up in the linker cache and dpkg's file list. ``fontconfig`` is added by hand: Qt needs its
configuration, not just its library. The C library gets the build machine's version as a floor,
since binaries built against it do not run on an older one.

    python3 packaging/deb_depends.py packaging/dist/VisaCase   ->  fontconfig, libc6 (>= 2.36), ...
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ALWAYS = ("fontconfig",)
ELF_MAGIC = b"\x7fELF"


def needed_sonames(files: Iterable[Path]) -> set[str]:
    needed: set[str] = set()
    for path in files:
        dump = subprocess.run(["objdump", "-p", path], capture_output=True, text=True, check=False)
        needed |= set(re.findall(r"NEEDED\s+(\S+)", dump.stdout))
    return needed


def elf_files(app: Path) -> list[Path]:
    files = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink()]
    return [p for p in files if _starts_with(p, ELF_MAGIC)]


def _starts_with(path: Path, magic: bytes) -> bool:
    with path.open("rb") as file:
        return file.read(len(magic)) == magic


def system_library_paths() -> dict[str, Path]:
    """soname → path, from the linker cache (64-bit x86 entries only)."""
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    found: dict[str, Path] = {}
    for name, flags, path in re.findall(r"^\s*(\S+) \(([^)]*)\) => (\S+)$", cache, re.MULTILINE):
        if "x86-64" in flags:
            found.setdefault(name, Path(path))
    return found


def owning_package(library: Path) -> str:
    """The package that installed ``library`` (tried as found, resolved, and under /usr)."""
    candidates = [library, library.resolve(), Path("/usr") / library.relative_to("/")]
    for candidate in candidates:
        owner = subprocess.run(
            ["dpkg-query", "-S", str(candidate)], capture_output=True, text=True, check=False
        )
        if owner.returncode == 0:
            return owner.stdout.split(":")[0].strip()
    raise SystemExit(f"deb_depends.py: no package owns {library}")


def package_version(package: str) -> str:
    shown = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True, check=True
    )
    return shown.stdout.split("-")[0]


def depends(app: Path) -> list[str]:
    files = elf_files(app)
    bundled = {p.name for p in app.rglob("*")}
    missing = needed_sonames(files) - bundled
    paths = system_library_paths()
    unknown = sorted(m for m in missing if m not in paths)
    if unknown:
        raise SystemExit(f"deb_depends.py: libraries neither bundled nor installed: {unknown}")
    packages = {owning_package(paths[m]) for m in missing} | set(ALWAYS)
    return [f"{p} (>= {package_version(p)})" if p == "libc6" else p for p in sorted(packages)]


if __name__ == "__main__":
    print(", ".join(depends(Path(sys.argv[1]))))

"""Entry point of the packaged app: the same ``visacase`` command, frozen.

Every build carries Tesseract and its English data (see bundle_parts.py); putting that folder
first on PATH and pointing TESSDATA_PREFIX at its data lets OCR find them exactly as it finds an
installed Tesseract, so a machine without Tesseract still reads scans. Nothing is compiled to
``__pycache__`` inside the app folder (alembic imports the migrations from files): installed
under /opt by a package, the folder must hold exactly what the package put there.
``--version`` alone is answered before the command line loads: building the full parser imports
every command's services (SQLAlchemy, pikepdf, reportlab), a second of work to print one line.
The helper processes (``desktop_app.child_process``: the file reader, the packet's assembly) are
this same program started with ``--child``: they serve their parent and never load the command
line.
"""

import os
import sys
from pathlib import Path

from desktop_app import __version__, child_process

if sys.argv[1:] == ["--version"]:
    print(f"VisaCase {__version__}")
    raise SystemExit(0)

sys.dont_write_bytecode = True
bundled_tesseract = Path(getattr(sys, "_MEIPASS", "")) / "tesseract"
if getattr(sys, "frozen", False) and (bundled_tesseract / "tessdata").is_dir():
    os.environ["PATH"] = os.pathsep.join([str(bundled_tesseract), os.environ.get("PATH", "")])
    os.environ["TESSDATA_PREFIX"] = str(bundled_tesseract / "tessdata")

if sys.argv[1:] == [child_process.CHILD_FLAG]:  # a helper process starts here
    child_process.serve()
    raise SystemExit(0)

from desktop_app.cli import main  # noqa: E402 - a helper process above needs none of it

raise SystemExit(main())

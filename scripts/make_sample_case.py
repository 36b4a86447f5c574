"""Write ``resources/sample.visacase``, the fictional sample case, from code.

The app builds the same case on demand (``visacase --sample``); this script puts a copy next to
the sources for people who want to open it with another tool or attach it to a bug report.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.services.sample_case import build_sample_case

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "sample.visacase"
    target.unlink(missing_ok=True)
    build_sample_case(target).close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``python -m desktop_app`` behaves exactly like the ``visacase`` command."""

from desktop_app.cli import main

raise SystemExit(main())

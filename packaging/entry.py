"""Entry point of the packaged app: the same ``visacase`` command, frozen."""

from desktop_app.cli import main

raise SystemExit(main())

"""Run ``visacase`` with the network taken away: any IP socket or name lookup raises.

Used as ``python tests/privacy/no_network.py ARGS…``. Local sockets (AF_UNIX, which worker
processes use to talk to each other) stay allowed; anything that could reach another machine is a
hard error that fails the command. With ``VISACASE_LOADED_REPORT=FILE`` it also writes, as JSON,
which of the ``WATCHED`` modules the command had loaded by the time it ended.
"""

from __future__ import annotations

import json
import os
import socket
import sys

REAL_SOCKET = socket.socket
WATCHED = (
    "ssl",
    "http.client",
    "urllib.request",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "asyncio",
)


class NetworkUsedError(RuntimeError):
    pass


class GuardedSocket(REAL_SOCKET):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family in (socket.AF_INET, socket.AF_INET6, -1):
            raise NetworkUsedError(f"VisaCase tried to open a network socket (family {family})")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _refuse(*_args: object, **_kwargs: object) -> object:
    raise NetworkUsedError("VisaCase tried to reach the network")


socket.socket = GuardedSocket  # type: ignore[misc]
socket.create_connection = _refuse  # type: ignore[assignment]
socket.getaddrinfo = _refuse  # type: ignore[assignment]
socket.gethostbyname = _refuse  # type: ignore[assignment]

if __name__ == "__main__":
    from desktop_app.cli import main

    code = main(sys.argv[1:])
    if os.environ.get("VISACASE_LOADED_REPORT"):
        with open(os.environ["VISACASE_LOADED_REPORT"], "w", encoding="utf-8") as report:
            json.dump(sorted(m for m in WATCHED if m in sys.modules), report)
    raise SystemExit(code)

"""Run ``visacase`` with the network taken away: any IP socket or name lookup raises.

Used as ``python tests/privacy/no_network.py ARGS…``. Local sockets (AF_UNIX, which worker
processes use to talk to each other) stay allowed; anything that could reach another machine is a
hard error that fails the command.
"""

from __future__ import annotations

import socket
import sys

REAL_SOCKET = socket.socket


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

    raise SystemExit(main(sys.argv[1:]))

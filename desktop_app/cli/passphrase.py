"""Getting a case file's passphrase on the command line without putting it in shell history.

Scripts set ``VISACASE_PASSPHRASE``; people at a terminal are asked without echo. There is no
``--passphrase`` option on purpose: it would end up in shell history and process lists.
"""

from __future__ import annotations

import getpass
import os
import sys

from desktop_app.errors import PassphraseError
from desktop_app.messages import _

ENV = "VISACASE_PASSPHRASE"


def ask(prompt: str = "Passphrase: ", *, confirm: bool = False) -> str:
    if ENV in os.environ:
        return os.environ[ENV]
    if not sys.stdin.isatty():
        raise PassphraseError(
            _(
                "This needs the case file's passphrase: set {variable} or run it in a terminal."
            ).format(variable=ENV),
            needed=True,
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again, to be sure: ") != first:
        raise PassphraseError(_("The two passphrases differ; nothing was created."))
    return first

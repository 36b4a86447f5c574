"""The errors a user can do something about.

Every layer raises a :class:`UserFacingError` (or a subclass) for failures that are expected in
real use — a file that is not a case file, a locked case, an encrypted PDF — carrying one sentence a
person understands. The CLI prints that sentence on one line and exits non-zero; the GUI shows it in
a dialog. Anything else is a bug and goes to the crash handler instead.
"""

import struct


class UserFacingError(Exception):
    """An expected failure, worded for the person using the app."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class CaseFileError(UserFacingError):
    """The case file cannot be opened or written as asked."""


class NotACaseFileError(CaseFileError):
    """The file is not a VisaCase case file (or is damaged beyond recognition)."""


class CaseFileLockedError(CaseFileError):
    """Another VisaCase window or command already has the case file open for writing."""


class CaseFileTooNewError(CaseFileError):
    """The case file was written by a newer VisaCase than this one."""


class CaseFileReadOnlyError(CaseFileError):
    """The case file was opened read-only and a change was asked for."""


class CaseFileGoneError(CaseFileError):
    """The open case file was deleted, moved or replaced by another file behind VisaCase's back."""


class PassphraseError(CaseFileError):
    """A protected case file needs its passphrase, or the one given is wrong."""

    def __init__(self, message: str, *, needed: bool = False) -> None:
        super().__init__(message)
        self.needed = needed


class NotFoundError(UserFacingError):
    """A document, applicant or event id does not exist in the case."""


class InvalidInputError(UserFacingError):
    """A value given by the user does not fit (a bad date, an unknown kind, …)."""


class DamagedDocumentError(CaseFileError):
    """A document's stored bytes no longer hash to what was imported."""


DECODER_ERRORS = (
    OSError,
    struct.error,  # Pillow reading an EXIF block that is cut short
    ValueError,
    SyntaxError,
    EOFError,
    KeyError,
    TypeError,
    IndexError,
    AssertionError,
    ZeroDivisionError,
    MemoryError,
)
"""What image and PDF libraries raise on hostile or broken files besides their own errors."""

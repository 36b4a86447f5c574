"""VisaCase: one local case file per US visa refusal, a status timeline and a labelled packet."""

__version__ = "0.1.0"

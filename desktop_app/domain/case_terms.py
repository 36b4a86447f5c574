"""The fixed terms of a case: the kinds of refusal, the applicants' roles, the passphrase rule.

They live in the domain, apart from the services that check them, so that the command line can
offer them as choices, and the new-case dialog can check a passphrase, without loading the
storage layer.
"""

REFUSAL_TYPES = ("221g", "214b", "other", "unknown")
ROLES = ("principal", "dependent")
MIN_PASSPHRASE = 8

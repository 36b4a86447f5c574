"""The fixed words a case is described with: the kinds of refusal and the applicants' roles.

They live in the domain, apart from the services that check them, so that the command line can
offer them as choices without loading the storage layer.
"""

REFUSAL_TYPES = ("221g", "214b", "other", "unknown")
ROLES = ("principal", "dependent")

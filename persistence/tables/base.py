"""The one MetaData (with its naming convention) and the data-inventory classifications.

Each column carries `info={"classification": ...}` for the data inventory:
"personal" (ordinary personal data), "secret" (hashes of credentials), "special" (art. 9/10 GDPR),
"bsn", "internal".
"""

from __future__ import annotations

from sqlalchemy import MetaData

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

INTERNAL = {"classification": "internal"}
PERSONAL = {"classification": "personal"}
SECRET = {"classification": "secret"}
SPECIAL = {"classification": "special"}  # art. 9/10 GDPR: beliefs, suspected criminal behaviour, health
BSN = {"classification": "bsn"}

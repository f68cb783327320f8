from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json

_CONTACTS = "protocolSection.contactsLocationsModule.centralContacts."


class CentralContacts(ChildTable):
    """One row per central contact of a trial: whom to ask about enrolling, for every site (key nct_id, ordinal); JSON and API sources only."""

    name: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_CONTACTS}name"), description="Contact's name.")
    role: Optional[str] = pa.Field(
        nullable=True, isin=codes.CONTACT_ROLE, metadata=from_json(f"{_CONTACTS}role"), description="Contact role code (CONTACT ...)."
    )
    phone: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_CONTACTS}phone"), description="Telephone number.")
    phone_ext: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_CONTACTS}phoneExt"), description="Telephone extension.")
    email: Optional[str] = pa.Field(nullable=True, metadata=from_json(f"{_CONTACTS}email"), description="E-mail address.")

    class Config:
        name = "central_contacts"
        metadata = {"grain": "one row per central contact of a trial"}
        description = "One row per central contact of a trial (whom to ask about enrolling, whatever the site); JSON and API sources only."

from typing import Optional

import pandera.polars as pa
import polars as pl

from contracts import codes
from contracts.base import ChildTable, from_json, refers_to


class SiteContacts(ChildTable):
    """One row per contact person of a trial site (key nct_id, ordinal); JSON and API sources only."""

    site_ordinal: pl.Int32 = refers_to("sites", "The site (sites.ordinal of the same trial) the contact belongs to.")
    name: Optional[str] = pa.Field(
        nullable=True, metadata=from_json("protocolSection.contactsLocationsModule.locations.contacts.name"), description="Contact's name."
    )
    role: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.CONTACT_ROLE,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.contacts.role"),
        description="Contact role code (CONTACT, PRINCIPAL_INVESTIGATOR ...).",
    )
    phone: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.contacts.phone"),
        description="Telephone number.",
    )
    phone_ext: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.contacts.phoneExt"),
        description="Telephone extension.",
    )
    email: Optional[str] = pa.Field(
        nullable=True, metadata=from_json("protocolSection.contactsLocationsModule.locations.contacts.email"), description="E-mail address."
    )

    class Config:
        name = "site_contacts"
        metadata = {"grain": "one row per contact person of a trial site"}
        description = "One row per contact person of a trial site; JSON and API sources only."

from typing import Optional

import pandera.polars as pa

from contracts import codes
from contracts.base import ChildTable, from_json


class Sites(ChildTable):
    """One row per trial site (key nct_id, ordinal)."""

    facility: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.facility"),
        description="Facility name; NULL when the registry shows none ('Research Site').",
    )
    city: Optional[str] = pa.Field(
        nullable=True, metadata=from_json("protocolSection.contactsLocationsModule.locations.city"), description="City of the site."
    )
    state: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.state"),
        description="State or region; NULL when the registry gives none.",
    )
    country: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.country"),
        description="Country name as the registry spells it.",
    )
    status: Optional[str] = pa.Field(
        nullable=True,
        isin=codes.SITE_STATUS,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.status"),
        description="Site recruitment status code; NULL when not known.",
    )
    zip: Optional[str] = pa.Field(
        nullable=True,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.zip"),
        description="Postal code of the site; JSON and API sources only.",
    )
    latitude: Optional[float] = pa.Field(
        nullable=True,
        ge=-90,
        le=90,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.geoPoint.lat"),
        description="Latitude of the site (WGS 84 degrees); JSON and API sources only.",
    )
    longitude: Optional[float] = pa.Field(
        nullable=True,
        ge=-180,
        le=180,
        metadata=from_json("protocolSection.contactsLocationsModule.locations.geoPoint.lon"),
        description="Longitude of the site (WGS 84 degrees); JSON and API sources only.",
    )

    class Config:
        name = "sites"
        metadata = {"grain": "one row per site of a trial"}
        description = "One row per trial site."

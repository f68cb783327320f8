"""What one input may cost: the limits every record is held to before the expensive step.

Each limit is checked before the work it protects (reading, inflating, decoding, loading), so a
hostile or broken input costs at most the limit, and is quarantined with the limit named.
The largest real registry records are a few hundred KiB (NCT02552212, with its posted results,
is 218 KiB of JSON); an API page of 1,000 studies with results about 100 MiB.
"""

from __future__ import annotations

MiB = 1024 * 1024

# A file, gzip content or API response as read and unpacked: an API page of 1,000 studies, a
# JSON list, a gzipped page. Reading or inflating stops here.
MAX_DOCUMENT_BYTES = 256 * MiB
# One record: a text page, a JSON study (a file, an archive entry, or one study of a page).
# An archive entry is inflated at most this far.
MAX_RECORD_BYTES = 32 * MiB
# One text value of one field (a description, a criteria text, a facility name): longer values
# are stored as NULL, with a quarantine row giving their size and opening words.
MAX_FIELD_BYTES = 1 * MiB
# JSON nesting (objects and arrays inside each other): the decoder (orjson) refuses deeper
# documents at once, without recursing. Real studies nest about a dozen levels.
MAX_JSON_DEPTH = 1024


def size_text(size: int) -> str:
    """``33,554,433 bytes`` or ``256 MiB``: a size for a message."""
    return f"{size // MiB} MiB" if size % MiB == 0 else f"{size:,} bytes"

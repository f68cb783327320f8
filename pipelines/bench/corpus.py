"""Make a corpus of registry records by cloning real ones under new NCT IDs.

Used by the benchmark and by tests that need many files. Two forms: text pages, one per file,
and API v2 JSON, as gzipped pages of 1,000 studies the way ``trials pull`` lands them. Clones
vary: the order of records, optional sections dropped, and the Last Updated date, so the corpus
is not N copies of one size.
"""

from __future__ import annotations

import copy
import gzip
import json
import random
import re
from pathlib import Path

_NCT_LINE = re.compile(r"^NCT ID: NCT\d{8}$", re.MULTILINE)
_UPDATED_LINE = re.compile(r"^Last Updated: (\d{4})-\d{2}-\d{2}$", re.MULTILINE)
_OPTIONAL = ("Detailed Description", "References", "Related Links", "More Related Trials", "Other Intervention Names")


def _drop_section(text: str, heading: str) -> str:
    """Remove one section (heading to the next known heading) from a page."""
    start = text.find(f"\n\n{heading}\n\n")
    if start < 0:
        return text
    rest = text[start + 2 :]
    nxt = re.search(r"\n\n(?:" + "|".join(re.escape(h) for h in _HEADINGS if h != heading) + r")\n\n", rest)
    return text[:start] + ("\n\n" + rest[nxt.start() + 2 :] if nxt else "\n")


_HEADINGS = (
    "Basic Information",
    "Brief Summary",
    "Detailed Description",
    "Conditions",
    "Study Design",
    "Study Groups",
    "Interventions",
    "Other Intervention Names",
    "Eligibility Criteria",
    "Sponsors",
    "Responsible Party",
    "Principal Investigators",
    "Locations",
    "Countries",
    "References",
    "Related Links",
    "Other Identifiers",
    "More Related Trials",
)


def clone_page(text: str, nct_number: int, rng: random.Random) -> str:
    page = _NCT_LINE.sub(f"NCT ID: NCT{nct_number:08d}", text, count=1)
    page = _UPDATED_LINE.sub(lambda m: f"Last Updated: {m[1]}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", page, count=1)
    for heading in _OPTIONAL:
        if rng.random() < 0.25:
            page = _drop_section(page, heading)
    return page


def make_corpus(
    templates: list[Path], out: Path, count: int, seed: int = 7, first_number: int = 90_000_000, per_folder: int = 1000
) -> list[Path]:
    """Write ``count`` pages under ``out`` (``per_folder`` to a subfolder); return their paths."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in templates]
    written = []
    for i in range(count):
        folder = out / f"part-{i // per_folder:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        number = first_number + i
        path = folder / f"NCT{number:08d}.txt"
        path.write_text(clone_page(texts[rng.randrange(len(texts))], number, rng), encoding="utf-8")
        written.append(path)
    return written


# Parts of a study the registry often leaves out, by path: dropped from a quarter of the clones.
_OPTIONAL_JSON = (
    ("protocolSection", "descriptionModule", "detailedDescription"),
    ("protocolSection", "referencesModule"),
    ("protocolSection", "conditionsModule", "keywords"),
    ("protocolSection", "outcomesModule", "secondaryOutcomes"),
    ("derivedSection", "interventionBrowseModule"),
)
STUDIES_PER_PAGE = 1000


def clone_study(study: dict, nct_number: int, rng: random.Random, updated: str | None = None) -> dict:
    clone = copy.deepcopy(study)
    protocol = clone["protocolSection"]
    protocol["identificationModule"]["nctId"] = f"NCT{nct_number:08d}"
    year = protocol["statusModule"].get("lastUpdatePostDateStruct", {}).get("date", "2020")[:4]
    protocol["statusModule"]["lastUpdatePostDateStruct"] = {
        "date": updated or f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "type": "ACTUAL",
    }
    for *parents, leaf in _OPTIONAL_JSON:
        node = clone
        for key in parents:
            node = node.get(key, {})
        if leaf in node and rng.random() < 0.25:
            del node[leaf]
    return clone


def write_api_pages(studies: list[dict], folder: Path) -> list[Path]:
    """Gzipped API v2 pages (``{"studies": [...]}``) of ``STUDIES_PER_PAGE`` studies each."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for first in range(0, len(studies), STUDIES_PER_PAGE):
        path = folder / f"page-{first // STUDIES_PER_PAGE + 1:05d}.json.gz"
        page = {"studies": studies[first : first + STUDIES_PER_PAGE]}
        path.write_bytes(gzip.compress(json.dumps(page).encode(), compresslevel=5))
        written.append(path)
    return written


def make_json_corpus(templates: list[Path], out: Path, count: int, seed: int = 7, first_number: int = 90_000_000) -> list[Path]:
    """Write ``count`` studies cloned from JSON ``templates`` as API pages under ``out/full``."""
    rng = random.Random(seed)
    studies = [json.loads(p.read_text(encoding="utf-8")) for p in templates]
    clones = [clone_study(studies[rng.randrange(len(studies))], first_number + i, rng) for i in range(count)]
    return write_api_pages(clones, out / "full")


def add_json_update(templates: list[Path], out: Path, count: int, every: int = 100, seed: int = 8, first_number: int = 90_000_000) -> int:
    """A day's pull: every ``every``-th study of the corpus again with a later Last Updated, as new
    pages under ``out/update`` (landed pages are never rewritten). Returns the studies written."""
    rng = random.Random(seed)
    studies = [json.loads(p.read_text(encoding="utf-8")) for p in templates]
    updated = [
        clone_study(studies[rng.randrange(len(studies))], first_number + i, rng, updated="2099-12-31") for i in range(0, count, every)
    ]
    write_api_pages(updated, out / "update")
    return len(updated)

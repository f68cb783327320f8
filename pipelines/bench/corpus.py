"""Make a corpus of registry records by cloning real ones under new NCT IDs.

Used by the benchmark and by tests that need many files: text pages, one per file. Clones vary:
the order of records, optional sections dropped, and the Last Updated date, so the corpus is not
N copies of one size. (JSON corpora shaped like the registry: ``registry_corpus.py``.)
"""

from __future__ import annotations

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

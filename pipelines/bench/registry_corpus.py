"""A corpus shaped like the registry: studies cloned from the bundled JSON records under new NCT
IDs, as the bulk archive (``ctg-studies.json.zip``, one study an entry) or as API pages.

Shaped like the real registry, not like 13 short records:

- **sizes**: most clones are the records as they are (6 to 34 KiB of compact JSON); about 1 in
  100 is a large multi-site trial, its locations repeated 20 to 200 times (hundreds of KiB), and
  about 1 in 2,000 a very large one (over a MiB). The average is about 19 KiB.
- **results**: 13% of the clones have a results section (from the records that have one), of
  varied size: their adverse events repeated 1 to 60 times and their outcome measures 1 to 4
  times (``RESULT_SIZES``). That is about 360 result rows a study with results (53 adverse-event
  statistics), the largest 960 statistics, and at the registry's 80,000 studies with results
  about 29 million result rows: the "tens of millions" the registry's result tables hold.
- **varied text**: every clone's summary, title and sites carry words of their own, so that
  compression and caching are not flattered by 600,000 copies of 13 texts.

Cloning works on the records' JSON text with placeholders (no per-clone parse or deep copy),
so 600,000 studies are written in about a minute. Pure: no dagster, no database.
"""

from __future__ import annotations

import copy
import gzip
import json
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

RESULTS_SHARE = 0.13
LARGE_SHARE = 0.01  # locations repeated 20 to 200 times
HUGE_SHARE = 0.0002  # locations repeated 800 times
STUDIES_PER_PAGE = 1000
# (adverse events repeated, outcome measures repeated, share of the clones with results)
RESULT_SIZES = ((1, 1, 0.5), (4, 1, 0.3), (16, 2, 0.17), (60, 4, 0.03))
_NCT, _UPDATED, _WORDS, _SITE = "@@NCT@@", "@@UPDATED@@", "@@WORDS@@", "@@SITE@@"
_SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "bra", "cle", "dri", "fla", "gro", "pla", "stu", "tri")


@dataclass(frozen=True)
class Template:
    text: str  # compact JSON with placeholders
    results: bool


def _vocabulary(rng: random.Random, size: int = 20_000) -> list[str]:
    return ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(size)]


def _repeat(items: list, copies: int) -> list:
    return [copy.deepcopy(item) for _ in range(copies) for item in items]


def _grow_results(study: dict, event_copies: int, outcome_copies: int) -> None:
    results = study.get("resultsSection", {})
    events = results.get("adverseEventsModule", {})
    for key in ("seriousEvents", "otherEvents"):
        if key in events:
            events[key] = _repeat(events[key], event_copies)
    outcomes = results.get("outcomeMeasuresModule", {})
    if "outcomeMeasures" in outcomes:
        outcomes["outcomeMeasures"] = _repeat(outcomes["outcomeMeasures"], outcome_copies)


def _template(study: dict, site_copies: int = 1, event_copies: int = 1, outcome_copies: int = 1) -> Template:
    study = copy.deepcopy(study)
    _grow_results(study, event_copies, outcome_copies)
    protocol = study["protocolSection"]
    protocol["identificationModule"]["nctId"] = _NCT
    protocol["statusModule"]["lastUpdatePostDateStruct"] = {"date": _UPDATED, "type": "ACTUAL"}
    description = protocol.setdefault("descriptionModule", {})
    description["briefSummary"] = f"{_WORDS} {description.get('briefSummary', '')}"
    ident = protocol["identificationModule"]
    ident["briefTitle"] = f"{ident.get('briefTitle', '')} {_WORDS}"
    contacts = protocol.get("contactsLocationsModule", {})
    locations = contacts.get("locations", [])
    if locations:
        grown = []
        for copy_number in range(site_copies):
            for location in locations:
                site = dict(location)
                site["facility"] = f"{site.get('facility', 'Site')} {_SITE}{copy_number}"
                grown.append(site)
        contacts["locations"] = grown
    return Template(json.dumps(study, ensure_ascii=False, separators=(",", ":")), "resultsSection" in study)


class RegistryClones:
    """Studies cloned from ``templates`` (API v2 JSON files), shaped like the registry."""

    def __init__(self, templates: list[Path], seed: int = 11) -> None:
        self.rng = random.Random(seed)
        self.words = _vocabulary(self.rng)
        studies = [json.loads(path.read_text(encoding="utf-8")) for path in templates]
        plain = [_template(study) for study in studies if "resultsSection" not in study]
        with_results = [study for study in studies if "resultsSection" in study]
        # one list of templates per size of RESULT_SIZES, drawn by its share
        self.with_results = [[_template(study, 1, events, outcomes) for study in with_results] for events, outcomes, _ in RESULT_SIZES]
        self.result_weights = [share for _, _, share in RESULT_SIZES]
        if not with_results:
            self.with_results, self.result_weights = [plain], [1.0]
        self.plain = plain or self.with_results[0]
        multi_site = [
            study for study in studies if len(study["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])) > 2
        ]
        multi_site = multi_site or studies
        self.large = [_template(study, copies) for study in multi_site for copies in (20, 60, 200)]
        self.huge = [_template(study, 800) for study in multi_site[:1]]

    def _pick(self) -> Template:
        draw = self.rng.random()
        if draw < HUGE_SHARE:
            return self.rng.choice(self.huge)
        if draw < HUGE_SHARE + LARGE_SHARE:
            return self.rng.choice(self.large)
        if draw < HUGE_SHARE + LARGE_SHARE + RESULTS_SHARE:
            (sized,) = self.rng.choices(self.with_results, weights=self.result_weights)
            return self.rng.choice(sized)
        return self.rng.choice(self.plain)

    def study(self, nct_number: int, updated: str | None = None) -> bytes:
        """One clone: a new NCT ID, a Last Updated date, and words of its own. The same draws
        are made whether or not ``updated`` is given, so a corpus made again with some studies
        updated is the same corpus otherwise."""
        template = self._pick()
        rng = self.rng
        words = " ".join(rng.choices(self.words, k=rng.randint(20, 80)))
        date = f"{rng.randint(2008, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        date = updated or date
        text = (
            template.text.replace(_NCT, f"NCT{nct_number:08d}")
            .replace(_UPDATED, date)
            .replace(_WORDS, words)
            .replace(_SITE, f"{rng.choice(self.words)} ")
        )
        return text.encode()

    def studies(
        self, count: int, first_number: int, updated: str | None = None, every: int = 1, changed_every: int | None = None
    ) -> Iterator[tuple[int, bytes]]:
        """``count`` clones numbered from ``first_number`` (every ``every``-th); with
        ``changed_every``, every such one updated (Last Updated 2099-12-31), the rest as before."""
        for number in range(first_number, first_number + count, every):
            changed = changed_every is not None and (number - first_number) % changed_every == 0
            yield number, self.study(number, "2099-12-31" if changed else updated)


def write_archive(path: Path, studies: Iterator[tuple[int, bytes]]) -> int:
    """The bulk archive as the registry serves it: ``NCT########.json`` entries, deflated. Returns the entries."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for number, data in studies:
            archive.writestr(f"NCT{number:08d}.json", data)
            count += 1
    return count


def write_pages(folder: Path, studies: Iterator[tuple[int, bytes]], first_page: int = 1) -> list[Path]:
    """Gzipped API v2 pages (``{"studies": [...]}``) of ``STUDIES_PER_PAGE`` studies each."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    batch: list[bytes] = []

    def flush() -> None:
        path = folder / f"page-{first_page + len(written):05d}.json.gz"
        path.write_bytes(gzip.compress(b'{"studies":[' + b",".join(batch) + b"]}", compresslevel=1))
        written.append(path)
        batch.clear()

    for _, data in studies:
        batch.append(data)
        if len(batch) == STUDIES_PER_PAGE:
            flush()
    if batch:
        flush()
    return written

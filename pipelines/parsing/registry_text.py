"""Parse one registry text page into warehouse rows.

The format is described in ``FORMAT.md`` of the registry samples; the seed page is the authority.
``parse_page`` is pure: text in, ``ParsedPage`` out, or ``UnreadablePage`` when the text is not a
registry page at all. A bad field never fails the page: it becomes NULL and an ``Issue``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from pipelines.parsing.countries import split_countries_line, split_site_line
from pipelines.parsing.derived import from_page
from pipelines.parsing.layout import RESULTS_BANNER, block_lines, cut_sections, split_blocks
from pipelines.parsing.model import DROPPED, NULLED, REPORTED, Issue, ParsedPage, add_child
from pipelines.parsing.reader import UnreadablePage
from pipelines.parsing.values import (
    BadValue,
    is_nct_id,
    join_phases,
    normalise_text,
    null_if_empty,
    parse_count,
    parse_date,
    parse_yes_no,
    unescape,
)

BASIC_FIELDS = {
    "Recruitment Status": "overall_status",
    "Clinical Phase": "phase",
    "Total Enrollment": "enrollment",
    "Study Classification": "study_type",
    "Study Start Date": "start_date",
    "Study Completion Date": "completion_date",
}
DESIGN_FIELDS = {
    "Allocation Method": "allocation",
    "Intervention Model": "intervention_model",
    "Primary Study Purpose": "primary_purpose",
    "Blinding Strategy": "masking",
}
ELIGIBILITY_FIELDS = {
    "Minimum Eligible Age": "minimum_age",
    "Maximum Eligible Age": "maximum_age",
    "Eligible Sex": "sex",
    "Accepts Healthy Volunteers": "healthy_volunteers",
}
TRIAL_TEXT_FIELDS = (
    "title",
    "overall_status",
    "phase",
    "study_type",
    "allocation",
    "intervention_model",
    "primary_purpose",
    "masking",
    "minimum_age",
    "maximum_age",
    "sex",
    "lead_sponsor",
    "brief_summary",
    "detailed_description",
    "eligibility_criteria",
    "responsible_party",
    "other_intervention_names",
)
DATE_FIELDS = ("last_updated", "start_date", "completion_date")
# Every trial field a page gives (lineage columns are added by the batch step).
PAGE_FIELDS = (
    "nct_id",
    "has_results",
    *TRIAL_TEXT_FIELDS,
    "enrollment",
    "healthy_volunteers",
    *DATE_FIELDS,
    *(f"{name}_raw" for name in DATE_FIELDS),
)

_NCT_LINE = re.compile(r"^NCT ID:\s*(\S*)\s*$")
_UPDATED_LINE = re.compile(r"^Last Updated:\s*(.*)$")
_ANY_NCT = re.compile(r"NCT\d{8}")
_RELATED = re.compile(r"^(NCT\d{8})(?:\s+([A-Z_]+))?(?:\s+(.+))?$")
_PMID = re.compile(r"^PMID:\s*(\d+)")
_URL = re.compile(r"^(?:https?://|ftp://|www\.)\S*$", re.IGNORECASE)
_RESEARCH_SITE = "Research Site"


def _coded(line: str, label: str) -> str | None:
    """The value after a label sharing its line (``Group Type EXPERIMENTAL``); None when absent."""
    return null_if_empty(line[len(label) :].lstrip(" :"))


def _text(blocks: list[str]) -> str | None:
    return null_if_empty(normalise_text("\n\n".join(blocks)))


class _PageParser:
    def __init__(self, text: str) -> None:
        self.issues: list[Issue] = []
        self.trial: dict[str, Any] = {}
        self.children: dict[str, list[dict[str, Any]]] = {}
        self.layout = cut_sections(split_blocks(text))
        self.interventions: dict[str, list[str]] = {}

    # -- reporting ---------------------------------------------------------------------------
    def report(self, reason: str, detail: str | None = None, field: str | None = None, action: str = REPORTED) -> None:
        self.issues.append(Issue("parse", reason, detail, field, action))

    def convert(self, field: str, raw: str | None, converter: Callable[[str], Any]) -> Any:
        """Convert a value; on failure store NULL and report the field."""
        if raw is None:
            return None
        try:
            return converter(raw)
        except BadValue as exc:
            self.report(f"invalid {field}", str(exc), field, NULLED)
            return None

    def add(self, table: str, row: dict[str, Any]) -> dict[str, Any]:
        return add_child(self.children, table, row)

    # -- page --------------------------------------------------------------------------------
    def parse(self) -> ParsedPage:
        self.parse_header(self.layout.header)
        sections = {s.heading: s for s in self.layout.sections if s.known}
        for section in self.layout.sections:
            if not section.known:
                self.report(
                    f"unknown section {section.heading!r}",
                    f"{len(section.blocks)} blocks kept out of the tables; first: {(section.blocks or [''])[0][:200]!r}",
                    action=REPORTED,
                )
        # Interventions first: Study Groups needs their descriptions to find where arms begin.
        if "Interventions" in sections:
            self.parse_interventions(sections["Interventions"].blocks)
        for heading, handler in self.handlers().items():
            if heading in sections:
                handler(sections[heading].blocks)
        self.trial = {**dict.fromkeys(PAGE_FIELDS), **self.trial}
        self.trial.update(from_page(self.trial, self.children))
        return ParsedPage(self.trial["nct_id"], self.trial["last_updated"], self.trial, self.children, self.issues)

    def handlers(self) -> dict[str, Callable[[list[str]], None]]:
        return {
            "Basic Information": self.parse_basic,
            "Brief Summary": self.free_text("brief_summary"),
            "Detailed Description": self.free_text("detailed_description"),
            "Conditions": self.parse_conditions,
            "Study Design": lambda b: self.parse_pairs(b, DESIGN_FIELDS, "Study Design"),
            "Study Groups": self.parse_groups,
            "Other Intervention Names": self.parse_other_names,
            "Eligibility Criteria": self.parse_eligibility,
            "Sponsors": self.parse_sponsors,
            "Responsible Party": self.parse_responsible_party,
            "Principal Investigators": self.parse_investigators,
            "Locations": self.parse_locations,
            "Countries": self.parse_countries,
            "References": self.parse_references,
            "Related Links": self.parse_links,
            "Other Identifiers": self.parse_identifiers,
            "More Related Trials": self.parse_related,
        }

    def free_text(self, field: str) -> Callable[[list[str]], None]:
        def handle(blocks: list[str]) -> None:
            self.trial[field] = _text(blocks)

        return handle

    def parse_header(self, header: list[str]) -> None:
        nct_id = None
        title_blocks: list[str] = []
        has_results = False
        updated_raw = None
        for block in header:
            nct_match = _NCT_LINE.match(block)
            updated_match = _UPDATED_LINE.match(block)
            if nct_match:
                nct_id = nct_match[1]
            elif updated_match:
                updated_raw = null_if_empty(updated_match[1])
            elif block in RESULTS_BANNER:
                has_results = True
            elif nct_id is None:
                title_blocks.append(block)
            else:
                self.report("unexpected text in the page header", block[:200])
        if nct_id is None or not is_nct_id(nct_id):
            raise UnreadablePage("parse", _why_not_a_page(header, nct_id))
        self.trial["nct_id"] = nct_id
        self.trial["title"] = null_if_empty(unescape(" ".join(b.replace("\n", " ") for b in title_blocks)))
        if self.trial["title"] is None:
            self.report("page has no title", field="title", action=NULLED)
        self.trial["has_results"] = has_results
        self.set_date("last_updated", updated_raw)
        if updated_raw is None:
            self.report("page has no Last Updated date", field="last_updated", action=NULLED)

    def set_date(self, field: str, raw: str | None) -> None:
        self.trial[f"{field}_raw"] = raw
        self.trial[field] = self.convert(field, raw, parse_date)

    # -- label / value sections --------------------------------------------------------------
    def parse_pairs(self, blocks: list[str], labels: dict[str, str], section: str) -> dict[str, str | None]:
        values: dict[str, str | None] = {}
        i = 0
        while i < len(blocks):
            block = blocks[i]
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            if block in labels:
                has_value = following is not None and following not in labels
                values[labels[block]] = null_if_empty(following) if has_value else None
                i += 2 if has_value else 1
            else:
                self.report(f"unknown field in {section}", f"{block[:100]!r}: {(following or '')[:200]!r}")
                i += 2
        for field in labels.values():
            if field in values:
                self.trial[field] = values[field]
        return values

    def parse_basic(self, blocks: list[str]) -> None:
        values = self.parse_pairs(blocks, BASIC_FIELDS, "Basic Information")
        if values.get("phase"):
            self.trial["phase"] = join_phases(values["phase"])
        if "enrollment" in values:
            self.trial["enrollment"] = self.convert("enrollment", values["enrollment"], parse_count)
        for field in ("start_date", "completion_date"):
            if field in values:
                self.set_date(field, values[field])

    def parse_eligibility(self, blocks: list[str]) -> None:
        lines = []
        for index, block in enumerate(blocks):
            if index:
                lines.append("")
            lines.extend(block.split("\n"))
        start = _label_tail_start(lines, ELIGIBILITY_FIELDS)
        self.trial["eligibility_criteria"] = null_if_empty(normalise_text("\n".join(lines[:start])))
        tail = [line for line in lines[start:] if line]
        i = 0
        while i < len(tail):
            field = ELIGIBILITY_FIELDS[tail[i]]
            has_value = i + 1 < len(tail) and tail[i + 1] not in ELIGIBILITY_FIELDS
            raw = null_if_empty(tail[i + 1]) if has_value else None
            i += 2 if has_value else 1
            if field == "healthy_volunteers":
                self.trial[field] = self.convert(field, raw, parse_yes_no)
            else:
                self.trial[field] = raw

    # -- simple sections ---------------------------------------------------------------------
    def parse_conditions(self, blocks: list[str]) -> None:
        for line in block_lines(blocks):
            condition = null_if_empty(unescape(line))
            if condition:
                self.add("conditions", {"condition": condition})

    def parse_other_names(self, blocks: list[str]) -> None:
        self.trial["other_intervention_names"] = null_if_empty(unescape(" ".join(block_lines(blocks))))

    def parse_responsible_party(self, blocks: list[str]) -> None:
        for line in block_lines(blocks):
            if line.startswith("Responsibility Role"):
                self.trial["responsible_party"] = _coded(line, "Responsibility Role")
            else:
                self.report("unknown line in Responsible Party", line[:200])

    def parse_countries(self, blocks: list[str]) -> None:
        line = " ".join(block_lines(blocks))
        site_countries = frozenset(r["country"] for r in self.children.get("sites", []) if r["country"])
        names, unknown = split_countries_line(line, site_countries)
        for name in unknown:
            self.report("unrecognised country name in Countries", name, "country")
        for name in names:
            self.add("countries", {"country": name})

    # -- arms and interventions --------------------------------------------------------------
    def parse_interventions(self, blocks: list[str]) -> None:
        pending: list[str] = []
        for block in blocks:
            if block.startswith("Intervention Type"):
                if not pending:
                    self.report("intervention type without a name", block, action=DROPPED)
                    continue
                name, description = unescape(pending[0]), pending[1:]
                self.interventions.setdefault(name, description)
                self.add(
                    "interventions",
                    {
                        "name": name,
                        "intervention_type": _coded(block, "Intervention Type"),
                        "description": _text(description),
                    },
                )
                pending = []
            else:
                pending.append(block)
        if pending:
            self.report("text after the last intervention", pending[0][:200], action=DROPPED)

    def parse_groups(self, blocks: list[str]) -> None:
        i, n = 0, len(blocks)
        while i < n:
            label = unescape(blocks[i])
            i += 1
            description: list[str] = []
            while i < n and not blocks[i].startswith("Group Type"):
                description.append(blocks[i])
                i += 1
            if i >= n:
                self.report("study group without a Group Type line", label[:200], action=DROPPED)
                return
            self.add("arms", {"label": label, "arm_type": _coded(blocks[i], "Group Type"), "description": _text(description)})
            i += 1
            while i + 1 < n and blocks[i + 1].startswith("Intervention Type"):
                name = unescape(blocks[i])
                self.add("arm_interventions", {"arm_label": label, "intervention_name": name})
                i = self._skip_intervention_description(blocks, i + 2, name)

    def _skip_intervention_description(self, blocks: list[str], i: int, name: str) -> int:
        """Skip an intervention's description inside Study Groups, as the Interventions section gives it."""
        known = self.interventions.get(name)
        if known is not None and blocks[i : i + len(known)] == known:
            return i + len(known)
        # Not known: the description runs until the next intervention, or to the block before the
        # next Group Type line (an arm's label, then one description paragraph at most).
        self.report("intervention in Study Groups not described in Interventions", name[:200])
        j = i
        while j < len(blocks):
            if j + 1 < len(blocks) and blocks[j + 1].startswith("Intervention Type"):
                return j
            if j + 1 < len(blocks) and blocks[j + 1].startswith("Group Type"):
                return j
            if j + 2 < len(blocks) and blocks[j + 2].startswith("Group Type"):
                return j
            j += 1
        return j

    # -- organisations and people ------------------------------------------------------------
    def parse_sponsors(self, blocks: list[str]) -> None:
        pending: list[str] = []
        for block in blocks:
            if block.startswith("Sponsor Role"):
                role = _coded(block, "Sponsor Role")
                if not pending:
                    self.report("sponsor role without a sponsor", block, action=DROPPED)
                    continue
                name = unescape(pending[0]) if len(pending) >= 1 else None
                agency = null_if_empty(pending[-1]) if len(pending) >= 2 else None
                if len(pending) > 2:
                    self.report("sponsor with unexpected extra lines", " | ".join(pending)[:300])
                self.add("sponsors", {"name": name, "agency_class": agency, "role": role})
                if role == "lead" and self.trial.get("lead_sponsor") is None:
                    self.trial["lead_sponsor"] = name
                pending = []
            else:
                pending.append(block)
        if pending:
            self.report("text after the last sponsor", pending[0][:200], action=DROPPED)

    def parse_investigators(self, blocks: list[str]) -> None:
        # Per person: name, ``Role: X``, affiliation. Between two Role lines stand the first
        # person's affiliation and the next person's name; a lone block there is the name.
        roles = [i for i, b in enumerate(blocks) if b.startswith("Role:")]
        bounds = [-1, *roles, len(blocks)]
        for k, r in enumerate(roles):
            before = blocks[bounds[k] + 1 : r]
            after = blocks[r + 1 : bounds[k + 2]]
            name = before[-1] if before else None
            if k + 1 < len(roles):
                after = after[:-1]  # the last block there is the next person's name
            if len(before) > (1 if k == 0 else 2):
                self.report("investigator with unexpected extra lines", " | ".join(before)[:300])
            self.add(
                "investigators",
                {
                    "name": null_if_empty(unescape(name)) if name else None,
                    "role": _coded(blocks[r], "Role:"),
                    "affiliation": null_if_empty(unescape(" ".join(after[:1]))) if after else None,
                },
            )
        if not roles and blocks:
            self.report("Principal Investigators without any Role line", blocks[0][:200], action=DROPPED)

    def parse_locations(self, blocks: list[str]) -> None:
        pending: list[str] = []
        for block in blocks:
            if block.startswith("Site Status"):
                if not pending:
                    self.report("site status without a site", block, action=DROPPED)
                    continue
                address = pending[-1]
                facility = unescape(" ".join(pending[:-1])) if len(pending) > 1 else None
                city, state, country = split_site_line(unescape(address))
                self.add(
                    "sites",
                    {
                        "facility": None if facility == _RESEARCH_SITE else null_if_empty(facility),
                        "city": city,
                        "state": state,
                        "country": country,
                        "status": _coded(block, "Site Status"),
                    },
                )
                pending = []
            else:
                pending.append(block)
        if pending:
            self.report("text after the last site", pending[0][:200], action=DROPPED)

    # -- references, links, identifiers, related trials --------------------------------------
    def parse_references(self, blocks: list[str]) -> None:
        pending: list[str] = []
        for block in blocks:
            lines = block.split("\n")
            if lines[0].startswith("Reference Type"):
                pmid = next((m[1] for m in map(_PMID.match, lines[1:]) if m), None)
                if not pending:
                    self.report("reference type without a citation", block, action=DROPPED)
                    continue
                self.add(
                    "trial_references",
                    {"citation": _text(pending), "reference_type": _coded(lines[0], "Reference Type"), "pmid": pmid},
                )
                pending = []
            elif _PMID.match(lines[0]) and not pending and self.children.get("trial_references"):
                last = self.children["trial_references"][-1]
                last["pmid"] = last["pmid"] or _PMID.match(lines[0])[1]
            else:
                pending.append(block)
        if pending:
            self.add("trial_references", {"citation": _text(pending), "reference_type": None, "pmid": None})

    def parse_links(self, blocks: list[str]) -> None:
        lines = block_lines(blocks)
        i = 0
        while i < len(lines):
            url = lines[i].strip()
            label = None
            if i + 1 < len(lines) and not _URL.match(lines[i + 1].strip()):
                label = unescape(lines[i + 1])
                i += 1
            if not _URL.match(url):
                self.report("related link is not a URL", url[:200])
            self.add("links", {"url": url, "label": null_if_empty(label)})
            i += 1

    def parse_identifiers(self, blocks: list[str]) -> None:
        current: dict[str, Any] | None = None
        for line in block_lines(blocks):
            if line.startswith("Identifier Type:") and current is not None:
                current["identifier_type"] = _coded(line, "Identifier Type:")
            elif line.startswith("Identifier Source:") and current is not None:
                current["identifier_source"] = _coded(line, "Identifier Source:")
            else:
                current = self.add(
                    "identifiers",
                    {"identifier": unescape(line.strip()), "identifier_type": None, "identifier_source": None},
                )

    def parse_related(self, blocks: list[str]) -> None:
        title: list[str] = []
        for line in block_lines(blocks):
            match = _RELATED.match(line.strip())
            if match:
                self.add(
                    "related_trials",
                    {
                        "related_nct_id": match[1],
                        "title": null_if_empty(unescape(" ".join(title))),
                        "overall_status": match[2],
                        "phase": join_phases(match[3]) if match[3] else None,
                    },
                )
                title = []
            else:
                title.append(line.strip())
        if title:
            self.report("related trial without an NCT ID line", " ".join(title)[:200], action=DROPPED)


def _label_tail_start(lines: list[str], labels: dict[str, str]) -> int:
    """Index of the first line from which the rest is only ``label`` / value pairs."""
    start = len(lines)
    i = len(lines)
    # walk back over (label, value) or (label) groups
    while i > 0:
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        if j < 0:
            break
        if lines[j] in labels:
            start, i = j, j
            continue
        k = j - 1
        while k >= 0 and not lines[k]:
            k -= 1
        if k >= 0 and lines[k] in labels and lines[j] not in labels:
            start, i = k, k
            continue
        break
    return start


def _why_not_a_page(header: list[str], nct_id: str | None) -> str:
    head = "\n".join(header[:5]).lower()
    if "<html" in head or "<!doctype" in head or "<head" in head or "<body" in head:
        return "an HTML page, not a registry text page (no 'NCT ID:' line)"
    if nct_id is not None:
        return f"'NCT ID:' line holds {nct_id!r}, not an NCT ID of the form NCT########"
    found = _ANY_NCT.search("\n".join(header))
    hint = f" (mentions {found[0]} elsewhere)" if found else ""
    return f"no 'NCT ID:' line, so the page cannot be keyed to a trial{hint}"


def parse_page(text: str) -> ParsedPage:
    """Parse a decoded page. Raises ``UnreadablePage`` when it has no valid NCT ID."""
    return _PageParser(text).parse()

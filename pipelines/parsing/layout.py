"""The page layout: blocks, section headings and their boilerplate sentences.

A page is blocks separated by blank lines. Sections come in a fixed order, each heading followed
by one fixed explanatory sentence. This module cuts a page into its header blocks and its
sections; it does not interpret values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Section headings in page order, with the boilerplate sentence each one is followed by.
SECTIONS: dict[str, str] = {
    "Basic Information": "Get a concise snapshot of the trial, including recruitment status, study phase, "
    "enrollment targets, and key timeline milestones.",
    "Brief Summary": "Review the sponsor-provided synopsis that highlights what the study is about and why it is being conducted.",
    "Detailed Description": "Dive into the extended narrative that explains the scientific background, "
    "objectives, and procedures in greater depth.",
    "Conditions": "See the medical conditions and disease areas that this research is targeting or investigating.",
    "Study Design": "Understand how the trial is structured, including allocation methods, masking strategies, "
    "primary purpose, and other design elements.",
    "Study Groups": "Review each arm or cohort in the study, along with the interventions and objectives associated with them.",
    "Interventions": "Learn about the drugs, procedures, or behavioral strategies being tested and how they are applied within this trial.",
    "Other Intervention Names": "Discover alternative or legacy names that may be used to describe the listed "
    "interventions across different sources.",
    "Eligibility Criteria": "Check the participation requirements, including inclusion and exclusion rules, "
    "age limits, and whether healthy volunteers are accepted.",
    "Sponsors": "Meet the organizations funding or collaborating on the study and learn about their roles.",
    "Responsible Party": "Identify the individual or organization who holds primary responsibility for the study "
    "information submitted to regulators.",
    "Principal Investigators": "Learn about the lead researchers overseeing the trial and their institutional affiliations.",
    "Locations": "Explore where the study is taking place and check the recruitment status at each participating site.",
    "Countries": "Review the countries where the study has at least one active or historical site.",
    "References": "Explore related publications, articles, or registry entries linked to this study.",
    "Related Links": "Access external resources that provide additional context or updates about the study.",
    "Other Identifiers": "Review additional registry numbers or institutional identifiers associated with this trial.",
    "More Related Trials": "Additional clinical trials that may be relevant based on similarity analysis.",
}
SECTION_ORDER = {name: index for index, name in enumerate(SECTIONS)}

RESULTS_BANNER = (
    "Study Results",
    "Results available",
    "Outcome measurements, participant flow, baseline characteristics, and adverse events have been published for this study.",
    "View full results",
)

# First words of the registry's boilerplate sentences: how an unknown section announces itself.
_BOILERPLATE_OPENERS = {
    "Access",
    "Additional",
    "Browse",
    "Check",
    "Compare",
    "Discover",
    "Dive",
    "Examine",
    "Explore",
    "Find",
    "Follow",
    "Get",
    "Identify",
    "Inspect",
    "Learn",
    "Meet",
    "Read",
    "Review",
    "See",
    "Track",
    "Understand",
    "View",
}
_TITLE_WORD = re.compile(r"^(?:[A-Z][\w'()/&-]*|and|of|or|the|for|in|to|with|a|an|by|on)$")


@dataclass
class Section:
    """One section of a page: its heading, content blocks, and whether the heading is known."""

    heading: str
    blocks: list[str] = field(default_factory=list)
    known: bool = True
    boilerplate: str | None = None


@dataclass
class PageLayout:
    header: list[str]
    sections: list[Section]


def split_blocks(text: str) -> list[str]:
    """Blocks are runs of non-blank lines; a block keeps its internal line breaks."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    if current:
        blocks.append("\n".join(current))
    return blocks


def _is_sentence(block: str) -> bool:
    return "\n" not in block and block.endswith(".") and 20 <= len(block) <= 300


def _looks_like_unknown_heading(block: str, following: str | None) -> bool:
    """A short Title Case block followed by a boilerplate-like sentence: an imperative opener and
    the length of the registry's own sentences (a subheading in free text rarely has both)."""
    if following is None or block in SECTIONS or "\n" in block or not _is_sentence(following) or len(following) < 50:
        return False
    words = block.split()
    if not 1 <= len(words) <= 6 or block[-1] in ".:;,?!" or not words[0][0].isupper():
        return False
    return all(_TITLE_WORD.match(word) for word in words) and following.split()[0] in _BOILERPLATE_OPENERS


def cut_sections(blocks: list[str]) -> PageLayout:
    """Cut the page's blocks into header and sections.

    A known heading is taken only in page order and only when its boilerplate sentence follows
    it, so a paragraph reading ``Conditions`` inside a description is not a heading. Should the
    registry reword a boilerplate sentence, a heading followed by any one-line sentence is taken
    instead, for the headings that never appear with their known sentence.
    """
    exact = {b for b, following in zip(blocks, blocks[1:], strict=False) if SECTIONS.get(b) == following}
    header: list[str] = []
    sections: list[Section] = []
    current: Section | None = None
    position = -1
    i = 0
    while i < len(blocks):
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block in SECTIONS
            and SECTION_ORDER[block] > position
            and following is not None
            and (following == SECTIONS[block] if block in exact else _is_sentence(following))
        ):
            current = Section(block, boilerplate=following)
            sections.append(current)
            position = SECTION_ORDER[block]
            i += 2
            continue
        if _looks_like_unknown_heading(block, following):
            current = Section(block, known=False, boilerplate=following)
            sections.append(current)
            i += 2
            continue
        if current is None:
            header.append(block)
        else:
            current.blocks.append(block)
        i += 1
    return PageLayout(header, sections)


def block_lines(blocks: list[str]) -> list[str]:
    """All lines of the blocks, in order."""
    return [line for block in blocks for line in block.split("\n")]

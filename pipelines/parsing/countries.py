"""Country names: splitting the space-joined Countries line and the comma-joined site line.

Country names have spaces (``United States``) and commas (``Korea, Republic of``), so neither
line can be split on its separator. Both are matched against real names instead: ISO 3166 names
from pycountry (current and historic, official and common forms) plus the spellings the
registry itself uses, and the countries the page's own sites name.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

# Spellings ClinicalTrials.gov uses that are not ISO 3166 names.
REGISTRY_SPELLINGS = (
    "Bolivia",
    "Cape Verde",
    "Congo, The Democratic Republic of the",
    "Cote D'Ivoire",
    "Côte D'Ivoire",
    "Czech Republic",
    "East Timor",
    "Former Serbia and Montenegro",
    "Former Yugoslavia",
    "Holy See (Vatican City State)",
    "Hong Kong",
    "Iran",
    "Korea, Democratic People's Republic of",
    "Korea, Republic of",
    "Kosovo",
    "Laos",
    "Libyan Arab Jamahiriya",
    "Macau",
    "Macedonia, The Former Yugoslav Republic of",
    "Micronesia, Federated States of",
    "Moldova",
    "Moldova, Republic of",
    "Netherlands Antilles",
    "North Korea",
    "Palestine",
    "Palestinian Territories, Occupied",
    "Palestinian Territory, occupied",
    "Reunion",
    "Russia",
    "Russian Federation",
    "Serbia and Montenegro",
    "South Korea",
    "Swaziland",
    "Syria",
    "Taiwan",
    "Tanzania",
    "Turkey",
    "Turkey (Türkiye)",
    "Türkiye",
    "Venezuela",
    "Vietnam",
    "Virgin Islands (U.S.)",
    "Virgin Islands (British)",
)


@lru_cache(maxsize=1)
def known_countries() -> frozenset[str]:
    """Every country name we recognise."""
    names: set[str] = set(REGISTRY_SPELLINGS)
    for country in list(pycountry.countries) + list(pycountry.historic_countries):
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
    return frozenset(names)


@lru_cache(maxsize=1)
def _comma_countries() -> tuple[str, ...]:
    """Known names that hold a comma, longest first."""
    return tuple(sorted((n for n in known_countries() if ", " in n), key=len, reverse=True))


@lru_cache(maxsize=1)
def _comma_tails() -> frozenset[str]:
    """The part after the last ``, `` of each known comma name: a line can end with such a name
    only if its own last part is one of these."""
    return frozenset(n.rsplit(", ", 1)[1] for n in _comma_countries())


@lru_cache(maxsize=1)
def _names_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known names as word tuples, grouped by their first word, shortest first."""
    return _by_first_word(known_countries())


def _by_first_word(names) -> dict[str, tuple[tuple[str, ...], ...]]:
    grouped: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(name.split())
        if words and " ".join(words) == name and len(words) <= MAX_NAME_WORDS:
            grouped.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len)) for first, found in grouped.items()}


# No country name is longer (the longest known has 7): a page's "country" of more words is not one.
MAX_NAME_WORDS = 12


def split_site_line(line: str, page_countries: frozenset[str] = frozenset()) -> tuple[str | None, str | None, str | None]:
    """``City, State, Country`` to its three parts; empty parts are None.

    A country holding a comma (``Seoul, , Korea, Republic of``) is recognised by name.
    """
    line = line.strip()
    page_comma = sorted((n for n in page_countries if ", " in n), key=len, reverse=True)
    if page_comma or line.rsplit(", ", 1)[-1] in _comma_tails():
        for name in page_comma + list(_comma_countries()):
            if line == name or line.endswith(", " + name):
                head = line[: -len(name)].rstrip()
                head = head[:-1] if head.endswith(",") else head
                parts = [p.strip() for p in head.split(",")] if head else []
                city, state = _city_state(parts)
                return city, state, name
    parts = [p.strip() for p in line.split(",")]
    if len(parts) == 1:
        return None, None, parts[0] or None
    if len(parts) == 2:
        return parts[0] or None, None, parts[1] or None
    city, state = _city_state(parts[:2])
    return city, state, ", ".join(parts[2:]) or None


def _city_state(parts: list[str]) -> tuple[str | None, str | None]:
    if not parts:
        return None, None
    if len(parts) == 1:
        return parts[0] or None, None
    return ", ".join(parts[:-1]) or None, parts[-1] or None


def split_countries_line(line: str, page_countries: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """Split the space-joined Countries line into names.

    Returns ``(countries, unrecognised)``: the segmentation uses as few names as possible,
    preferring the page's own site countries; runs of words that match no name are kept as
    one country each and also returned in ``unrecognised`` so the caller can report them.

    Linear in the line's length: a dynamic programme from the end of the line that keeps, per
    position, only its best cost and its first step (a name's end, or one unknown word); only
    names starting with the word at hand are tried.
    """
    words = line.split()
    if not words:
        return [], []
    known = known_countries()
    candidates = [_names_by_first_word()]
    if page_countries:
        candidates.append(_by_first_word(page_countries))
    n = len(words)
    cost = [0.0] * (n + 1)  # cost[i]: of the best segmentation of words[i:]
    step = [0] * (n + 1)  # step[i]: end of the name it starts with, or -1 for an unknown word
    for i in range(n - 1, -1, -1):
        ends = sorted(
            {i + len(name) for group in candidates for name in group.get(words[i], ()) if tuple(words[i : i + len(name)]) == name}
        )
        best_cost, best_step = None, 0
        for j in ends:  # names in order of length, as the unknown word comes last: ties go to names
            candidate = " ".join(words[i:j])
            if candidate in known or candidate in page_countries:
                option = (1.0 if candidate in page_countries else 1.2) + cost[j]
                if best_cost is None or option < best_cost:
                    best_cost, best_step = option, j
        # an unknown word costs far more than any name; it joins an unknown run that follows it
        option = cost[i + 1] + (10.0 if i + 1 < n and step[i + 1] == -1 else 100.0)
        if best_cost is None or option < best_cost:
            best_cost, best_step = option, -1
        cost[i], step[i] = best_cost, best_step
    segments: list[tuple[str, bool]] = []
    i = 0
    while i < n:
        if step[i] == -1:
            start = i
            while i < n and step[i] == -1:
                i += 1
            segments.append((" ".join(words[start:i]), False))
        else:
            segments.append((" ".join(words[i : step[i]]), True))
            i = step[i]
    return [name for name, _ in segments], [name for name, known_name in segments if not known_name]

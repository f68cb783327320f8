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
def _longest_known() -> int:
    """Words in the longest known name."""
    return max(len(n.split()) for n in known_countries())


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
    """
    words = line.split()
    if not words:
        return [], []
    known = known_countries()
    longest = max([_longest_known(), *(len(n.split()) for n in page_countries)])
    n = len(words)
    # best[i] = (cost, segments) for words[i:]
    best: list[tuple[float, list[tuple[str, bool]]]] = [(0.0, [])] * (n + 1)
    for i in range(n - 1, -1, -1):
        options: list[tuple[float, list[tuple[str, bool]]]] = []
        for j in range(i + 1, min(n, i + longest) + 1):
            candidate = " ".join(words[i:j])
            if candidate in known or candidate in page_countries:
                cost = 1.0 if candidate in page_countries else 1.2
                options.append((cost + best[j][0], [(candidate, True)] + best[j][1]))
        # an unknown word costs far more than any name
        rest_cost, rest = best[i + 1]
        if rest and not rest[0][1]:
            merged = [(words[i] + " " + rest[0][0], False)] + rest[1:]
            options.append((rest_cost + 10.0, merged))
        else:
            options.append((rest_cost + 100.0, [(words[i], False)] + rest))
        best[i] = min(options, key=lambda option: option[0])
    segments = best[0][1]
    return [name for name, _ in segments], [name for name, known in segments if not known]

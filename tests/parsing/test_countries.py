from pipelines.parsing.countries import split_countries_line, split_site_line


def test_countries_line_of_the_seed_splits_into_real_names():
    line = (
        "United States Australia Austria Belgium Bulgaria Canada Czechia France Germany Greece Ireland Israel "
        "Italy Mexico Poland Russia South Korea Spain Taiwan Turkey (Türkiye) United Kingdom"
    )
    names, unknown = split_countries_line(line)
    assert unknown == []
    assert names == [
        "United States",
        "Australia",
        "Austria",
        "Belgium",
        "Bulgaria",
        "Canada",
        "Czechia",
        "France",
        "Germany",
        "Greece",
        "Ireland",
        "Israel",
        "Italy",
        "Mexico",
        "Poland",
        "Russia",
        "South Korea",
        "Spain",
        "Taiwan",
        "Turkey (Türkiye)",
        "United Kingdom",
    ]


def test_names_with_commas_and_names_inside_names():
    line = "Korea, Republic of Niger Nigeria South Sudan Sudan Guinea Equatorial Guinea Papua New Guinea Iran, Islamic Republic of"
    names, unknown = split_countries_line(line)
    assert names == [
        "Korea, Republic of",
        "Niger",
        "Nigeria",
        "South Sudan",
        "Sudan",
        "Guinea",
        "Equatorial Guinea",
        "Papua New Guinea",
        "Iran, Islamic Republic of",
    ]
    assert unknown == []


def test_the_pages_own_site_countries_win_and_unknown_words_are_kept_and_reported():
    names, unknown = split_countries_line("Freedonia Major France", frozenset({"France"}))
    assert names == ["Freedonia Major", "France"]
    assert unknown == ["Freedonia Major"]
    names, _ = split_countries_line("Grand Fenwick France", frozenset({"Grand Fenwick", "France"}))
    assert names == ["Grand Fenwick", "France"]


def test_site_lines_with_empty_parts_and_comma_countries():
    assert split_site_line("Duarte, California, United States") == ("Duarte", "California", "United States")
    assert split_site_line("Salzburg, , Austria") == ("Salzburg", None, "Austria")
    assert split_site_line("Seoul, , Korea, Republic of") == ("Seoul", None, "Korea, Republic of")
    assert split_site_line("Kinshasa, , Congo, The Democratic Republic of the") == (
        "Kinshasa",
        None,
        "Congo, The Democratic Republic of the",
    )
    assert split_site_line("Springfield, Ohio, Republic, Of Nowhere") == ("Springfield", "Ohio", "Republic, Of Nowhere")

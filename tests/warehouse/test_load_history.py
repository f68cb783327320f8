"""The load's history rebuild is cut into shares of trials, so memory follows a share, not the run."""

from pipelines.warehouse.load import rebuild_shares


def test_trials_are_cut_into_shares_of_about_so_many_versions_and_never_split():
    counts = [("NCT1", 3), ("NCT2", 2), ("NCT3", 6), ("NCT4", 1), ("NCT5", 1)]
    shares = [share["nct_id"].to_list() for share in rebuild_shares(counts, most=5)]
    assert shares == [["NCT1", "NCT2"], ["NCT3"], ["NCT4", "NCT5"]]
    assert rebuild_shares([], most=5) == []
    assert [s["nct_id"].to_list() for s in rebuild_shares(counts, most=100)] == [["NCT1", "NCT2", "NCT3", "NCT4", "NCT5"]]

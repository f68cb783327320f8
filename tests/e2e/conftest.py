"""End-to-end fixtures. A published warehouse for the BI tests: the seed page, the 13 JSON twins, one more study
that shares the seed's EudraCT number (a cross-registry link) and is overdue with its results, and an earlier
version of one trial (NCT00711542 in 2010: still recruiting, its enrollment a target, another primary outcome and
completion date), so that the history and its reports have rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import JSON_DIR, SEED, run_cli

SHARED_EUDRACT = "2013-000536-10"  # the seed's (NCT02013167) EudraCT number


def twin_study(nct_id: str) -> str:
    """NCT00072579's JSON twin under another NCT ID, sharing the seed's EudraCT number."""
    study = json.loads((JSON_DIR / "NCT00072579.json").read_text())
    identification = study["protocolSection"]["identificationModule"]
    identification["nctId"] = nct_id
    identification["secondaryIdInfos"].append({"id": SHARED_EUDRACT, "type": "EUDRACT_NUMBER"})
    return json.dumps(study)


# Built once per test process (make test runs two) and shared by every module: each test only reads
# them, and copies them to change anything (a run into the warehouse would change what others read).
OLDER_VERSION = "NCT00711542"


def older_version() -> str:
    """NCT00711542's JSON as the registry gave it in January 2010 (it was later terminated)."""
    study = json.loads((JSON_DIR / f"{OLDER_VERSION}.json").read_text())
    protocol = study["protocolSection"]
    status = protocol["statusModule"]
    status.pop("whyStopped")
    status.update(
        overallStatus="RECRUITING",
        lastUpdatePostDateStruct={"date": "2010-01-15", "type": "ESTIMATED"},
        primaryCompletionDateStruct={"date": "2010-12", "type": "ESTIMATED"},
        completionDateStruct={"date": "2011-06", "type": "ESTIMATED"},
    )
    protocol["designModule"]["enrollmentInfo"] = {"count": 60, "type": "ESTIMATED"}
    protocol["outcomesModule"]["primaryOutcomes"] = [{"measure": "Infarct size at 4 months", "timeFrame": "4 months"}]
    return json.dumps(study)


@pytest.fixture(scope="session")
def bi_sources(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bi_sources")
    shutil.copy(SEED, folder / "NCT02013167.txt")
    for study in JSON_DIR.glob("*.json"):
        shutil.copy(study, folder / study.name)
    (folder / "NCT09999901.json").write_text(twin_study("NCT09999901"))
    (folder / f"{OLDER_VERSION}-2010.json").write_text(older_version())
    return folder


@pytest.fixture(scope="session")
def published(bi_sources, tmp_path_factory) -> Path:
    warehouse = tmp_path_factory.mktemp("bi_warehouse") / "trials.duckdb"
    done = run_cli("run", "--quiet", "--source", bi_sources, "--warehouse", warehouse)
    assert done.returncode == 0, done.stderr
    return warehouse

"""Never lose a note: a capture process killed with SIGKILL at random moments loses no
acknowledged card, edit or vote, duplicates nothing and leaves a sound database.

The default run makes ``COOPATELIER_KILLS`` kills (20); ``benchmarks/crash_kill.py`` makes
200 and prints the figures. The kill moments are random (seed ``COOPATELIER_CRASH_SEED``);
what is checked holds for any of them.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest

from tests.crash.harness import Campaign, kills_from_environment, seed_from_environment

KILLS = kills_from_environment(20)
SEED = seed_from_environment()


@pytest.mark.timeout(max(120, 3 * KILLS))
def test_killed_capture_loses_no_acknowledged_note(tmp_path: Path) -> None:
    campaign = Campaign(tmp_path / "campaign", SEED)
    figures = campaign.run(KILLS)
    (tmp_path / "crash-figures.json").write_text(json.dumps(dataclasses.asdict(figures)))
    print(figures.summary())  # shown with -rA / -s

    assert figures.problems == []
    assert (figures.kills, figures.kills_survived, figures.cards_lost) == (KILLS, KILLS, 0)
    # every kill after start-up hit a process that had acknowledged changes
    acknowledged = (
        figures.cards_acknowledged + figures.edits_acknowledged + figures.votes_acknowledged
    )
    assert acknowledged >= KILLS - figures.kills_during_start > 0
    assert figures.cards_acknowledged > 0


@pytest.mark.parametrize(
    ("fault", "complaint"),
    [
        ("phantom-ack", "acknowledged card 1-0 .* is missing"),
        ("duplicate", "card 1-0 is in the database 2 times"),
    ],
)
def test_the_harness_notices_a_lost_or_duplicated_card(
    tmp_path: Path, fault: str, complaint: str
) -> None:
    """The checks are not vacuous: a capture process that lies is caught on its first kill."""
    campaign = Campaign(tmp_path / "campaign", SEED, fault=fault)
    campaign.kill_once(1, during_start=False)
    figures = campaign.figures
    assert figures.kills_survived == 0
    assert any(re.search(complaint, p) for p in figures.problems)


@pytest.mark.timeout(300)
@pytest.mark.parametrize("mode", ["backup", "restore"])
def test_a_kill_during_backup_or_restore_leaves_a_sound_database(
    tmp_path: Path, mode: str
) -> None:
    """Killed while backing up: the database is untouched, every finished backup is whole,
    and the next backup removes the partial file. Killed while restoring: the database
    holds one backup or the other, never a mix."""
    campaign = Campaign(tmp_path / "campaign", SEED)
    kills = max(4, KILLS // 4)
    for run in range(1, kills + 1):
        campaign.kill_maintenance(run, mode)
    figures = campaign.figures
    print(figures.summary())
    assert figures.problems == []
    assert figures.kills_survived == kills
    assert figures.cut_mid_operation > 0  # not only kills between two operations


@pytest.mark.timeout(600)
def test_a_kill_during_an_import_leaves_the_workshop_before_or_after_the_merge(
    tmp_path: Path,
) -> None:
    """Killed while merging a laptop's file (new, edited, deleted and merged cards): the
    database holds the state before or after the merge, never a mix, and importing the
    file again completes it."""
    campaign = Campaign(tmp_path / "campaign", SEED)
    kills = max(4, KILLS // 4)
    for run in range(1, kills + 1):
        campaign.kill_import(run)
    figures = campaign.figures
    print(figures.summary())
    assert figures.problems == []
    assert figures.kills_survived == kills == figures.imports_killed

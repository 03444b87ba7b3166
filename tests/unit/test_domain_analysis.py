"""Derived values: matrix quadrants, vote tallies and ranks, roadmap lanes."""

from __future__ import annotations

import datetime as dt
import uuid

from coopatelier.domain.analysis import (
    ActionQuadrant,
    DriverQuadrant,
    action_quadrant,
    driver_quadrant,
    key_uncertainties,
    ranking,
    roadmap_lanes,
    tally_votes,
)
from coopatelier.domain.model import Card, CardKind, Vote

NOW = dt.datetime(2026, 4, 14, 9, tzinfo=dt.UTC)
W = uuid.uuid4()
P = uuid.uuid4()


def card(position: float, **kw: object) -> Card:
    return Card(
        id=uuid.uuid4(),
        workshop_id=W,
        phase_id=P,
        kind=CardKind.DRIVER,
        text=f"c{position}",
        position=position,
        table_label="",
        author="",
        device="",
        created_at=NOW,
        updated_at=NOW,
        **kw,  # type: ignore[arg-type]
    )


def test_driver_quadrants() -> None:
    assert driver_quadrant(5, 5) is DriverQuadrant.KEY_UNCERTAINTY
    assert driver_quadrant(4, 2) is DriverQuadrant.CERTAIN_TREND
    assert driver_quadrant(2, 4) is DriverQuadrant.SECONDARY_UNCERTAINTY
    assert driver_quadrant(3, 3) is DriverQuadrant.CONTEXT
    assert driver_quadrant(None, 5) is None


def test_key_uncertainties_strongest_first() -> None:
    weak = card(1, impact=4, uncertainty=4)
    strong = card(2, impact=5, uncertainty=5)
    trend = card(3, impact=5, uncertainty=1)
    assert key_uncertainties([weak, strong, trend]) == [strong, weak]


def test_action_quadrants() -> None:
    assert action_quadrant(5, 1) is ActionQuadrant.QUICK_WIN
    assert action_quadrant(5, 5) is ActionQuadrant.MAJOR_PROJECT
    assert action_quadrant(1, 1) is ActionQuadrant.FILL_IN
    assert action_quadrant(1, 5) is ActionQuadrant.THANKLESS


def test_tally_and_ranking_share_ranks_on_ties() -> None:
    a, b, c, d = card(1), card(2), card(3), card(4)
    r1, r2 = uuid.uuid4(), uuid.uuid4()
    votes = [
        Vote(uuid.uuid4(), r1, a.id, 2, "", NOW),
        Vote(uuid.uuid4(), r1, b.id, 3, "", NOW),
        Vote(uuid.uuid4(), r1, c.id, 3, "", NOW),
        Vote(uuid.uuid4(), r2, d.id, 9, "", NOW),
    ]
    totals = tally_votes(votes, r1)
    assert totals == {a.id: 2, b.id: 3, c.id: 3}
    ranks = ranking([a, b, c, d], totals)
    assert [(t.card_id, t.dots, t.rank) for t in ranks] == [
        (b.id, 3, 1),
        (c.id, 3, 1),
        (a.id, 2, 3),
        (d.id, 0, 4),
    ]
    assert tally_votes(votes)[d.id] == 9


def test_roadmap_lanes_follow_organisations_then_unassigned() -> None:
    org_a, org_b = uuid.uuid4(), uuid.uuid4()
    late = card(1, lead_organisation_id=org_a, horizon_year=2029)
    early = card(2, lead_organisation_id=org_a, horizon_year=2027)
    undated = card(3, lead_organisation_id=org_a)
    orphan = card(4, horizon_year=2028)
    lanes = roadmap_lanes([late, orphan, undated, early], [org_b, org_a])
    assert list(lanes) == [org_b, org_a, None]
    assert lanes[org_a] == [early, late, undated]
    assert lanes[org_b] == []
    assert lanes[None] == [orphan]


def test_vote_totals_follow_merges_and_hide_unrevealed_rounds() -> None:
    from coopatelier.domain.model import VoteRound, Workshop, WorkshopData

    keep, dup, dup_of_dup = card(1), card(2), card(3)
    dup = Card(**{**{f: getattr(dup, f) for f in Card.__slots__}, "merged_into_id": dup_of_dup.id})
    dup_of_dup = Card(
        **{**{f: getattr(dup_of_dup, f) for f in Card.__slots__}, "merged_into_id": keep.id}
    )
    open_round = VoteRound(uuid.uuid4(), W, P, "1", 3, False, True, NOW, NOW)
    hidden = VoteRound(uuid.uuid4(), W, P, "2", 3, True, False, NOW, NOW)
    workshop = Workshop(W, "T", "", 2030, "", NOW.date(), "", "", False, "", "fr", NOW, NOW)
    data = WorkshopData(
        workshop=workshop,
        cards=(keep, dup, dup_of_dup),
        rounds=(open_round, hidden),
        votes=(
            Vote(uuid.uuid4(), open_round.id, keep.id, 1, "", NOW),
            Vote(uuid.uuid4(), open_round.id, dup.id, 2, "", NOW),
            Vote(uuid.uuid4(), hidden.id, dup_of_dup.id, 4, "", NOW),
        ),
    )
    assert data.vote_totals() == {keep.id: 7}
    assert data.vote_totals(revealed_only=True) == {keep.id: 3}
    assert data.vote_totals(hidden.id) == {keep.id: 4}


def test_ties_are_marked_and_cards_without_dots_unranked() -> None:
    """Shown as "1.", "2 =", "2 =" and nothing for a card nobody chose."""
    cards = [card(float(i)) for i in range(4)]
    ids = [c.id for c in cards]
    tallies = ranking(cards, {ids[0]: 1, ids[1]: 3, ids[2]: 1})
    assert [t.card_id for t in tallies] == [ids[1], ids[0], ids[2], ids[3]]
    assert [t.place for t in tallies] == ["1.", "2 =", "2 =", ""]
    assert not tallies[0].tied and tallies[1].tied

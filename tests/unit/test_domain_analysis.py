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
from coopatelier.domain.collation import sort_key
from coopatelier.domain.model import Card, CardKind, Organisation, Partner, Vote

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


def _org(name: str) -> Organisation:
    return Organisation(uuid.uuid4(), W, name, NOW)


def test_roadmap_lanes_hold_every_role_in_dictionary_order_then_no_lead() -> None:
    """Each action is in its lead's lane and in each partner's lane with the partner's
    role, once per lane; lanes in French dictionary order; no lead last; idle
    organisations get a lane only when asked."""
    ecole, centre, fondation, idle = (
        _org("École du quartier"), _org("centre social"), _org("Fondation"), _org("Zèbre")
    )
    orgs = [fondation, idle, ecole, centre]
    late = card(1, lead_organisation_id=ecole.id, horizon_year=2029,
                partners=(Partner(centre.id, "accueillir les familles"),
                          Partner(centre.id, "twice"), Partner(ecole.id, "its own lead")))
    early = card(2, lead_organisation_id=ecole.id, horizon_year=2027)
    undated = card(3, lead_organisation_id=ecole.id)
    orphan = card(4, horizon_year=2028,
                  partners=(Partner(fondation.id, "cofinancer"),))
    lanes = roadmap_lanes([late, orphan, undated, early], orgs, "fr")
    assert [lane.organisation_id for lane in lanes] == [centre.id, ecole.id, fondation.id, None]
    by_id = {lane.organisation_id: lane for lane in lanes}
    assert [(e.card, e.lead, e.role) for e in by_id[ecole.id].entries] == [
        (early, True, ""), (late, True, ""), (undated, True, "")
    ]
    assert [(e.card, e.lead, e.role) for e in by_id[centre.id].entries] == [
        (late, False, "accueillir les familles")
    ]
    assert [(e.card, e.lead, e.role) for e in by_id[fondation.id].entries] == [
        (orphan, False, "cofinancer")
    ]
    assert [(e.card, e.lead) for e in by_id[None].entries] == [(orphan, False)]
    every = roadmap_lanes([late], orgs, "fr", every_organisation=True)
    assert [lane.name for lane in every] == [
        "centre social", "École du quartier", "Fondation", "Zèbre"
    ]


def test_sort_key_orders_names_as_a_french_dictionary() -> None:
    names = ["Zèbre", "école", "Ecole", "École", "Œuvre", "Oeuf", "Lyon", "L’Olivier",
             "Épicerie", "eau", "Fondation"]
    assert sorted(names, key=lambda n: sort_key(n, "fr")) == [
        "eau", "Ecole", "école", "École", "Épicerie", "Fondation", "L’Olivier", "Lyon",
        "Oeuf", "Œuvre", "Zèbre",
    ]
    # the same letters: unaccented first, then lower case first
    assert sort_key("cote", "fr") < sort_key("côte", "fr") < sort_key("Côte", "fr")


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

"""Builders shared by the exchange tests (no tests here): a workshop using every feature,
hostile text, and a dump of every table to prove that a refused import changed nothing."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from coopatelier import api
from coopatelier.domain.model import CardKind, DriverNature, Partner, PhaseKind
from coopatelier.storage import orm
from tests.conftest import phase_of

LONG_TEXT = "Épicerie solidaire à prix juste. " * 3031  # just over 100,000 characters

HOSTILE_TEXTS = (
    "<b>gras</b> & <i>x<y</i> &amp; <img src=x onerror=alert(1)>",
    "*étoiles* _souligné_ # pas un titre\n- pas une liste\n1. pas numéroté\n> pas cité",
    "Circuits courts 🌱👩🏽‍🌾🥕 — énergie ⚡",
    "الأمن الغذائي في الأحياء ذات الأولوية",
    "ביטחון תזונתי בשכונות",
    "e\u0301te\u0301 (combining) · Ångström · ﬁ ligature",
    'guillemets "doubles" « français » \'simples\' ’apostrophe’',
    "ligne 1\nligne 2\r\nligne 3\n\n    indentée\ttabulée\u202f!",
    "=SOMME(A1:A9) formule",
    "   espaces au début et à la fin   ",
)


@dataclass(frozen=True)
class RichWorkshop:
    workshop_id: uuid.UUID
    driver_ids: tuple[uuid.UUID, ...]
    future_id: uuid.UUID
    action_id: uuid.UUID
    deleted_id: uuid.UUID
    merged_id: uuid.UUID
    long_id: uuid.UUID
    round_id: uuid.UUID
    org_ids: tuple[uuid.UUID, ...]


def build_rich(store: api.Store, data: api.WorkshopData) -> RichWorkshop:
    """Fill the ``workshop`` fixture with one of everything a workshop file carries."""
    wid = data.workshop.id
    drivers = phase_of(data, PhaseKind.DRIVERS)
    futures = phase_of(data, PhaseKind.FUTURES)
    actions = phase_of(data, PhaseKind.ACTIONS)
    closing = phase_of(data, PhaseKind.CLOSING)
    asso = api.add_organisation(store, wid, "Association « Les Jardins » <b>&").new_id
    orgs = tuple(o.id for o in api.load_workshop(store, wid).organisations)
    assert asso in orgs
    api.start_phase(store, drivers.id, at=dt.datetime(2026, 4, 14, 9, 5, tzinfo=dt.UTC))
    api.end_phase(store, drivers.id, at=dt.datetime(2026, 4, 14, 9, 41, 30, tzinfo=dt.UTC))

    driver_ids = []
    for index, text in enumerate(HOSTILE_TEXTS):
        driver_ids.append(
            api.add_card(
                store, drivers.id, text,
                category=("Société", "Technologie", "Économie", "Hors liste")[index % 4],
                nature=list(DriverNature)[index % 5], impact=1 + index % 5,
                uncertainty=5 - index % 5, table_label=f"Table {1 + index % 2}",
                author="Awa Diallo" if index % 2 else "Louis Martin",
                device="laptop-main",
            ).new_id
        )
    long_id = api.add_card(store, drivers.id, LONG_TEXT, device="laptop-main").new_id
    future_id = api.add_card(
        store, futures.id, "Un quartier nourricier",
        title="Quartiers nourriciers *2030*",
        narrative="En 2030, chaque habitant·e…\n\nDeuxième paragraphe <b>.",
        links=[driver_ids[0], driver_ids[1]], quadrant="+-", device="laptop-main",
    ).new_id
    action_id = api.add_card(
        store, actions.id, "Créer une épicerie solidaire",
        title="Épicerie solidaire", description="Avec les bailleurs\net les centres sociaux",
        lead_organisation_id=orgs[0],
        partners=[Partner(orgs[1], "financement"), Partner(asso, "animation « jardin »")],
        horizon_year=2028, first_step="Réunion le 3 mai", means="2 ETP", indicator="Paniers/mois",
        impact=5, effort=3, links=[future_id], device="laptop-main",
    ).new_id
    api.add_card(store, closing.id, "Se revoir en juin", category="Prochaines étapes",
                 checked=True)
    deleted_id = api.add_card(store, drivers.id, "Carte effacée", device="laptop-main").new_id
    api.delete_cards(store, [deleted_id])
    merged_id = api.add_card(store, drivers.id, "Doublon", device="laptop-main").new_id
    api.merge_cards(store, driver_ids[2], [merged_id])
    round_id = api.create_round(store, futures.id, title="Vote des futurs", dots_per_person=3,
                                hidden=True).new_id
    api.add_votes(store, round_id, future_id, 2, device="laptop-main")
    api.add_votes(store, round_id, future_id, 1, device="laptop-main")
    driver_round = api.create_round(store, drivers.id, title="Priorités").new_id
    api.add_votes(store, driver_round, merged_id, 1, device="laptop-main")
    api.set_axes(store, wid, x_driver_id=driver_ids[0], y_driver_id=driver_ids[1],
                 x_low="faible", x_high="fort <b>", y_low="lent", y_high="rapide")
    return RichWorkshop(
        workshop_id=wid, driver_ids=tuple(driver_ids), future_id=future_id,
        action_id=action_id, deleted_id=deleted_id, merged_id=merged_id, long_id=long_id,
        round_id=round_id, org_ids=(*orgs,),
    )


def dump(store: api.Store) -> dict[str, list[str]]:
    """Every row of every table, as sorted text: equal dumps mean an unchanged database."""
    with store.engine.connect() as connection:
        return {
            table.name: sorted(repr(tuple(row)) for row in connection.execute(select(table)))
            for table in orm.Base.metadata.sorted_tables
        }


def card_kinds(data: api.WorkshopData) -> set[CardKind]:
    return {c.kind for c in data.cards}

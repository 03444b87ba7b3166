"""Workshops and read-back helpers shared by the PDF tests."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from tests.conftest import phase_of

HOSTILE = ("<b>bold</b>", '<img src="/etc/passwd"/>', "&amp;", "x<y")
NARROW = "Un budget de 10\u202f000\u00a0€ par quartier et par an"
URL = "https://www.example.org/atelier/alimentation-durable/qpv2030"  # 60 characters


def org_id(data: api.WorkshopData, name: str) -> api.Organisation:
    return next(o for o in data.organisations if o.name == name)


def rich_workshop(store: api.Store, workshop: api.WorkshopData) -> api.WorkshopData:
    """The conftest workshop with drivers, a voted future, actions, closing notes and the
    strings that break naive reportlab use."""
    wid = workshop.workshop.id
    cohesion = org_id(workshop, "Métropole – Cohésion sociale").id
    pat = org_id(workshop, "PAT").id
    extra = api.add_organisation(store, wid, "Épicerie solidaire « Le Panier »").new_id
    drivers = phase_of(workshop, PhaseKind.DRIVERS).id
    d1 = api.add_card(store, drivers, "Hausse durable des prix de l’énergie", category="Économie",
                      nature="tendance_lourde", impact=5, uncertainty=4).new_id
    api.add_card(store, drivers, "Cœur de la précarité : l’œuvre des « épiceries » …",
                 category="Société", nature="signal_faible", impact=2, uncertainty=5)
    for text in HOSTILE:
        api.add_card(store, drivers, text, category="Société", impact=3, uncertainty=3)
    futures = phase_of(workshop, PhaseKind.FUTURES).id
    f1 = api.add_card(store, futures, "Un quartier nourricier", title="Le quartier nourricier",
                      narrative="En 2030, chaque quartier a sa maison de l’alimentation.",
                      links=(d1,)).new_id
    api.add_card(store, futures, "Les circuits courts solidaires")
    round_id = api.create_round(store, futures, title="Vote").new_id
    api.add_votes(store, round_id, f1, 3)
    actions = phase_of(workshop, PhaseKind.ACTIONS).id
    api.add_card(
        store, actions, "Paniers solidaires", title="Pérenniser les paniers solidaires",
        description=NARROW, lead_organisation_id=pat, horizon_year=2027,
        first_step="Réunir producteurs et associations en septembre", impact=5, effort=2,
        partners=(api.Partner(cohesion, "coordonner le déploiement dans les quartiers"),
                  api.Partner(extra, "assurer les distributions")),
    )
    api.add_card(store, actions, "Maison de l’alimentation", lead_organisation_id=cohesion,
                 horizon_year=2029, impact=4, effort=5)
    closing = phase_of(workshop, PhaseKind.CLOSING).id
    api.add_card(store, closing, "Fixer la date du prochain rendez-vous",
                 category="Prochaines étapes")
    api.add_card(store, closing, "Fête 🎉 des voisins 中文 日本語 ☀ مرحبا", category="Ingrédients")
    return api.load_workshop(store, wid)


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def all_text(path: Path) -> str:
    return "\n".join(pages_text(path))


def flat(text: str) -> str:
    """``text`` with each run of white space (line breaks included) made one space."""
    return re.sub(r"\s+", " ", text)


def normalised(text: str) -> str:
    """``text`` flattened, its no-break spaces read as spaces (French typography)."""
    return flat(text.replace("\u00a0", " "))

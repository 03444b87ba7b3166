"""Hostile text in every place a workshop holds text, for the export tests and benchmarks.

:func:`hostile_workshop` fills a workshop's every text field — workshop, phases,
categories, cards of every kind, partner roles, participants, organisations, vote round,
scenario axes — through the API, with the text ``value(field)`` gives for that field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.domain.people import PersonLine
from coopatelier.templates.loader import Template

#: One sample of each kind of text that breaks naive exports.
SAMPLES = {
    "markup": '<b>gras</b> <img src="/etc/passwd"/> <para> </font> &amp; x<y & "q"',
    "markdown": "Titre\n---\n- puce\n# dièse\n> cité\n1. un\n| a | b |\n`code` *em* [lien](u) ===",
    "formula": '=HYPERLINK("http://x";"clic") +1+1 -2 @SUM(A1)',
    "control": "a\x01b\x07c\x1bd\x7fe\x0bf\x0cg\x85h\u2028i\u2029j\u200bk\ufeffl\tm\r\nn",
    "rtl": "مرحبا بالعالم، هذه جملة. שלום עולם, זה משפט.",
    "cjk": "中文文本 日本語のテキスト 한국어 텍스트",
    "emoji": "🇫🇷 👩\u200d🌾 👨\u200d👩\u200d👧 👍🏽 ❤\ufe0f 🏳\ufe0f\u200d🌈",
    "french": "« Cœur » l’œuvre — 10\u202f000\u00a0€ …",
}

#: Whether a field keeps its line breaks: a name is shown on one line.
FIELDS = (
    "workshop.title", "workshop.focal_question", "workshop.territory", "workshop.place",
    "workshop.organisers", "phase.title", "phase.question", "phase.category",
    "participant.name", "participant.role", "participant.table", "organisation.name",
    "driver.text", "driver.title", "driver.category", "driver.table", "driver.author",
    "future.title", "future.text", "future.narrative",
    "action.title", "action.text", "action.description", "action.first_step",
    "action.means", "action.indicator", "partner.role",
    "note.text", "note.category", "round.title",
    "axes.x_low", "axes.x_high", "axes.y_low", "axes.y_high",
)


def mixed(field: str) -> str:
    """Every sample, starting with a different one for each field (so that some fields
    start with a formula, others with a Markdown rule or right-to-left text)."""
    names = list(SAMPLES)
    start = FIELDS.index(field) % len(names)
    order = names[start:] + names[:start]
    return " ".join(SAMPLES[name] for name in order)


def long_text(field: str, length: int = 100_000) -> str:
    """``length`` characters on one line (no line break at all): French prose with every
    sample in it once (their line breaks made spaces), then an end mark."""
    samples = " ".join(" ".join(s.replace("\x85", " ").split()) for s in SAMPLES.values())
    prose = "Les partenaires du territoire imaginent l’alimentation de demain ensemble. "
    end = f" fin-{field}"
    body = f"{field} {samples} " + prose * (length // len(prose) + 1)
    return body[:length - len(end) - 1].rstrip() + "." + end


def many_lines(field: str, lines: int = 2_000) -> str:
    """``lines`` lines of French prose, a sample every fiftieth line, then an end mark."""
    samples = [" ".join(s.replace("\x85", " ").split()) for s in SAMPLES.values()]
    body = [samples[(index // 50) % len(samples)] if index % 50 == 0
            else f"{index} — une ligne de plus dans ce champ" for index in range(lines - 1)]
    return "\n".join([f"{field}", *body[1:], f"fin-{field}"])


def hostile_workshop(store: api.Store, template: Template,
                     value: Callable[[str], str]) -> api.WorkshopData:
    """A workshop from ``template`` (one phase of each main kind) whose every text field
    is ``value(field)``."""
    lead_name = value("organisation.name")
    other_name = "Autre " + value("organisation.name")[:50]
    wid = api.create_workshop(
        store, template, title=value("workshop.title"), date=dt.date(2026, 4, 14),
        place=value("workshop.place"), focal_question=value("workshop.focal_question"),
        territory=value("workshop.territory"), organisers=value("workshop.organisers"),
        people=[PersonLine(value("participant.name"), lead_name, value("participant.role"),
                           value("participant.table")),
                PersonLine("Personne 2", other_name, "", "")],
    ).new_id
    data = api.load_workshop(store, wid)
    for each in data.phases:
        api.update_phase(store, each.id, title=value("phase.title"),
                         question=value("phase.question"),
                         categories=[value("phase.category")])
    lead = next(o for o in data.organisations if o.name == lead_name).id
    other = next(o for o in data.organisations if o.name == other_name).id

    def phase(kind: PhaseKind) -> api.Phase:
        return next(p for p in data.phases if p.kind is kind)

    driver = api.add_card(
        store, phase(PhaseKind.DRIVERS).id, value("driver.text"), title=value("driver.title"),
        category=value("driver.category"), table_label=value("driver.table"),
        author=value("driver.author"), nature="incertitude_majeure", impact=5, uncertainty=5,
    ).new_id
    second = api.add_card(store, phase(PhaseKind.DRIVERS).id, "Second moteur", impact=1,
                          uncertainty=4).new_id
    future = api.add_card(
        store, phase(PhaseKind.FUTURES).id, value("future.text"), title=value("future.title"),
        narrative=value("future.narrative"), links=(driver,), quadrant="+-",
    ).new_id
    round_id = api.create_round(store, phase(PhaseKind.FUTURES).id,
                                title=value("round.title")).new_id
    api.add_votes(store, round_id, future, 2)
    api.add_card(
        store, phase(PhaseKind.ACTIONS).id, value("action.text"), title=value("action.title"),
        description=value("action.description"), first_step=value("action.first_step"),
        means=value("action.means"), indicator=value("action.indicator"),
        lead_organisation_id=lead, horizon_year=2028, impact=4, effort=2,
        partners=(api.Partner(other, value("partner.role")),), links=(future,),
    )
    api.add_card(store, phase(PhaseKind.CLOSING).id, value("note.text"),
                 category=value("note.category"))
    api.set_axes(store, wid, x_driver_id=driver, y_driver_id=second,
                 x_low=value("axes.x_low"), x_high=value("axes.x_high"),
                 y_low=value("axes.y_low"), y_high=value("axes.y_high"))
    return api.load_workshop(store, wid)

"""Markdown export: a readable summary of a workshop (French, or English for English
workshops), phase by phase.

Every piece of user text goes through :func:`escape` (or :func:`block` for multi-line
text), so ``*``, ``#``, ``<b>`` or ``[x](y)`` typed in a card show literally. When
anonymised (by default: the workshop's anonymous flag), no participant or author name
appears, only organisations.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path

from coopatelier.domain.analysis import (
    export_dots,
    key_uncertainties,
    phase_timing,
    ranking,
    roadmap_lanes,
)
from coopatelier.domain.collation import sort_key
from coopatelier.domain.demarche import DemarcheData
from coopatelier.domain.model import (
    NATURE_LABELS_EN,
    NATURE_LABELS_FR,
    Card,
    CardKind,
    Phase,
    PhaseStatus,
    WorkshopData,
    utcnow,
)
from coopatelier.exchange._common import write_atomically
from coopatelier.exchange.demarche_text import (
    document_words,
    workshop_governance,
    workshop_review,
)
from coopatelier.wording import is_singular

_ESCAPED = re.compile(r"([\\`*_\[\]<>#|~&!{}])")
_ORDERED_MARKER = re.compile(r"^(\d{1,9})([.)])")
_LINE_BREAKS = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")

LABELS = {
    "fr": {
        "question": "Question focale", "date": "Date", "place": "Lieu",
        "territory": "Territoire", "horizon": "Horizon", "organisers": "Organisation",
        "participants": "Participants", "organisations": "Organisations représentées",
        "agenda": "Déroulé", "planned": "min prévues", "actual": "min réalisées",
        "planned_one": "min prévue", "actual_one": "min réalisée",
        "not_run": "non lancée", "in_progress": "en cours",
        "uncategorised": "Sans catégorie", "impact": "impact", "uncertainty": "incertitude",
        "effort": "effort", "votes": "gommettes", "vote": "gommette", "rank": "rang",
        "round": "Tour",
        "key_uncertainties": "Incertitudes clés", "answers": "Répond à",
        "description": "Description", "lead": "Pilote", "partners": "Partenaires",
        "year": "Échéance", "first_step": "Première étape", "means": "Moyens",
        "indicator": "Indicateur", "links": "Liens", "roadmap": "Feuille de route par organisation",
        "no_lead": "Sans pilote", "as_lead": "pilote", "as_partner": "partenaire",
        "axes": "Axes des scénarios", "table": "Table", "text": "Texte", "nothing": "Aucune carte.",
    },
    "en": {
        "question": "Focal question", "date": "Date", "place": "Place",
        "territory": "Territory", "horizon": "Horizon", "organisers": "Organisers",
        "participants": "Participants", "organisations": "Organisations taking part",
        "agenda": "Agenda", "planned": "min planned", "actual": "min actual",
        "planned_one": "min planned", "actual_one": "min actual",
        "not_run": "not run", "in_progress": "running",
        "uncategorised": "Uncategorised", "impact": "impact", "uncertainty": "uncertainty",
        "effort": "effort", "votes": "dots", "vote": "dot", "rank": "rank", "round": "Round",
        "key_uncertainties": "Key uncertainties", "answers": "Answers",
        "description": "Description", "lead": "Lead", "partners": "Partners",
        "year": "Year", "first_step": "First step", "means": "Means",
        "indicator": "Indicator", "links": "Links", "roadmap": "Roadmap by organisation",
        "no_lead": "No lead yet", "as_lead": "lead", "as_partner": "partner",
        "axes": "Scenario axes", "table": "Table", "text": "Text", "nothing": "No cards.",
    },
}


def minutes(value: int, many: str, one: str, language: str) -> str:
    """"1 min réalisée", "0 min prévue", "45 min réalisées": French agrees the words with
    the minutes (singular up to one); ``one`` and ``many`` are the language's words."""
    return f"{value} {one if is_singular(value, language) else many}"


def escape(text: str) -> str:
    """User text, safe inside Markdown: shown literally, never as markup. Every line is
    escaped on its own (a ``---`` or ``- `` on a second line of a name is no rule and no
    list item); lines are joined by hard breaks, and an empty line is kept as a line with
    a character reference, so a text never ends the paragraph or list item it is in."""
    lines = _LINE_BREAKS.split(text)
    if len(lines) == 1:
        return _escape_line(text)
    return "\\\n".join(_escape_line(line) or "&#32;" for line in lines)


def inline(text: str) -> str:
    """User text on one line (a heading): line breaks become spaces, then :func:`escape`."""
    return escape(_LINE_BREAKS.sub(" ", text))


def _escape_line(text: str) -> str:
    line = _ESCAPED.sub(r"\\\1", text.replace("\t", " "))
    stripped = line.lstrip(" ")
    indent = len(line) - len(stripped)
    if stripped[:1] in ("-", "+", "=") or stripped[:1].isspace():
        stripped = "\\" + stripped
    else:
        stripped = _ORDERED_MARKER.sub(r"\1\\\2", stripped)
    # Leading spaces would make a code block: keep them as character references.
    return "&#32;" * indent + stripped


def block(text: str, indent: str = "") -> str:
    """Multi-line user text: line breaks kept (hard breaks), blank lines as paragraphs;
    continuation lines start with ``indent`` so the text stays inside a list item."""
    paragraphs: list[list[str]] = [[]]
    for line in _LINE_BREAKS.split(text):
        if line.strip():
            paragraphs[-1].append(_escape_line(line))
        elif paragraphs[-1]:
            paragraphs.append([])
    parts = ["\\\n".join(indent + line for line in lines).removeprefix(indent)
             for lines in paragraphs if lines]
    return f"\n\n{indent}".join(parts)


def markdown_text(data: WorkshopData, *, anonymised: bool | None = None,
                  demarche: DemarcheData | None = None) -> str:
    """The summary as Markdown text; ``demarche``: the démarche of a point d'étape, whose
    review and governance its review and governance phases then tell."""
    anonymised = data.workshop.anonymous if anonymised is None else anonymised
    return _Writer(data, anonymised, demarche).text()


def write_markdown(
    data: WorkshopData, path: str | os.PathLike[str], *, anonymised: bool | None = None,
    demarche: DemarcheData | None = None,
) -> Path:
    """Write the summary to ``path`` (UTF-8); no personal names when ``anonymised``
    (default: the workshop's anonymous flag)."""
    text = markdown_text(data, anonymised=anonymised, demarche=demarche)
    return write_atomically(path, text.encode("utf-8"))


class _Writer:
    def __init__(self, data: WorkshopData, anonymised: bool,
                 demarche: DemarcheData | None = None) -> None:
        self.data = data
        self.demarche = demarche
        self.now = utcnow()  # a phase still running is timed up to now
        self.anonymised = anonymised
        self.french = data.workshop.language != "en"
        self.language = "fr" if self.french else "en"
        self.t = LABELS[self.language]
        self.natures = NATURE_LABELS_FR if self.french else NATURE_LABELS_EN
        self.orgs = {o.id: o.name for o in data.organisations}
        self.organisations = sorted(data.present_organisations(), key=lambda o: self.key(o.name))
        # per card, the dots of its phase's latest shown round, that round named, the
        # earlier rounds listed apart: never several rounds added together (#13)
        self.dots = export_dots(data)
        self.totals = self.dots.totals
        self.headings = {c.id: c.heading for c in data.cards}
        self.lines: list[str] = []

    def key(self, text: str) -> tuple[tuple[int, ...], str]:
        return sort_key(text, self.data.workshop.language)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def text(self) -> str:
        self._header()
        self._people()
        self._agenda()
        phases = sorted(self.data.phases, key=lambda p: (p.position, str(p.id)))
        for number, phase in enumerate(phases, start=1):
            self._phase(number, phase)
        self._roadmap()
        while self.lines and not self.lines[-1]:
            self.lines.pop()
        return "\n".join(self.lines) + "\n"

    # --- sections -----------------------------------------------------------------------

    def _header(self) -> None:
        w, t = self.data.workshop, self.t
        self.add(f"# {inline(w.title)}", "")
        if w.focal_question.strip():
            self.add(f"**{t['question']} :** {block(w.focal_question)}" if self.french
                     else f"**{t['question']}:** {block(w.focal_question)}", "")
        date = w.date.strftime("%d/%m/%Y") if self.french else w.date.isoformat()
        facts = [(t["date"], date), (t["place"], escape(w.place)),
                 (t["territory"], escape(w.territory)), (t["horizon"], str(w.horizon_year)),
                 (t["organisers"], escape(w.organisers))]
        colon = "\u00a0:" if self.french else ":"
        self.add(*(f"- **{name}{colon}** {value}" for name, value in facts if value.strip()), "")

    def _people(self) -> None:
        t = self.t
        if self.anonymised or not self.data.participants:
            if self.data.organisations:
                self.add(f"## {t['organisations']}", "")
                self.add(*(f"- {escape(o.name)}" for o in self.organisations), "")
            return
        self.add(f"## {t['participants']}", "")
        for person in sorted(self.data.participants, key=lambda q: self.key(q.name)):
            details = [escape(self.orgs[person.organisation_id])] \
                if person.organisation_id in self.orgs else []
            details += [escape(x) for x in (person.role, person.table_label) if x.strip()]
            extra = f" — {', '.join(details)}" if details else ""
            self.add(f"- {escape(person.name)}{extra}")
        self.add("")

    def _agenda(self) -> None:
        t = self.t
        self.add(f"## {t['agenda']}", "")
        phases = sorted(self.data.phases, key=lambda p: (p.position, str(p.id)))
        for number, phase in enumerate(phases, start=1):
            timing = minutes(phase.planned_minutes, t["planned"], t["planned_one"],
                             self.language)
            run = phase_timing(phase, self.now)
            if run.status is PhaseStatus.NOT_RUN:
                timing += f", {t['not_run']}"
            elif run.delta_minutes is not None:
                actual = run.actual_minutes or 0
                timing += ", " + minutes(actual, t["actual"], t["actual_one"], self.language)
            elif run.actual_minutes is not None:
                timing += f", {t['in_progress']} ({run.actual_minutes} min)"
            else:
                timing += f", {t['in_progress']}"
            self.add(f"{number}. {escape(phase.title)} ({timing})")
        self.add("")

    def _phase(self, number: int, phase: Phase) -> None:
        t = self.t
        self.add(f"## {number}. {inline(phase.title)}", "")
        if phase.question.strip():
            self.add(f"*{block(phase.question)}*", "")
        cards = self.data.cards_of_phase(phase.id)
        if self.demarche is not None and phase.demarche_focus == "review":
            self._review()
        elif self.demarche is not None and phase.demarche_focus == "governance":
            self._governance()
        elif not cards:
            self.add(f"*{t['nothing']}*", "")
            return
        drivers = [c for c in cards if c.kind is CardKind.DRIVER]
        futures = [c for c in cards if c.kind is CardKind.FUTURE]
        actions = [c for c in cards if c.kind is CardKind.ACTION]
        notes = [c for c in cards if c.kind is CardKind.NOTE]
        if drivers:
            self._drivers(phase, drivers)
        if futures:
            self._futures(phase, futures)
        if actions:
            places = {t.card_id: t.place for t in ranking(actions, self.totals)}
            for card in actions:
                self._action(card, places[card.id])
        if notes:
            self._by_category(phase, notes, self._note_line)

    def _by_category(
        self, phase: Phase, cards: list[Card], line: Callable[[Card], str]
    ) -> None:
        order = list(phase.categories)
        for card in cards:
            if card.category not in order:
                order.append(card.category)
        several = len([c for c in order if any(card.category == c for card in cards)]) > 1
        for category in order:
            group = [c for c in cards if c.category == category]
            if not group:
                continue
            if several or category:
                self.add(f"### {inline(category) if category else self.t['uncategorised']}", "")
            for card in group:
                self.add(line(card))
            self.add("")

    def _drivers(self, phase: Phase, drivers: list[Card]) -> None:
        self._by_category(phase, drivers, self._driver_line)
        keys = key_uncertainties(drivers)
        if keys:
            self.add(f"### {self.t['key_uncertainties']}", "")
            self.add(*(f"- {block(c.heading, '  ')}" for c in keys), "")

    def _driver_line(self, card: Card) -> str:
        t = self.t
        facts: list[str] = []
        if card.nature is not None:
            facts.append(f"*{self.natures[card.nature]}*")
        if card.impact is not None:
            facts.append(f"{t['impact']} {card.impact}/5")
        if card.uncertainty is not None:
            facts.append(f"{t['uncertainty']} {card.uncertainty}/5")
        facts += self._votes(card)
        text = block(card.heading, "  ")
        if card.title and card.text.strip() and card.text != card.title:
            text += "  \n  " + block(card.text, "  ")  # the words said, under the title
        extra = f" — {' · '.join(facts)}" if facts else ""
        return f"- {text}{extra}{self._provenance(card)}"

    def _futures(self, phase: Phase, futures: list[Card]) -> None:
        t = self.t
        axes = self.data.axes
        if axes is not None and (axes.x_driver_id or axes.y_driver_id):
            parts = []
            for driver, low, high in ((axes.x_driver_id, axes.x_low, axes.x_high),
                                      (axes.y_driver_id, axes.y_low, axes.y_high)):
                if driver is not None:
                    parts.append(f"{escape(_one_line(self.headings.get(driver, '')))} "
                                 f"({escape(low)} → {escape(high)})")
            self.add(f"**{t['axes']}** : " + " × ".join(parts), "")
        for tally in ranking(futures, self.totals):
            card = next(c for c in futures if c.id == tally.card_id)
            self.add(f"### {escape(_one_line(card.heading))}", "")
            if card.narrative.strip():
                self.add(block(card.narrative), "")
            if card.title and card.text.strip() and card.text != card.title:
                self.add(block(card.text), "")
            facts = self._votes(card, tally.place)
            if card.links:
                facts.append(f"{t['answers']} : " + "; ".join(self._link_names(card.links)))
            if facts or self._provenance(card):
                self.add(" · ".join(facts) + self._provenance(card), "")

    def _action(self, card: Card, place: str = "") -> None:
        """``place``: the action's rank by dots (``Tally.place``: "2 =" for a tie, "" when
        it has none)."""
        t = self.t
        colon = "\u00a0:" if self.french else ":"
        self.add(f"### {escape(_one_line(card.heading))}", "")
        if card.title and card.text.strip() and card.text != card.title:
            self.add(block(card.text), "")
        facts: list[tuple[str, str]] = []
        if card.description.strip():
            facts.append((t["description"], block(card.description, "  ")))
        if card.lead_organisation_id in self.orgs:
            assert card.lead_organisation_id is not None
            facts.append((t["lead"], escape(self.orgs[card.lead_organisation_id])))
        if card.partners:
            facts.append((t["partners"], "; ".join(
                escape(self.orgs.get(p.organisation_id, "?"))
                + (f" ({escape(_one_line(p.role))})" if p.role.strip() else "")
                for p in card.partners
            )))
        if card.horizon_year is not None:
            facts.append((t["year"], str(card.horizon_year)))
        for key in ("first_step", "means", "indicator"):
            value = getattr(card, key)
            if value.strip():
                facts.append((t[key], block(value, "  ")))
        ratings = [f"{t['impact']} {card.impact}/5" if card.impact is not None else "",
                   f"{t['effort']} {card.effort}/5" if card.effort is not None else ""]
        ratings += self._votes(card, place)
        ratings = [r for r in ratings if r]
        if card.links:
            facts.append((t["links"], "; ".join(self._link_names(card.links))))
        self.add(*(f"- **{name}{colon}** {value}" for name, value in facts))
        if ratings:
            self.add(f"- {' · '.join(ratings)}")
        provenance = self._provenance(card)
        if provenance:
            self.add(f"- {provenance.strip(' —')}")
        self.add("")

    def _note_line(self, card: Card) -> str:
        box = "" if card.checked is None else ("[x] " if card.checked else "[ ] ")
        facts = self._votes(card)
        extra = f" — {' · '.join(facts)}" if facts else ""
        return f"- {box}{block(card.heading, '  ')}{extra}{self._provenance(card)}"

    def _day(self, day: dt.date) -> str:
        return day.strftime("%d/%m/%Y") if self.french else day.isoformat()

    def _review(self) -> None:
        """Each action reviewed, its status and what was recorded in this workshop."""
        assert self.demarche is not None
        words = document_words(self.language)
        colon = "\u00a0:" if self.french else ":"
        reviewed = workshop_review(self.demarche, self.data.workshop.id, self.language, self._day)
        if not reviewed:
            self.add(f"*{words['no_action']}*", "")
        for action in reviewed:
            lead = f" — {escape(action.lead)}" if action.lead else ""
            self.add(f"### {inline(action.title)}{lead}", "",
                     f"**{words['status']}{colon}** {escape(action.status)}", "")
            self.add(*[f"- {escape(entry)}" for entry in action.entries]
                     or (f"*{words['nothing_here']}*",), "")

    def _governance(self) -> None:
        """The governance of the collective as it stands."""
        assert self.demarche is not None
        words = document_words(self.language)
        colon = "\u00a0:" if self.french else ":"
        now = workshop_governance(self.demarche, self.data.workshop.id, self.language,
                                  self._day)
        if now.facts:
            self.add(*(f"- **{k}{colon}** {escape(v)}" for k, v in now.facts), "")
        self.add(f"### {words['members']}", "")
        self.add(*[f"- **{escape(who)}** — {escape(role)}" for who, role in now.members]
                 or (f"*{words['empty']}*",), "")
        self.add(f"### {words['decisions_here']}", "")
        self.add(*[f"- {day} — {escape(text)}" for day, text in now.decisions]
                 or (f"*{words['empty']}*",), "")

    def _roadmap(self) -> None:
        t = self.t
        actions = list(self.data.cards_of_kind(CardKind.ACTION))
        if not actions or not any(
            c.lead_organisation_id or c.partners for c in actions
        ):
            return
        self.add(f"## {t['roadmap']}", "")
        language = self.data.workshop.language
        for lane in roadmap_lanes(actions, self.data.organisations, language):
            lines = []
            for entry in lane.entries:
                card = entry.card
                title = f"- {_year(card)}{escape(_one_line(card.heading))}"
                if lane.organisation_id is None:
                    lines.append(title)
                elif entry.lead:
                    lines.append(f"{title} ({t['as_lead']})")
                else:
                    role = f" : {escape(_one_line(entry.role))}" if entry.role else ""
                    lines.append(f"{title} ({t['as_partner']}{role})")
            name = inline(lane.name) if lane.organisation_id is not None else t["no_lead"]
            self.add(f"### {name}", "", *lines, "")

    # --- pieces -------------------------------------------------------------------------

    def _votes(self, card: Card, place: str = "") -> list[str]:
        """The card's dots named with their round ("Tour 2 : 5 gommettes"), its rank in
        that round (``place``), then its dots in the phase's earlier rounds ("Tour 1 : 3
        gommettes"), never added together: the voting panel's word, not "votes"."""
        shown = self.dots.round_of.get(card.id)
        earlier = self.dots.earlier.get(card.id, ())
        dots = self.totals.get(card.id, 0)
        if shown is None or not (dots or earlier):
            return []
        rank = [f"{self.t['rank']} {place}"] if place else []
        return [self._round_dots(shown.number, dots), *rank,
                *(self._round_dots(number, value) for number, value in earlier)]

    def _round_dots(self, number: int, dots: int) -> str:
        colon = "\u00a0:" if self.french else ":"
        word = self.t["vote"] if is_singular(dots, self.language) else self.t["votes"]
        return f"{self.t['round']} {number}{colon} {dots} {word}"

    def _provenance(self, card: Card) -> str:
        parts = []
        if card.table_label.strip():
            parts.append(escape(card.table_label))
        if card.author.strip() and not self.anonymised:
            parts.append(escape(card.author))
        return f" — *{', '.join(parts)}*" if parts else ""

    def _link_names(self, links: Iterable[uuid.UUID]) -> list[str]:
        return [escape(_one_line(self.headings[i])) for i in links if i in self.headings]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _year(card: Card) -> str:
    return f"{card.horizon_year} — " if card.horizon_year is not None else ""


__all__ = ["block", "escape", "inline", "markdown_text", "write_markdown"]

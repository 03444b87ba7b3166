"""Headings and fixed words of the synthesis in French and English.

These are document strings, not Qt strings: the PDF is written without a UI, in the language
the user chose for it.
"""

from __future__ import annotations

import datetime as dt

from coopatelier.domain.analysis import ActionQuadrant, DriverQuadrant
from coopatelier.domain.model import (
    NATURE_LABELS_EN,
    NATURE_LABELS_FR,
    CardKind,
    DriverNature,
    PhaseKind,
)
from coopatelier.export.pdf import LANGUAGES
from coopatelier.wording import is_singular

_FR: dict[str, str] = {
    "synthesis": "Synthèse de l’atelier",
    "contents": "Sommaire",
    "focal_question": "Question focale",
    "horizon": "Horizon",
    "territory": "Territoire",
    "date": "Date",
    "place": "Lieu",
    "organisers": "Organisation",
    "key_figures": "Chiffres clés",
    "participants": "Participants",
    "organisations": "Organisations",
    "cards": "Contributions",
    "dots": "Gommettes (tous les tours)",
    "round": "Tour",
    "card_number": "n°",
    "rank": "rang",
    "cards_per_phase": "Contributions par séquence",
    "agenda": "Déroulé : prévu et réalisé",
    "phase": "Séquence",
    "planned": "Prévu",
    "as_run": "Réalisé",
    "start": "Début",
    "not_run": "—",
    "in_progress": "en cours",
    "minutes": "min",
    "people_and_orgs": "Participants et organisations",
    "name": "Nom",
    "organisation": "Organisation",
    "role": "Fonction",
    "table": "Table",
    "people_count": "Personnes",
    "anonymised_note": "Synthèse anonymisée : seules les organisations sont citées.",
    "no_organisation": "Sans organisation",
    "drivers": "Moteurs du changement",
    "matrix_title": "Matrice impact × incertitude",
    "key_uncertainties": "Incertitudes clés",
    "no_key_uncertainty": "Aucun moteur n’est à la fois à fort impact et très incertain.",
    "nature": "Nature",
    "impact": "Impact",
    "uncertainty": "Incertitude",
    "effort": "Effort",
    "uncategorised": "Sans catégorie",
    "unrated": "non évalués",
    "futures": "Futurs souhaitables",
    "answers": "Répond à",
    # the voting panel's and the room's word: "gommettes", never "votes"
    "dot_many": "gommettes",
    "dot_one": "gommette",
    "dots_given": "gommettes données",
    "dots_given_one": "gommette donnée",
    "per_person": "gommettes par personne",
    "per_person_one": "gommette par personne",
    "ranking_round": "Classement, tour",
    "no_dot": "Sans gommette",
    "other_cards": "autres cartes",
    "other_card": "autre carte",
    "no_dot_given": "Aucune gommette n’a été donnée dans ce tour.",
    "other_votes": "Gommettes des autres séquences",
    "prefilled_many": "pré-remplies",
    "prefilled_one": "pré-remplie",
    "axes": "Axes des scénarios",
    "actions": "Actions",
    "effort_chart": "Matrice impact × effort",
    "lead": "Pilote",
    "partners": "Partenaires et rôles",
    "first_step": "Premier pas",
    "means": "Moyens",
    "indicator": "Indicateur",
    "serves": "Sert",
    "description": "Description",
    "roadmap": "Feuille de route",
    "roadmap_intro": "Chacun son poste : les actions de chaque organisation, pilote "
                     "ou partenaire, jusqu’en",
    "roadmap_notes": "Notes de la feuille de route (rôles vacants, dépendances)",
    "roadmap_unscheduled": "Feuille de route\u00a0: aucune action n’a encore de structure "
                           "pilote et d’année.",
    "part": "Rôle",
    "high": "fort",
    "low": "faible",
    "no_lead": "Pilote à désigner",
    "undated": "Sans date",
    "more": "de plus",
    "continued": "(suite)",
    "commitments": "Engagements par organisation",
    "commitments_intro": "Ce que nous avons dit que nous ferions.",
    "present": "Présents à l’atelier",
    "people_present": "personnes présentes à l’atelier",
    "person_present": "personne présente à l’atelier",
    "led_count": "actions pilotées",
    "led_count_one": "action pilotée",
    "partner_count": "actions en partenaire",
    "partner_count_one": "action en partenaire",
    "we_lead": "Nous pilotons",
    "we_support": "Nous y contribuons",
    "our_role": "Notre rôle",
    "working_with": "Nous travaillons avec",
    "no_commitment": "Aucun engagement noté pour cette organisation pendant l’atelier.",
    "without_commitment": "Sans engagement noté pendant l’atelier",
    "closing": "Ingrédients de la coopération et prochaines étapes",
    "other_items": "Autres éléments",
    "annex": "Annexe : toutes les contributions",
    "prefilled": "pré-rempli",
    "time": "Heure",
    "text": "Contribution",
    "empty_section": "Rien n’a été noté ici pendant l’atelier.",
    "generated": "Synthèse générée par CoopAtelier le",
    "page": "Page",
    "none": "—",
    "years": "Années",
}

_EN: dict[str, str] = {
    "synthesis": "Workshop synthesis",
    "contents": "Contents",
    "focal_question": "Focal question",
    "horizon": "Horizon",
    "territory": "Territory",
    "date": "Date",
    "place": "Place",
    "organisers": "Organisers",
    "key_figures": "Key figures",
    "participants": "Participants",
    "organisations": "Organisations",
    "cards": "Contributions",
    "dots": "Dots (all rounds)",
    "round": "Round",
    "card_number": "no.",
    "rank": "rank",
    "cards_per_phase": "Contributions per phase",
    "agenda": "Agenda: planned and as run",
    "phase": "Phase",
    "planned": "Planned",
    "as_run": "As run",
    "start": "Start",
    "not_run": "—",
    "in_progress": "running",
    "minutes": "min",
    "people_and_orgs": "Participants and organisations",
    "name": "Name",
    "organisation": "Organisation",
    "role": "Role",
    "table": "Table",
    "people_count": "People",
    "anonymised_note": "Anonymised synthesis: only organisations are named.",
    "no_organisation": "No organisation",
    "drivers": "Drivers of change",
    "matrix_title": "Impact × uncertainty matrix",
    "key_uncertainties": "Key uncertainties",
    "no_key_uncertainty": "No driver has both a high impact and a high uncertainty.",
    "nature": "Nature",
    "impact": "Impact",
    "uncertainty": "Uncertainty",
    "effort": "Effort",
    "uncategorised": "Uncategorised",
    "unrated": "unrated",
    "futures": "Desirable futures",
    "answers": "Answers",
    # the voting panel's and the room's word: "dots", never "votes"
    "dot_many": "dots",
    "dot_one": "dot",
    "dots_given": "dots given",
    "dots_given_one": "dot given",
    "per_person": "dots per person",
    "per_person_one": "dot per person",
    "ranking_round": "Ranking, round",
    "no_dot": "No dot",
    "other_cards": "other cards",
    "other_card": "other card",
    "no_dot_given": "No dot was given in this round.",
    "other_votes": "Dots in other phases",
    "prefilled_many": "pre-filled",
    "prefilled_one": "pre-filled",
    "axes": "Scenario axes",
    "actions": "Actions",
    "effort_chart": "Impact × effort matrix",
    "lead": "Lead",
    "partners": "Partners and roles",
    "first_step": "First step",
    "means": "Means",
    "indicator": "Indicator",
    "serves": "Serves",
    "description": "Description",
    "roadmap": "Roadmap",
    "roadmap_intro": "Each to their post: every organisation's actions, as lead or partner, "
                     "up to",
    "roadmap_notes": "Notes of the roadmap (vacant roles, dependencies)",
    "roadmap_unscheduled": "Roadmap: no action has a lead organisation and a year yet.",
    "part": "Role",
    "high": "high",
    "low": "low",
    "no_lead": "Lead to be named",
    "undated": "Undated",
    "more": "more",
    "continued": "(continued)",
    "commitments": "Commitments by organisation",
    "commitments_intro": "What we said we would do.",
    "present": "At the workshop",
    "people_present": "people at the workshop",
    "person_present": "person at the workshop",
    "led_count": "actions led",
    "led_count_one": "action led",
    "partner_count": "actions as partner",
    "partner_count_one": "action as partner",
    "we_lead": "We lead",
    "we_support": "We contribute to",
    "our_role": "Our role",
    "working_with": "We work with",
    "no_commitment": "No commitment was noted for this organisation during the workshop.",
    "without_commitment": "No commitment noted during the workshop",
    "closing": "Cooperation ingredients and next steps",
    "other_items": "Other items",
    "annex": "Annex: every contribution",
    "prefilled": "pre-filled",
    "time": "Time",
    "text": "Contribution",
    "empty_section": "Nothing was noted here during the workshop.",
    "generated": "Synthesis generated by CoopAtelier on",
    "page": "Page",
    "none": "—",
    "years": "Years",
}

_MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}

#: Quadrant names as the app shows them (projector and facilitator views; the French forms
#: are those of resources/translations/coopatelier_fr.ts), so that the synthesis and the
#: wall speak of the same things.
_DRIVER_QUADRANTS = {
    "fr": {
        DriverQuadrant.KEY_UNCERTAINTY: "Incertitudes clés",
        DriverQuadrant.CERTAIN_TREND: "Tendances certaines",
        DriverQuadrant.SECONDARY_UNCERTAINTY: "À surveiller",
        DriverQuadrant.CONTEXT: "Contexte",
    },
    "en": {
        DriverQuadrant.KEY_UNCERTAINTY: "Key uncertainties",
        DriverQuadrant.CERTAIN_TREND: "Certain trends",
        DriverQuadrant.SECONDARY_UNCERTAINTY: "To watch",
        DriverQuadrant.CONTEXT: "Context",
    },
}

_ACTION_QUADRANTS = {
    "fr": {
        ActionQuadrant.QUICK_WIN: "Gains rapides",
        ActionQuadrant.MAJOR_PROJECT: "Grands projets",
        ActionQuadrant.FILL_IN: "Actions d’appoint",
        ActionQuadrant.THANKLESS: "Tâches ingrates",
    },
    "en": {
        ActionQuadrant.QUICK_WIN: "Quick wins",
        ActionQuadrant.MAJOR_PROJECT: "Major projects",
        ActionQuadrant.FILL_IN: "Fill-ins",
        ActionQuadrant.THANKLESS: "Thankless tasks",
    },
}

_KINDS = {
    "fr": {CardKind.DRIVER: "Moteur", CardKind.FUTURE: "Futur", CardKind.ACTION: "Action",
           CardKind.NOTE: "Note"},
    "en": {CardKind.DRIVER: "Driver", CardKind.FUTURE: "Future", CardKind.ACTION: "Action",
           CardKind.NOTE: "Note"},
}

#: Short codes that name cards in charts and cross-references (D3, F1, A12).
CODE_PREFIX = {CardKind.DRIVER: "M", CardKind.FUTURE: "F", CardKind.ACTION: "A"}
CODE_PREFIX_EN = {CardKind.DRIVER: "D", CardKind.FUTURE: "F", CardKind.ACTION: "A"}


class Labels:
    """The fixed words of one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self._words = _FR if self.language == "fr" else _EN

    def __getitem__(self, key: str) -> str:
        return self._words[key]

    def nature(self, nature: DriverNature | None) -> str:
        if nature is None:
            return self["none"]
        return (NATURE_LABELS_FR if self.language == "fr" else NATURE_LABELS_EN)[nature]

    def driver_quadrant(self, quadrant: DriverQuadrant) -> str:
        return _DRIVER_QUADRANTS[self.language][quadrant]

    def action_quadrant(self, quadrant: ActionQuadrant) -> str:
        return _ACTION_QUADRANTS[self.language][quadrant]

    def kind(self, kind: CardKind) -> str:
        return _KINDS[self.language][kind]

    def code_prefix(self, kind: CardKind) -> str:
        table = CODE_PREFIX if self.language == "fr" else CODE_PREFIX_EN
        return table.get(kind, "N")

    def integer(self, value: int) -> str:
        """A whole number with French (narrow no-break space) or English grouping."""
        grouped = f"{value:,}"
        return grouped.replace(",", "\u202f") if self.language == "fr" else grouped

    def date(self, day: dt.date) -> str:
        """A date in words: "1er avril 2026", "29 novembre 2026", "29 November 2026"."""
        month = _MONTHS[self.language][day.month - 1]
        first = "1er" if self.language == "fr" and day.day == 1 else str(day.day)
        return f"{first} {month} {day.year}"

    def noun(self, value: int, many: str, one: str) -> str:
        """The word for ``value`` things: French says "0 action", English "0 actions"."""
        return self[one] if is_singular(value, self.language) else self[many]

    def count(self, value: int, many: str, one: str) -> str:
        """``value`` with its word ("1 action pilotée", "3 actions led")."""
        return f"{self.integer(value)} {self.noun(value, many, one)}"

    def dots(self, value: int) -> str:
        """Dots in the app's word: "0 gommette", "3 gommettes"; "1 dot", "0 dots"."""
        return self.count(value, "dot_many", "dot_one")

    def round_dots(self, number: int, value: int, card: int | None = None) -> str:
        """Dots named with their round: "Tour 2 : 5 gommettes", "Round 2: 5 dots"; with
        the number the card carried in that round in the room, "Tour 2 · n° 10 : 5
        gommettes", "Round 2 · no. 10: 5 dots" (what a partner who voted "card 10" looks
        up)."""
        colon = " :" if self.language == "fr" else ":"
        called = f" · {self['card_number']}\u00a0{card}" if card is not None else ""
        return f"{self['round']} {number}{called}{colon} {self.dots(value)}"

    def round_name(self, number: int, title: str, *, ranking: bool = False) -> str:
        """A round as the voting panel names it: "Tour 1 — Moteurs prioritaires",
        "Classement, tour 1 — …" (``ranking``: over its ranked cards), "Round 1"."""
        name = (f"{self['ranking_round']} {number}" if ranking
                else f"{self['round']} {number}")
        return f"{name} — {title.strip()}" if title.strip() else name

    def phase_kind_heading(self, kind: PhaseKind) -> str:
        return {
            PhaseKind.DRIVERS: self["drivers"],
            PhaseKind.FUTURES: self["futures"],
            PhaseKind.ACTIONS: self["actions"],
            PhaseKind.ROADMAP: self["roadmap"],
            PhaseKind.CLOSING: self["closing"],
        }.get(kind, "")

"""Participants pasted from a spreadsheet: one per line, columns separated by tabs
(what a spreadsheet copies), semicolons or commas: name, organisation, role, table; the
key that matches two spellings of one name; the state of a workshop's people."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass

from coopatelier.domain.model import Organisation, Participant, Partner
from coopatelier.domain.rules import check_text


@dataclass(frozen=True, slots=True)
class PersonLine:
    name: str
    organisation: str = ""
    role: str = ""
    table_label: str = ""


_HEADER_WORDS = {"nom", "name", "prénom nom", "participant", "participant·e"}


def parse_people(text: str) -> list[PersonLine]:
    """Read pasted lines; a header row (Nom / Name ...) and blank lines are skipped."""
    check_text("participants", text)
    people: list[PersonLine] = []
    for raw in text.splitlines():
        if not raw.strip():
            continue
        for separator in ("\t", ";", ","):
            if separator in raw:
                cells = [c.strip() for c in raw.split(separator)]
                break
        else:
            cells = [raw.strip()]
        cells += [""] * (4 - len(cells))
        if not people and cells[0].casefold() in _HEADER_WORDS:
            continue
        if not cells[0] and cells[1]:
            # an organisation without a named person: still worth recording
            people.append(PersonLine("", cells[1], cells[2], cells[3]))
            continue
        if cells[0]:
            people.append(PersonLine(cells[0], cells[1], cells[2], cells[3]))
    return people


def name_key(name: str) -> str:
    """What two spellings of one name have in common: case, accents, spacing and
    punctuation aside ("Élodie  Martin", "elodie martin" and "Élodie Martin." are one
    person; "Jean-Pierre" is "Jean Pierre": a dash or slash separates words, other
    punctuation is dropped, so "A.D.E.M.E." is "ADEME")."""
    plain = unicodedata.normalize("NFKD", name)
    kept = []
    for ch in plain:
        if unicodedata.combining(ch):
            continue
        category = unicodedata.category(ch)
        if category == "Pd" or ch in "/\\|":
            kept.append(" ")
        elif not category.startswith("P"):
            kept.append(ch)
    return " ".join("".join(kept).casefold().split())


@dataclass(frozen=True, slots=True)
class ActionRoles:
    """Who leads a card and who partners it, with which role."""

    card_id: uuid.UUID
    lead_organisation_id: uuid.UUID | None
    partners: tuple[Partner, ...]


@dataclass(frozen=True, slots=True)
class PeopleState:
    """A workshop's organisations, participants and every action's lead and partners, as
    they stand: what undoing an edit of people or organisations puts back, ids included."""

    workshop_id: uuid.UUID
    organisations: tuple[Organisation, ...]
    participants: tuple[Participant, ...]
    roles: tuple[ActionRoles, ...]

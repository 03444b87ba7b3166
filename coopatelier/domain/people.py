"""Participants pasted from a spreadsheet: one per line, columns separated by tabs
(what a spreadsheet copies), semicolons or commas: name, organisation, role, table."""

from __future__ import annotations

from dataclasses import dataclass

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

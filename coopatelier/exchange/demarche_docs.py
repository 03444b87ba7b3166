"""The roadmap of a démarche as Markdown (to read or paste) and CSV (one row per action with
its status, for a spreadsheet; the same formula neutralisation as the workshop CSV)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from coopatelier.domain.collation import sort_key
from coopatelier.domain.demarche import ActionStatus, DemarcheData, RoadmapAction, status_label
from coopatelier.exchange._common import format_time, write_atomically
from coopatelier.exchange.csv_export import safe_cell
from coopatelier.exchange.demarche_text import (
    action_codes,
    colon,
    document_language,
    document_words,
    event_text,
    next_step,
    workshop_day,
)
from coopatelier.exchange.markdown import block, escape, inline
from coopatelier.export.pdf.labels import Labels
from coopatelier.wording import is_singular

CSV_COLUMNS = (
    "code", "title", "status", "status_since", "workshop", "workshop_date", "lead",
    "partners", "horizon_year", "serves", "first_step", "latest_follow_up", "replaced_by",
    "history_count", "id",
)
_CSV_HEADERS = {
    "fr": {
        "code": "Code", "title": "Action", "status": "Statut", "status_since": "Depuis le",
        "workshop": "Atelier", "workshop_date": "Date de l’atelier", "lead": "Pilote",
        "partners": "Partenaires (rôle)", "horizon_year": "Échéance", "serves": "Sert",
        "first_step": "Prochain pas", "latest_follow_up": "Dernier suivi",
        "replaced_by": "Remplacée par", "history_count": "Entrées d’histoire",
        "id": "Identifiant",
    },
    "en": {
        "code": "Code", "title": "Action", "status": "Status", "status_since": "Since",
        "workshop": "Workshop", "workshop_date": "Workshop date", "lead": "Lead",
        "partners": "Partners (role)", "horizon_year": "Year", "serves": "Serves",
        "first_step": "Next step", "latest_follow_up": "Latest follow-up",
        "replaced_by": "Replaced by", "history_count": "History entries", "id": "Id",
    },
}


def _language(data: DemarcheData, language: str | None) -> str:
    return language or document_language(data.demarche.language)


def _org(data: DemarcheData, org_id: object) -> str:
    org = data.organisation(org_id) if org_id is not None else None  # type: ignore[arg-type]
    return org.name if org else ""


def _status_since(action: RoadmapAction) -> str:
    for event in reversed(action.history):
        if event.status is not None:
            return event.happened_on.isoformat()
    return action.workshop.date.isoformat()


def demarche_csv_rows(data: DemarcheData, *, language: str | None = None) -> list[list[str]]:
    """The header, then one row per action of the roadmap with its current status."""
    lang = _language(data, language)
    headers = _CSV_HEADERS[lang]
    codes = action_codes(data)
    rows = [[headers[name] for name in CSV_COLUMNS]]
    for action in data.actions:
        card = action.card
        partners = "; ".join(
            f"{_org(data, p.organisation_id)} ({p.role})" if p.role.strip()
            else _org(data, p.organisation_id)
            for p in card.partners
        )
        latest = action.last_follow_up
        replaced = data.action(action.replaced_by) if action.replaced_by else None
        values = {
            "code": codes[action.id],
            "title": action.title,
            "status": status_label(action.status, lang),
            "status_since": _status_since(action),
            "workshop": action.workshop.title,
            "workshop_date": action.workshop.date.isoformat(),
            "lead": _org(data, card.lead_organisation_id),
            "partners": partners,
            "horizon_year": str(card.horizon_year) if card.horizon_year else "",
            "serves": "; ".join(c.heading for c in action.serves),
            "first_step": next_step(action),
            "latest_follow_up": (
                f"{latest.happened_on.isoformat()} {latest.note}" if latest else ""
            ),
            "replaced_by": replaced.title if replaced else "",
            "history_count": str(len(action.history)),
            "id": str(action.id),
        }
        rows.append([safe_cell(values[name]) for name in CSV_COLUMNS])
    return rows


def write_demarche_csv(
    data: DemarcheData, path: str | os.PathLike[str], *, language: str | None = None,
    delimiter: str = ";",
) -> Path:
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n"
    )
    writer.writerows(demarche_csv_rows(data, language=language))
    return write_atomically(path, buffer.getvalue().encode("utf-8-sig"))


def demarche_markdown(data: DemarcheData, *, language: str | None = None) -> str:
    """The roadmap as Markdown: status overview, actions by status with their history,
    what each organisation carries, ingredients, governance, workshops held."""
    lang = _language(data, language)
    w = document_words(lang)
    labels = Labels(lang)
    sep = colon(lang)
    codes = action_codes(data)
    d = data.demarche
    lines: list[str] = [f"# {w['roadmap']} — {inline(d.title)}", ""]
    if d.description.strip():
        lines += [block(d.description), ""]

    lines += [f"## {w['status_overview']}", ""]
    if not data.actions:
        lines += [escape(w["no_action"]), ""]
    for status in ActionStatus:
        members = [a for a in data.actions if a.status is status]
        if members:
            lines.append(f"- **{status_label(status, lang)}**{sep} {len(members)}")
    lines.append("")

    lines += [f"## {w['actions']}", ""]
    for action in data.actions:
        card = action.card
        lines.append(f"### {codes[action.id]} · {inline(action.title)}")
        lines.append("")
        lines.append(f"- **{w['status']}**{sep} {status_label(action.status, lang)}")
        lines.append(
            f"- **{w['born']}**{sep} {inline(action.workshop.title)} "
            f"({labels.date(action.workshop.date)})"
        )
        if action.serves:
            lines.append(
                f"- **{w['serves']}**{sep} " + "; ".join(inline(c.heading) for c in action.serves)
            )
        lead = _org(data, card.lead_organisation_id) or w["no_lead"]
        lines.append(f"- **{w['lead']}**{sep} {inline(lead)}")
        for partner in card.partners:
            role = f" — {inline(partner.role)}" if partner.role.strip() else ""
            name = inline(_org(data, partner.organisation_id))
            lines.append(f"- **{w['partners']}**{sep} {name}{role}")
        if card.horizon_year:
            lines.append(f"- **{w['year']}**{sep} {card.horizon_year}")
        if next_step(action):
            lines.append(f"- **{w['next_step']}**{sep} {block(next_step(action), '  ')}")
        lines.append("")
        if action.history:
            lines.append(f"**{w['history_of']}**{sep}")
            lines.append("")
            for event in action.history:
                lines.append(
                    f"- {labels.date(event.happened_on)} — "
                    f"{block(event_text(event, data, lang), '  ')}"
                )
        else:
            lines.append(f"_{escape(w['no_history'])}_")
        lines.append("")

    lines += [f"## {w['takeaway']}", ""]
    for org in data.organisations:
        leads = [a for a in data.actions if a.card.lead_organisation_id == org.id]
        helps = [
            (a, p.role) for a in data.actions for p in a.card.partners
            if p.organisation_id == org.id and a.card.lead_organisation_id != org.id
        ]
        if not leads and not helps:
            continue
        lines += [f"### {inline(org.name)}", ""]
        for action in leads:
            lines.append(
                f"- {w['we_lead']}{sep} **{inline(action.title)}** — "
                f"{status_label(action.status, lang)}"
                + (f" — {w['next_step']}{sep} {inline(next_step(action))}"
                   if next_step(action) else "")
            )
        for action, role in helps:
            lines.append(
                f"- {w['we_support']}{sep} **{inline(action.title)}**"
                + (f" ({inline(role)})" if role.strip() else "")
                + f" — {status_label(action.status, lang)}"
            )
        lines.append("")

    lines += [f"## {w['ingredients']}", ""]
    if not data.ingredients:
        lines += [escape(w["no_ingredients"]), ""]
    for card in data.ingredients:
        mark = "[x]" if card.checked else "[ ]"
        lines.append(f"- {mark} {block(card.heading, '  ')}")
    lines.append("")

    lines += [f"## {w['governance']}", ""]
    if d.rhythm.strip():
        lines.append(f"- **{w['rhythm']}**{sep} {inline(d.rhythm)}")
    if d.next_meeting_date or d.next_meeting_place.strip():
        when = labels.date(d.next_meeting_date) if d.next_meeting_date else ""
        where = inline(d.next_meeting_place)
        lines.append(f"- **{w['next_meeting']}**{sep} " + ", ".join(x for x in (when, where) if x))
    lines.append("")
    if data.members:
        lines += [f"### {w['members']}", ""]
        for member in data.members:
            who = _org(data, member.organisation_id) or member.person_name
            if member.organisation_id and member.person_name:
                who = f"{member.person_name} ({who})"
            role = f" — {inline(member.collective_role)}" if member.collective_role else ""
            lines.append(f"- {inline(who)}{role}")
        lines.append("")
    if data.decisions:
        lines += [f"### {w['decisions']}", ""]
        for decision in data.decisions:
            lines.append(f"- {labels.date(decision.decided_on)} — {block(decision.text, '  ')}")
        lines.append("")

    lines += [f"## {w['workshops']}", ""]
    if not data.workshops:
        lines += [escape(w["no_workshop"]), ""]
    for workshop in data.workshops:
        place = f", {inline(workshop.workshop.place)}" if workshop.workshop.place.strip() else ""
        count = sum(1 for a in data.actions if a.workshop.id == workshop.workshop.id)
        title = inline(workshop.workshop.title)
        noun = (w["action"] if is_singular(count, lang) else w["actions"]).lower()
        lines.append(
            f"- {workshop_day(workshop, labels.date(workshop.workshop.date), lang)}{place} — "
            f"**{title}** ({count} {noun})"
        )
    lines.append("")
    return "\n".join(lines)


def write_demarche_markdown(
    data: DemarcheData, path: str | os.PathLike[str], *, language: str | None = None
) -> Path:
    return write_atomically(path, demarche_markdown(data, language=language).encode("utf-8"))


def organisation_order(data: DemarcheData) -> list[str]:
    return sorted((o.name for o in data.organisations),
                  key=lambda n: sort_key(n, data.demarche.language))


__all__ = [
    "CSV_COLUMNS",
    "demarche_csv_rows",
    "demarche_markdown",
    "format_time",
    "write_demarche_csv",
    "write_demarche_markdown",
]

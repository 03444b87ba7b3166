"""The *Feuille de route* of a démarche: the roadmap document, printable at any time (A4, the
synthesis's typography, styles, page template and timeline).

Cover; where the actions stand; the timeline to the horizon with every live action in every
lane that has a role, coloured by status (and its status in words, for greyscale); one
take-away page per organisation (what it leads and contributes to across all workshops,
with the latest status and next step); the history of each action; the cooperation
ingredients as they stand; the governance of the collective; the workshops held.
Every user string goes through :func:`~coopatelier.export.pdf.text.escape` or ``plain``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from coopatelier.domain.analysis import roadmap_lanes
from coopatelier.domain.demarche import (
    ActionStatus,
    DemarcheData,
    RoadmapAction,
    status_label,
)
from coopatelier.exchange.demarche_text import (
    action_codes,
    colon,
    document_language,
    document_words,
    drop_reason,
    event_text,
    next_step,
    workshop_day,
)
from coopatelier.export.pdf import LANGUAGES, charts, document
from coopatelier.export.pdf.document import BODY
from coopatelier.export.pdf.fonts import BOLD
from coopatelier.export.pdf.labels import Labels
from coopatelier.export.pdf.sections import (
    CHUNK_ROWS,
    chunked_table,
    info_table,
    keep,
    p,
    titled,
)
from coopatelier.export.pdf.styles import (
    FRAME_WIDTH,
    INK,
    RULE,
    Styles,
    make_styles,
)
from coopatelier.export.pdf.text import escape, plain
from coopatelier.files import atomic_output

#: Each status's fill on the timeline and in the tables: light enough for black text,
#: different in hue; its name is always written beside it (print in greyscale).
STATUS_FILL: dict[ActionStatus, colors.Color] = {
    ActionStatus.TO_EXPLORE: colors.HexColor("#FFFFFF"),
    ActionStatus.COMMITTED: colors.HexColor("#DCE9EC"),
    ActionStatus.IN_PROGRESS: colors.HexColor("#A8CDD5"),
    ActionStatus.DONE: colors.HexColor("#BFDDBF"),
    ActionStatus.PAUSED: colors.HexColor("#F6DEC4"),
    ActionStatus.DROPPED: colors.HexColor("#D9D9D9"),
    ActionStatus.REORIENTED: colors.HexColor("#E3D7EE"),
}


class _Doc:
    """What every section needs: the data, the words, the styles, the action codes."""

    def __init__(self, data: DemarcheData, language: str) -> None:
        self.data = data
        self.language = language
        self.words = document_words(language)
        self.labels = Labels(language)
        self.styles: Styles = make_styles()
        self.codes = action_codes(data)
        self.colon = colon(language)

    def org(self, org_id: uuid.UUID | None) -> str:
        org = self.data.organisation(org_id)
        return org.name if org else ""

    def status(self, action: RoadmapAction) -> str:
        return status_label(action.status, self.language)

    def heading(self, title: str, level: int = 0, *, room: float = 45 * mm) -> list[Flowable]:
        style = self.styles.h1 if level == 0 else self.styles.h2
        return [CondPageBreak(room), *titled(escape(title), style, plain(title), level)]

    def head(self, *names: str) -> list[object]:
        return [p(escape(self.words[name]).upper(), self.styles.cell_head) for name in names]


def export_roadmap_pdf(data: DemarcheData, path: Path, *, language: str | None = None) -> None:
    """Write the *Feuille de route* of ``data`` to ``path`` atomically (never half a file;
    a file that cannot be written is an ``ExportError``). ``language``: the headings'
    ("fr" or "en"; None: the démarche's own)."""
    language = language or document_language(data.demarche.language)
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(LANGUAGES)}")
    doc = _Doc(data, language)
    words = doc.words
    with atomic_output(Path(path)) as stream:
        document.build(
            stream,
            _story(doc),
            title=f"{words['roadmap']} — {data.demarche.title}",
            footer_title=data.demarche.title,
            labels=doc.labels,
            author="CoopAtelier",
            subject=data.demarche.description.strip() or words["roadmap"],
            keywords=", ".join(o.name for o in data.organisations[:20]),
            kicker=words["roadmap"],
            generated=words["generated_by"],
        )


def _story(doc: _Doc) -> list[Flowable]:
    return [
        *_cover(doc),
        *_overview(doc),
        *_timeline(doc),
        *_takeaways(doc),
        *_histories(doc),
        *_ingredients(doc),
        *_governance(doc),
        *_workshops(doc),
    ]


# --- cover and overview --------------------------------------------------------------------


def _cover(doc: _Doc) -> list[Flowable]:
    d, s, w, lab = doc.data.demarche, doc.styles, doc.words, doc.labels
    story: list[Flowable] = [Spacer(1, 14 * mm), p(escape(d.title), s.cover_title)]
    if d.description.strip():
        story.append(p(escape(d.description), s.cover_question))
    rows: list[list[object]] = []
    workshops = doc.data.workshops
    if workshops:
        days = [lab.date(x.workshop.date) for x in workshops]
        span = days[0] if len(days) == 1 else f"{days[0]} → {days[-1]}"
        rows.append([w["workshops"], f"{len(workshops)} · {span}"])
    rows.append([w["actions"], str(len(doc.data.actions))])
    if d.rhythm.strip():
        rows.append([w["rhythm"], d.rhythm])
    if d.next_meeting_date or d.next_meeting_place.strip():
        when = lab.date(d.next_meeting_date) if d.next_meeting_date else ""
        rows.append([w["next_meeting"], ", ".join(x for x in (when, d.next_meeting_place) if x)])
    info = info_table(
        [[p(escape(key).upper(), s.cell_head), p(escape(value), s.body)] for key, value in rows],
        42 * mm,
    )
    story += [info, NextPageTemplate(BODY), PageBreak()]
    return story


def _overview(doc: _Doc) -> list[Flowable]:
    s, w = doc.styles, doc.words
    rows: list[list[object]] = []
    fills: list[tuple[object, ...]] = []
    for status in ActionStatus:
        count = sum(1 for a in doc.data.actions if a.status is status)
        fills.append(("BACKGROUND", (0, len(rows) + 1), (0, len(rows) + 1), STATUS_FILL[status]))
        rows.append(["", p(escape(status_label(status, doc.language)), s.cell_bold), str(count)])
    table = chunked_table(
        [p("", s.cell_head), *doc.head("status", "count")], rows,
        [8 * mm, 70 * mm, 24 * mm],
        extra=[*fills, ("ALIGN", (2, 0), (2, -1), "RIGHT"),
               ("BOX", (0, 1), (0, -1), 0.4, RULE)],
    )
    intro = p(escape(w["no_action"]), s.muted) if not doc.data.actions else Spacer(1, 2 * mm)
    return keep([*doc.heading(w["status_overview"])[1:], intro, *table])


# --- the timeline --------------------------------------------------------------------------


def _timeline(doc: _Doc) -> list[Flowable]:
    data, s, w = doc.data, doc.styles, doc.words
    actions = data.actions
    story = doc.heading(w["timeline"])
    story.append(p(escape(w["timeline_intro"]), s.intro))
    if not actions:
        return [*story, p(escape(w["no_action"]), s.muted)]
    by_card = {a.id: a for a in actions}
    language = data.demarche.language
    lanes = roadmap_lanes([a.card for a in actions], data.organisations, language)
    chart_lanes = [
        charts.Lane(
            lane.name if lane.organisation_id else w["no_lead"],
            tuple(
                charts.RoadmapItem(
                    doc.codes[e.card.id],
                    e.card.heading if e.lead else "",
                    e.card.horizon_year,
                    e.lead,
                    " · ".join(
                        x for x in ((w["lead"] if e.lead else e.role),
                                    doc.status(by_card[e.card.id])) if x
                    ),
                    STATUS_FILL[by_card[e.card.id].status],
                )
                for e in lane.entries
            ),
        )
        for lane in lanes
    ]
    first = min([x.workshop.date.year for x in data.workshops] or [dt.date.today().year])
    horizon = max([x.workshop.horizon_year for x in data.workshops] or [first])
    drawings = charts.roadmap(
        chart_lanes, min(first, horizon), horizon, undated_label=w["undated"],
        horizon_label=w["organisation"], more_label=w["more"],
    )
    # the heading goes with the start of the chart: never alone at the foot of a page
    story = [story[0], *keep([*story[1:], drawings[0]]), Spacer(1, 5 * mm)]
    for drawing in drawings[1:]:
        story += [drawing, Spacer(1, 5 * mm)]
    rows: list[list[object]] = []
    for action in actions:
        rows.append([
            doc.codes[action.id],
            p(escape(action.title), s.cell_bold),
            p(escape(action.workshop.title), s.cell),
            p(escape(doc.org(action.card.lead_organisation_id) or w["no_lead"]), s.cell),
            p(escape(doc.status(action)), s.cell),
            str(action.card.horizon_year) if action.card.horizon_year else "–",
        ])
    rest = FRAME_WIDTH - 12 * mm - 14 * mm - 24 * mm
    widths = [12 * mm, rest * 0.4, rest * 0.3, rest * 0.3, 24 * mm, 14 * mm]
    head = [p("", s.cell_head), *doc.head("action", "workshop", "lead", "status", "year")]
    for start in range(0, len(rows), CHUNK_ROWS):  # one table per chunk, its own fills
        chunk = actions[start:start + CHUNK_ROWS]
        fills: list[tuple[object, ...]] = [
            ("BACKGROUND", (4, row), (4, row), STATUS_FILL[action.status])
            for row, action in enumerate(chunk, start=1)
        ]
        story += chunked_table(head, rows[start:start + CHUNK_ROWS], widths, extra=[
            *fills, ("ALIGN", (5, 0), (5, -1), "RIGHT"), ("FONTNAME", (0, 1), (0, -1), BOLD),
        ])
    return story


# --- one page per organisation -------------------------------------------------------------


def _takeaways(doc: _Doc) -> list[Flowable]:
    data, s, w = doc.data, doc.styles, doc.words
    involved = [
        org for org in data.organisations
        if any(a.card.lead_organisation_id == org.id
               or any(pt.organisation_id == org.id for pt in a.card.partners)
               for a in data.actions)
    ]
    if not involved:
        return []
    story: list[Flowable] = [PageBreak(), *doc.heading(w["takeaway"])[1:],
                             p(escape(w["takeaway_intro"]), s.intro)]
    for index, org in enumerate(involved):
        if index:
            story.append(PageBreak())
        story += _takeaway(doc, org.id, org.name)
    return story


def _action_title(doc: _Doc, action: RoadmapAction) -> Flowable:
    year = str(action.card.horizon_year) if action.card.horizon_year else doc.words["undated"]
    fill = STATUS_FILL[action.status].hexval()[2:]
    return p(
        f'<font color="#1F5F6B">{doc.codes[action.id]}</font>  {escape(action.title)}'
        f'<font color="#5B6770" size="-1.5">  ·  {escape(year)}  ·  </font>'
        f'<font size="-1"><span backColor="#{fill}">\u00a0{escape(doc.status(action))}\u00a0'
        "</span></font>",
        doc.styles.sheet_item,
    )


def _status_lines(doc: _Doc, action: RoadmapAction) -> list[str]:
    w, sep = doc.words, doc.colon
    lines = [f"<i>{escape(w['born'])}</i>{sep} {escape(action.workshop.title)} "
             f"({escape(doc.labels.date(action.workshop.date))})"]
    latest = action.last_follow_up
    dropped = drop_reason(action)  # a dropped action has no next step: its reason instead
    if dropped is not None:
        if latest is not None and latest.id == dropped.id:
            latest = None  # said once, as the reason
        if dropped.note.strip():
            lines.append(f"<i>{escape(w['why_dropped'])}</i>{sep} {escape(dropped.note)}"
                         f" ({escape(doc.labels.date(dropped.happened_on))})")
    if latest is not None:
        lines.append(f"<i>{escape(w['latest'])}</i>{sep} "
                     f"{escape(doc.labels.date(latest.happened_on))} — {escape(latest.note)}"
                     + (f" ({escape(w['says'])} {escape(latest.author)})"
                        if latest.author.strip() else ""))
    step = next_step(action)
    if step:
        lines.append(f"<i>{escape(w['next_step'])}</i>{sep} {escape(step)}")
    return lines


def _takeaway(doc: _Doc, org_id: uuid.UUID, name: str) -> list[Flowable]:
    data, s, w, sep = doc.data, doc.styles, doc.words, doc.colon
    story: list[Flowable] = titled(escape(name), s.sheet_title, plain(name), 1)
    leads = [a for a in data.actions if a.card.lead_organisation_id == org_id]
    helps = [
        (a, pt.role) for a in data.actions if a.card.lead_organisation_id != org_id
        for pt in a.card.partners if pt.organisation_id == org_id
    ]
    if leads:
        story.append(p(escape(w["we_lead"]).upper(), s.h3))
        for action in leads:
            lines = _status_lines(doc, action)
            partners = [
                f"•\u00a0<b>{escape(doc.org(pt.organisation_id))}</b>"
                + (f" — {escape(pt.role)}" if pt.role.strip() else "")
                for pt in action.card.partners if pt.organisation_id != org_id
            ]
            if partners:
                lines.append(f"<i>{escape(w['partners'])}</i>{sep}")
                lines += partners
            story += keep([_action_title(doc, action), p("<br/>".join(lines), s.indented)])
    if helps:
        story.append(p(escape(w["we_support"]).upper(), s.h3))
        for action, role in helps:
            lines = []
            if role.strip():
                lines.append(f"<b>{escape(w['our_role'])}</b> — {escape(role)}")
            lead = doc.org(action.card.lead_organisation_id)
            lines.append(f"<i>{escape(w['lead'])}</i> — <b>{escape(lead or w['no_lead'])}</b>")
            lines += _status_lines(doc, action)
            story += keep([_action_title(doc, action), p("<br/>".join(lines), s.indented)])
    return story


# --- histories, ingredients, governance, workshops ------------------------------------------


def _histories(doc: _Doc) -> list[Flowable]:
    data, s, w, sep = doc.data, doc.styles, doc.words, doc.colon
    story: list[Flowable] = [PageBreak(), *doc.heading(w["history"])[1:],
                             p(escape(w["history_intro"]), s.intro)]
    if not data.actions:
        return [*story, p(escape(w["no_action"]), s.muted)]
    for action in data.actions:
        meta = [f"<i>{escape(w['born'])}</i>{sep} {escape(action.workshop.title)} "
                f"({escape(doc.labels.date(action.workshop.date))})"]
        if action.serves:
            meta.append(f"<i>{escape(w['serves'])}</i>{sep} "
                        + " · ".join(escape(c.heading) for c in action.serves))
        lead = doc.org(action.card.lead_organisation_id) or w["no_lead"]
        meta.append(f"<i>{escape(w['lead'])}</i>{sep} {escape(lead)}")
        block: list[Flowable] = [_action_title(doc, action), p("<br/>".join(meta), s.meta)]
        if action.card.description.strip():
            block.append(p(escape(action.card.description), s.indented))
        entries = [
            p(f"<b>{escape(doc.labels.date(event.happened_on))}</b> — "
              f"{escape(event_text(event, data, doc.language))}", s.bullet)
            for event in action.history
        ] or [p(escape(w["no_history"]), s.muted)]
        story += keep([*block, *entries[:1]])
        story += entries[1:]
        story.append(Spacer(1, 2 * mm))
    return story


def _ingredients(doc: _Doc) -> list[Flowable]:
    s, w = doc.styles, doc.words
    story = [PageBreak(), *doc.heading(w["ingredients"])[1:],
             p(escape(w["ingredients_intro"]), s.intro)]
    if not doc.data.ingredients:
        return [*story, p(escape(w["no_ingredients"]), s.muted)]
    for card in doc.data.ingredients:
        mark = escape("☑" if card.checked else "☐")
        story.append(p(f"{mark}\u00a0 {escape(card.heading)}", s.bullet))
    return story


def _governance(doc: _Doc) -> list[Flowable]:
    data, s, w, lab = doc.data, doc.styles, doc.words, doc.labels
    d = data.demarche
    story = doc.heading(w["governance"], room=60 * mm)
    facts: list[str] = []
    if d.rhythm.strip():
        facts.append(f"<b>{escape(w['rhythm'])}</b>{doc.colon} {escape(d.rhythm)}")
    if d.next_meeting_date or d.next_meeting_place.strip():
        when = lab.date(d.next_meeting_date) if d.next_meeting_date else ""
        facts.append(f"<b>{escape(w['next_meeting'])}</b>{doc.colon} "
                     + escape(", ".join(x for x in (when, d.next_meeting_place) if x)))
    if facts:
        story.append(p("<br/>".join(facts), s.body))
    story += doc.heading(w["members"], 1, room=30 * mm)
    if data.members:
        rows: list[list[object]] = []
        for member in data.members:
            who = doc.org(member.organisation_id)
            if member.person_name:
                who = f"{member.person_name} ({who})" if who else member.person_name
            rows.append([p(escape(who), s.cell_bold),
                         p(escape(member.collective_role or w["none"]), s.cell)])
        story += chunked_table(doc.head("member", "collective_role"), rows,
                               [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4])
    else:
        story.append(p(escape(w["empty"]), s.muted))
    story += doc.heading(w["decisions"], 1, room=30 * mm)
    if data.decisions:
        rows = [[lab.date(x.decided_on), p(escape(x.text), s.cell)] for x in data.decisions]
        story += chunked_table(doc.head("decided_on", "decision"), rows,
                               [34 * mm, FRAME_WIDTH - 34 * mm])
    else:
        story.append(p(escape(w["empty"]), s.muted))
    return story


def _workshops(doc: _Doc) -> list[Flowable]:
    data, s, w, lab = doc.data, doc.styles, doc.words, doc.labels
    story = doc.heading(w["workshops"], room=40 * mm)
    if not data.workshops:
        return [*story, p(escape(w["no_workshop"]), s.muted)]
    rows: list[list[object]] = []
    for workshop in data.workshops:
        x = workshop.workshop
        count = sum(1 for a in data.actions if a.workshop.id == x.id)
        day = workshop_day(workshop, lab.date(x.date), doc.language)
        rows.append([p(escape(day), s.cell), p(escape(x.title), s.cell_bold),
                     p(escape(x.place), s.cell), str(count)])
    widths = [34 * mm, FRAME_WIDTH - 34 * mm - 50 * mm - 18 * mm, 50 * mm, 18 * mm]
    story += chunked_table(doc.head("date", "title", "place", "count"), rows, widths,
                           extra=[("ALIGN", (3, 0), (3, -1), "RIGHT"),
                                  ("TEXTCOLOR", (0, 1), (0, -1), INK)])
    return story


__all__ = ["STATUS_FILL", "export_roadmap_pdf"]

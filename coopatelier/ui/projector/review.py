"""The review phase of a point d'étape as the room sees it: the démarche's roadmap with
each action's status (its colour, and its name under the title); then, while the
facilitator reviews one, the action under review whole — where it came from, who carries
it, everything that happened since.

Like every word of the room's view (and the facilitator's review), statuses and history
entries are in the interface's language, beside "Lead" and "Partners"; the workshop's
language only orders the lanes' names."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coopatelier.domain.analysis import roadmap_lanes
from coopatelier.domain.demarche import DemarcheData, RoadmapAction, status_label
from coopatelier.services.demarche_queries import review_actions
from coopatelier.ui.action_dialogs import STATUS_COLOURS, event_line
from coopatelier.ui.dates import format_date
from coopatelier.ui.messages import ui_language
from coopatelier.ui.projector.roadmap import Board, BoardLane, Chip, RoadmapBoard
from coopatelier.ui.projector.wall import CardWall, ItemKind, WallItem, item_height

#: a line break the wall keeps (it reads "\n" as a space): each entry on its own line
LINE_BREAK = "\n"
FIRST_YEAR = 2026
LAST_YEAR = 2030



def review_board(data: DemarcheData, workshop_id: uuid.UUID, language: str) -> Board:
    """The actions under review on the years 2026–2030 (wider when an action is dated
    outside), in every lane that has a role, each with its status (in the interface's
    language); ``language`` (the workshop's) orders the lanes."""
    actions = {a.id: a for a in review_actions(data, workshop_id)}
    dated = [a.card.horizon_year for a in actions.values() if a.card.horizon_year]
    years = list(range(min([FIRST_YEAR, *dated]), max([LAST_YEAR, *dated]) + 1))
    lanes = roadmap_lanes([a.card for a in actions.values()], data.organisations, language)
    lead_word = QCoreApplication.translate("ProjectorRoadmap", "Lead")
    words = ui_language()
    board_lanes = []
    for lane in lanes:
        chips = []
        for entry in lane.entries:
            action = actions[entry.card.id]
            year = entry.card.horizon_year
            column = years.index(year) if year in years else len(years)
            part = lead_word if entry.lead else entry.role
            status = status_label(action.status, words)
            chips.append(Chip(
                action.id, entry.card.heading.replace("\n", " "),
                f"{part} · {status}" if part else status, entry.lead, column,
                STATUS_COLOURS[action.status],
            ))
        name = lane.name or QCoreApplication.translate("ProjectorRoadmap", "Lead to be found")
        board_lanes.append(BoardLane(lane.organisation_id, name, tuple(chips)))
    empty = QCoreApplication.translate(
        "ProjectorReview", "No action to review: the démarche's other workshops have none yet.")
    return Board.timeline(years, tuple(board_lanes), (), empty)


def review_item(data: DemarcheData, action: RoadmapAction) -> WallItem:
    """The action under review, whole, worded in the interface's language."""
    language = ui_language()
    card = action.card
    lead = data.organisation(card.lead_organisation_id)
    origin = QCoreApplication.translate("ProjectorReview", "From “%1” (%2)")
    lines = [origin.replace("%1", action.workshop.title).replace(
        "%2", format_date(action.workshop.date))]
    if card.text and card.text != card.title:
        lines.insert(0, card.text)
    if action.serves:
        lines.append(QCoreApplication.translate("ProjectorReview", "Serves: %1").replace(
            "%1", ", ".join(c.heading.replace("\n", " ") for c in action.serves)))
    partners = [
        f"{o.name} ({p.role})" if p.role else o.name
        for p in card.partners if (o := data.organisation(p.organisation_id)) is not None
    ]
    if partners:
        said = QCoreApplication.translate("ProjectorReview", "Partners: %1")
        lines.append(said.replace("%1", ", ".join(partners)))
    lines.extend(event_line(data, event, language) for event in action.history)
    nobody = QCoreApplication.translate("ProjectorReview", "Lead to be found")
    note = lead.name if lead is not None else nobody
    if card.horizon_year:
        note += f" · {card.horizon_year}"
    return WallItem(
        ItemKind.CARD,
        LINE_BREAK.join(lines),
        title=action.title,
        note=note,
        badge=status_label(action.status, language),
        card_id=action.id,
        accent="blue",
    )


class ReviewPanel(QWidget):
    """The roadmap with its statuses; while an action is under review, that action whole
    in the room's whole body (its history can be long: it is never cut, nor shrunk under
    the room's smallest text), until the facilitator goes back to the roadmap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.board = RoadmapBoard(self)
        self.board.setObjectName("reviewBoard")
        self.action = CardWall(self)
        self.action.setObjectName("reviewActionWall")
        self.action.max_columns = 1
        self._box = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.action, 1)
        self.action.hide()
        self._range = (24, 48)

    def set_action_range(self, floor_px: int, ceiling_px: int) -> None:
        """The action's text between the room's smallest size and ``ceiling_px``."""
        self._range = (floor_px, max(floor_px, ceiling_px))
        self._fit_action()

    def _fit_action(self) -> None:
        """The largest size at which the action under review shows whole (a lone card
        taller than its wall would be cut at the wall's ceiling)."""
        floor, size = self._range
        if self.action.items:
            item = self.action.items[0]
            width, height = self.action.width(), self.action.height()
            while size > floor and item_height(self.action.measurer, item, size,
                                               width) > height:
                size = max(floor, min(size - 1, int(size * 0.93)))
        self.action.set_text_range(floor, size)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_action()

    def set_review(self, data: DemarcheData, workshop_id: uuid.UUID, language: str,
                   under_review: uuid.UUID | None) -> None:
        self.board.set_board(review_board(data, workshop_id, language))
        action = data.action(under_review) if under_review is not None else None
        if action is None:
            self.action.set_items([])
            self.action.hide()
            self.board.show()
            return
        self.action.set_items([review_item(data, action)])
        self.board.hide()
        self.action.show()
        self._box.activate()
        self._fit_action()
        self.action.update()

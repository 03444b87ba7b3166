"""One workspace widget per phase kind, all built on ``PhaseView``."""

from __future__ import annotations

from coopatelier.domain.model import PhaseKind
from coopatelier.ui.views.base import PhaseView


def view_class_for(kind: PhaseKind, focus: str = "") -> type[PhaseView]:
    """The workspace class for a phase kind (imported on demand: a workshop opens faster
    when only the views of the phases shown are built); a phase that reviews its
    démarche's roadmap (``focus`` "review") gets the review workspace."""
    if focus == "review":
        from coopatelier.ui.views.review import ReviewView

        return ReviewView
    if kind is PhaseKind.DRIVERS:
        from coopatelier.ui.views.drivers import DriversView

        return DriversView
    if kind is PhaseKind.FUTURES:
        from coopatelier.ui.views.futures import FuturesView

        return FuturesView
    if kind is PhaseKind.ACTIONS:
        from coopatelier.ui.views.actions import ActionsView

        return ActionsView
    if kind is PhaseKind.ROADMAP:
        from coopatelier.ui.views.roadmap import RoadmapView

        return RoadmapView
    if kind is PhaseKind.CLOSING:
        from coopatelier.ui.views.closing import ClosingView

        return ClosingView
    from coopatelier.ui.views.cards import CardsView

    return CardsView


__all__ = ["PhaseView", "view_class_for"]

"""The room: the projector window, the presenter console, and offscreen snapshots."""

from __future__ import annotations

from coopatelier.ui.projector.content import Mode
from coopatelier.ui.projector.view import ProjectorView, ProjectorWindow

__all__ = ["Mode", "ProjectorView", "ProjectorWindow"]

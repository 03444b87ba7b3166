"""``coopatelier snapshot``: the real widgets rendered offscreen to a PNG of an exact size
(a matrix pasted in an email, the README's screenshots)."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import uuid
from pathlib import Path

from coopatelier import api
from coopatelier.domain.model import PhaseKind, WorkshopData
from coopatelier.errors import ExportError, KnownError
from coopatelier.files import write_atomically

log = logging.getLogger(__name__)

VIEWS = ("facilitator", "projector", "matrix", "roadmap", "votes", "welcome")


class SnapshotError(KnownError):
    """The snapshot command was asked for something it cannot render."""

    family = "snapshot"


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' → (1920, 1080)."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise SnapshotError("size_form", size=repr(text)) from None
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise SnapshotError("size_range", size=text)
    return width, height


def _phase_for(data: WorkshopData, view: str, kind: str | None) -> uuid.UUID | None:
    if kind:
        try:
            wanted = PhaseKind(kind)
        except ValueError:
            choices = ", ".join(k.value for k in PhaseKind)
            raise SnapshotError("phase_kind", kind=repr(kind), choices=choices) from None
        found = next((p for p in data.phases if p.kind is wanted), None)
        if found is None:
            raise SnapshotError("no_phase", kind=wanted.value)
        return found.id
    if view == "matrix":
        wanted_kind: PhaseKind | None = PhaseKind.DRIVERS
    elif view == "roadmap":
        wanted_kind = PhaseKind.ROADMAP
    else:
        wanted_kind = None
    if view == "votes":
        shown = [r for r in data.rounds if not r.hidden or r.revealed]
        if shown:
            return max(shown, key=lambda r: r.created_at).phase_id
    if wanted_kind is not None:
        found = next((p for p in data.phases if p.kind is wanted_kind), None)
        if found is not None:
            return found.id
    running = [p for p in data.phases if p.actual_start and p.actual_end is None]
    if running:
        return running[0].id
    return data.phases[0].id if data.phases else None


def snapshot(
    store: api.Store,
    workshop_id: uuid.UUID,
    view: str,
    output: Path,
    size: tuple[int, int] = (1920, 1080),
    phase_kind: str | None = None,
    *,
    page: int | None = None,
    describe: Path | None = None,
) -> Path:
    """Render ``view`` of a workshop to ``output`` (PNG), exactly ``size`` pixels; for the
    room's views, its page ``page`` (from 1; by default the page of the newest card), and
    with ``describe`` what the image shows (page, pages, smallest text, each card as
    shown) as JSON beside it."""
    if view not in VIEWS:
        raise SnapshotError("view", view=repr(view), choices=", ".join(VIEWS))
    if view == "facilitator" and (describe is not None or page is not None):
        raise SnapshotError("room_only")
    if not output.parent.exists():
        raise ExportError("folder_missing", path=str(output), folder=str(output.parent))
    if describe is not None and not describe.parent.exists():
        raise ExportError("folder_missing", path=str(describe), folder=str(describe.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QCoreApplication, Qt, qInstallMessageHandler
    from PySide6.QtGui import QFont, QImageWriter
    from PySide6.QtWidgets import QApplication, QWidget

    from coopatelier.settings import Settings
    from coopatelier.ui.app import choose_language, install_translations, load_stylesheet

    app = QApplication.instance()
    if app is None:
        # the offscreen platform's notes about window-manager hints go to the log, not
        # to the terminal of someone making a picture
        qInstallMessageHandler(lambda _kind, _context, message: log.debug("Qt: %s", message))
        app = QApplication(["coopatelier"])
        install_translations(
            app, choose_language(Settings(store.data_dir.settings).get("language"))
        )
        font = QFont(app.font())
        if font.pointSizeF() < 10.5:
            font.setPointSizeF(10.5)
            app.setFont(font)
        load_stylesheet(app)
    assert isinstance(app, QApplication)
    data = api.load_workshop(store, workshop_id)
    phase_id = _phase_for(data, view, phase_kind)
    width, height = size
    widget: QWidget
    with tempfile.TemporaryDirectory(prefix="coopatelier-snapshot-") as scratch:
        if view == "facilitator":
            from coopatelier.ui.workshop_window import WorkshopWindow

            # throwaway settings: a snapshot never changes the user's remembered state
            settings = Settings(Path(scratch) / "settings.json")
            window = WorkshopWindow(store, workshop_id, settings)
            if phase_id is not None:
                window.show_phase(phase_id)
            widget = window
        else:
            from coopatelier.ui.projector.content import Mode
            from coopatelier.ui.projector.view import ProjectorWindow
            from coopatelier.ui.workshop_session import WorkshopSession

            session = WorkshopSession(store, workshop_id)
            projector = ProjectorWindow(session)
            projector.setCursor(Qt.CursorShape.BlankCursor)
            mode = {
                "matrix": Mode.MATRIX,
                "roadmap": Mode.ROADMAP,
                "votes": Mode.VOTES,
                "welcome": Mode.WELCOME,
            }
            projector.view.mode = mode.get(view, Mode.PHASE)
            prefs = Settings(store.data_dir.settings)
            with contextlib.suppress(KeyError):
                texts = prefs.get("welcome_texts")
                projector.view.welcome_text = str(texts.get(str(workshop_id), ""))
            # the facilitator's projector preferences: text size factor, theme
            with contextlib.suppress(KeyError):
                projector.view.set_preferences(
                    float(prefs.get("projector_font_scale")), str(prefs.get("projector_theme"))
                )
            projector.show_phase(phase_id)
            widget = projector
        widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        widget.resize(width, height)
        widget.show()
        widget.resize(width, height)
        for _ in range(3):
            QCoreApplication.processEvents()
        description: dict[str, object] | None = None
        if view != "facilitator":
            room = projector.view
            if page is not None:
                if not 1 <= page <= room.pages():
                    pages = room.pages()
                    widget.close()
                    widget.deleteLater()
                    raise SnapshotError("page", page=page, pages=pages)
                room.wall.set_page(page - 1)
            QCoreApplication.processEvents()
            description = room.describe()
        image = widget.grab().toImage()
        if image.width() != width or image.height() != height:
            image = image.scaled(
                width,
                height,
                Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        widget.close()
        widget.deleteLater()
        QCoreApplication.processEvents()
    writer = QImageWriter(str(output), QByteArray(b"png"))
    writer.setQuality(0)  # PNG is lossless: 0 is the strongest compression
    if not writer.write(image):
        raise ExportError("image", path=str(output), detail=writer.errorString())
    if describe is not None and description is not None:
        description["image"] = str(output)
        description["size"] = [width, height]
        payload = json.dumps(description, ensure_ascii=False, indent=2) + "\n"
        write_atomically(describe, payload.encode("utf-8"))
    return output

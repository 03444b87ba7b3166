"""The public Python API of CoopAtelier, for scripts and tests.

Everything here works without a display::

    from pathlib import Path

    from coopatelier import api

    with api.open_store(data_dir="/tmp/atelier") as store:
        template = api.find_template("futurs-souhaitables-2030", store=store)
        workshop_id = api.create_workshop(store, template, title="Atelier test").new_id
        data = api.load_workshop(store, workshop_id)
        drivers = next(p for p in data.phases if p.kind is api.PhaseKind.DRIVERS)
        card_id = api.add_card(store, drivers.id, "Hausse du prix de l’énergie").new_id
        api.update_card(store, card_id, impact=5, uncertainty=4)
        api.export_workshop_file(store, workshop_id, Path("atelier.json"))
        api.export_pdf(api.load_workshop(store, workshop_id), Path("synthese.pdf"))

        # a démarche: the roadmap that lives on across workshops
        demarche_id = api.create_demarche(store, title="Feuille de route PAT").new_id
        api.attach_workshop(store, demarche_id, workshop_id)
        roadmap = api.load_demarche(store, demarche_id)
        action = api.find_action(roadmap, "Paniers")
        api.change_status(store, action.id, "realisee", note="150 paniers par semaine")
        checkpoint = api.find_template("point-etape-feuille-de-route", store=store)
        api.create_workshop(store, checkpoint, title="Point d’étape", demarche_id=demarche_id)

Every change goes through one service call in one transaction and returns the ``Changes``
it made; ``Changes.new_id`` is the id of what was created. Errors the user can act on are
``KnownError`` subclasses whose message is one sentence.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING

from coopatelier.domain.demarche import (
    ActionEvent,
    ActionStatus,
    Decision,
    Demarche,
    DemarcheData,
    DemarcheFocus,
    DemarcheSummary,
    EventKind,
    Member,
    RoadmapAction,
)
from coopatelier.domain.model import (
    Card,
    CardKind,
    DriverNature,
    Organisation,
    Participant,
    Partner,
    Phase,
    PhaseKind,
    PhaseRun,
    PhaseStatus,
    Vote,
    VoteRound,
    Workshop,
    WorkshopData,
    WorkshopSummary,
)
from coopatelier.domain.people import PeopleState
from coopatelier.domain.timer import TimerLevel, TimerState, timer_state
from coopatelier.errors import (
    FormatError,
    KnownError,
    NotFoundError,
    StorageError,
    ValidationError,
)
from coopatelier.services.changes import Changes

if TYPE_CHECKING:
    from coopatelier.exchange.csv_export import write_csv
    from coopatelier.exchange.markdown import write_markdown
    from coopatelier.exchange.workshop_file import (
        ImportReport,
        export_workshop_file,
        import_workshop_file,
    )
    from coopatelier.export.pdf import PdfOptions, export_pdf
    from coopatelier.services.action_history import (
        add_follow_up,
        change_roles,
        change_status,
        remove_event,
        restore_event,
    )
    from coopatelier.services.cards import (
        CardPlace,
        add_card,
        card_places,
        delete_cards,
        duplicate_cards,
        merge_cards,
        move_card,
        move_cards,
        place_cards,
        restore_cards,
        set_axes,
        unmerge_cards,
        update_card,
        update_cards,
    )
    from coopatelier.services.conflicts import Conflict, list_conflicts, take_conflict_value
    from coopatelier.services.demarche_queries import (
        find_action,
        find_demarche,
        get_demarche,
        list_demarches,
        load_demarche,
        review_actions,
    )
    from coopatelier.services.demarches import (
        add_decision,
        add_member,
        attach_workshop,
        create_demarche,
        delete_demarche,
        detach_workshop,
        remove_decision,
        remove_member,
        rename_demarche,
        restore_decision,
        restore_member,
        update_decision,
        update_demarche,
        update_member,
    )
    from coopatelier.services.phases import (
        add_phase,
        end_phase,
        end_workshop,
        move_phase,
        pause_phase,
        remove_phase,
        reopen_workshop,
        set_phase_runs,
        start_phase,
        update_phase,
    )
    from coopatelier.services.queries import (
        find_workshop,
        get_card,
        get_phase,
        get_workshop,
        list_workshops,
        load_workshop,
        workshop_ids,
    )
    from coopatelier.services.timer import adjust_timer, pause_timer, reset_timer, start_timer
    from coopatelier.services.votes import (
        add_dots,
        add_votes,
        create_round,
        delete_round,
        remove_vote,
        remove_votes,
        reveal_round,
    )
    from coopatelier.services.workshops import (
        add_organisation,
        add_participants,
        create_workshop,
        delete_workshop,
        duplicate_workshop,
        merge_organisations,
        paste_participants,
        people_state,
        remove_organisation,
        remove_participant,
        remove_participants,
        rename_organisation,
        restore_people,
        save_as_template,
        update_participant,
        update_workshop,
    )
    from coopatelier.storage.store import Store
    from coopatelier.templates import Template

#: Imported on first use (PEP 562): the services and the store (SQLAlchemy), the exchange
#: formats, the PDF and the templates. ``from coopatelier import api`` costs only the
#: domain values, so the app's first window is built and shown from a plain ``sqlite3``
#: read (storage/plain_read.py) before SQLAlchemy is imported (``CORE_MODULES``: what the
#: app imports right after).
_LAZY = {
    **dict.fromkeys(
        (
            "CardPlace", "add_card", "card_places", "delete_cards", "duplicate_cards",
            "merge_cards", "move_card", "move_cards", "place_cards", "restore_cards",
            "set_axes", "unmerge_cards", "update_card", "update_cards",
        ),
        "coopatelier.services.cards",
    ),
    **dict.fromkeys(
        (
            "add_phase", "end_phase", "end_workshop", "move_phase", "pause_phase",
            "remove_phase", "reopen_workshop", "set_phase_runs", "start_phase",
            "update_phase",
        ),
        "coopatelier.services.phases",
    ),
    **dict.fromkeys(
        (
            "find_workshop", "get_card", "get_phase", "get_workshop", "list_workshops",
            "load_workshop", "workshop_ids",
        ),
        "coopatelier.services.queries",
    ),
    **dict.fromkeys(
        ("adjust_timer", "pause_timer", "reset_timer", "start_timer"),
        "coopatelier.services.timer",
    ),
    **dict.fromkeys(
        (
            "add_dots", "add_votes", "create_round", "delete_round", "remove_vote",
            "remove_votes", "reveal_round",
        ),
        "coopatelier.services.votes",
    ),
    "Store": "coopatelier.storage.store",
    "write_csv": "coopatelier.exchange.csv_export",
    "write_markdown": "coopatelier.exchange.markdown",
    "ImportReport": "coopatelier.exchange.workshop_file",
    "export_workshop_file": "coopatelier.exchange.workshop_file",
    "import_workshop_file": "coopatelier.exchange.workshop_file",
    "PdfOptions": "coopatelier.export.pdf",
    "export_pdf": "coopatelier.export.pdf",
    "Template": "coopatelier.templates",
    "Conflict": "coopatelier.services.conflicts",
    "list_conflicts": "coopatelier.services.conflicts",
    "take_conflict_value": "coopatelier.services.conflicts",
    **dict.fromkeys(
        (
            "add_organisation",
            "add_participants",
            "create_workshop",
            "delete_workshop",
            "duplicate_workshop",
            "merge_organisations",
            "paste_participants",
            "people_state",
            "remove_organisation",
            "remove_participant",
            "remove_participants",
            "rename_organisation",
            "restore_people",
            "save_as_template",
            "update_participant",
            "update_workshop",
        ),
        "coopatelier.services.workshops",
    ),
    **dict.fromkeys(
        ("add_follow_up", "change_roles", "change_status", "remove_event", "restore_event"),
        "coopatelier.services.action_history",
    ),
    **dict.fromkeys(
        (
            "find_action",
            "find_demarche",
            "get_demarche",
            "list_demarches",
            "load_demarche",
            "review_actions",
        ),
        "coopatelier.services.demarche_queries",
    ),
    **dict.fromkeys(
        (
            "add_decision",
            "add_member",
            "attach_workshop",
            "create_demarche",
            "delete_demarche",
            "detach_workshop",
            "remove_decision",
            "remove_member",
            "rename_demarche",
            "restore_decision",
            "restore_member",
            "update_decision",
            "update_demarche",
            "update_member",
        ),
        "coopatelier.services.demarches",
    ),
}


#: the modules a workshop window's gestures call (the store and the services above)
CORE_MODULES = (
    "coopatelier.storage.store",
    "coopatelier.services.cards",
    "coopatelier.services.phases",
    "coopatelier.services.queries",
    "coopatelier.services.timer",
    "coopatelier.services.votes",
)


if not TYPE_CHECKING:  # hidden from mypy: it sees the names imported above, no catch-all

    def __getattr__(name: str) -> object:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # once imported, a plain module attribute
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(_LAZY))


def open_store(
    database: str | os.PathLike[str] | None = None,
    data_dir: str | os.PathLike[str] | None = None,
) -> Store:
    """Open the database (a path or SQLAlchemy URL; default: the data directory's file),
    creating it or upgrading its schema when needed (after a backup)."""
    from coopatelier.storage.store import Store

    return Store.open(database, data_dir)


def templates(store: Store | None = None) -> list[Template]:
    """Built-in templates, then the user's own (from the store's data directory)."""
    from coopatelier.templates import available_templates

    return available_templates(store.data_dir.templates if store else None)


def find_template(key: str, store: Store | None = None) -> Template:
    from coopatelier.templates import find_template as find

    return find(key, store.data_dir.templates if store else None)


__all__ = [
    "ActionEvent",
    "ActionStatus",
    "Card",
    "CardKind",
    "CardPlace",
    "Changes",
    "Conflict",
    "Decision",
    "Demarche",
    "DemarcheData",
    "DemarcheFocus",
    "DemarcheSummary",
    "DriverNature",
    "EventKind",
    "FormatError",
    "ImportReport",
    "KnownError",
    "Member",
    "NotFoundError",
    "Organisation",
    "Participant",
    "Partner",
    "PdfOptions",
    "PeopleState",
    "Phase",
    "PhaseKind",
    "PhaseRun",
    "PhaseStatus",
    "RoadmapAction",
    "StorageError",
    "Store",
    "Template",
    "TimerLevel",
    "TimerState",
    "ValidationError",
    "Vote",
    "VoteRound",
    "Workshop",
    "WorkshopData",
    "WorkshopSummary",
    "add_card",
    "add_decision",
    "add_dots",
    "add_follow_up",
    "add_member",
    "add_organisation",
    "add_participants",
    "add_phase",
    "add_votes",
    "adjust_timer",
    "attach_workshop",
    "card_places",
    "change_roles",
    "change_status",
    "create_demarche",
    "create_round",
    "create_workshop",
    "delete_cards",
    "delete_demarche",
    "delete_round",
    "delete_workshop",
    "detach_workshop",
    "duplicate_cards",
    "duplicate_workshop",
    "end_phase",
    "end_workshop",
    "export_pdf",
    "export_workshop_file",
    "find_action",
    "find_demarche",
    "find_template",
    "find_workshop",
    "get_card",
    "get_demarche",
    "get_phase",
    "get_workshop",
    "import_workshop_file",
    "list_conflicts",
    "list_demarches",
    "list_workshops",
    "load_demarche",
    "load_workshop",
    "merge_cards",
    "merge_organisations",
    "move_card",
    "move_cards",
    "move_phase",
    "open_store",
    "paste_participants",
    "pause_phase",
    "pause_timer",
    "people_state",
    "place_cards",
    "remove_decision",
    "remove_event",
    "remove_member",
    "remove_organisation",
    "remove_participant",
    "remove_participants",
    "remove_phase",
    "remove_vote",
    "remove_votes",
    "rename_demarche",
    "rename_organisation",
    "reopen_workshop",
    "reset_timer",
    "restore_cards",
    "restore_decision",
    "restore_event",
    "restore_member",
    "restore_people",
    "reveal_round",
    "review_actions",
    "save_as_template",
    "set_axes",
    "set_phase_runs",
    "start_phase",
    "start_timer",
    "take_conflict_value",
    "templates",
    "timer_state",
    "unmerge_cards",
    "update_card",
    "update_cards",
    "update_decision",
    "update_demarche",
    "update_member",
    "update_participant",
    "update_phase",
    "update_workshop",
    "workshop_ids",
    "write_csv",
    "write_markdown",
]

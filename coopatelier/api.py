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

# What mypy sees of the names ``_LAZY`` imports on first use: mypy reads no dict, so they
# are written here too, one import per module, and tests/unit/test_api.py checks that the
# two lists name the same names from the same modules.
if TYPE_CHECKING:
    from coopatelier.exchange.csv_export import (  # noqa: I001
        write_csv as write_csv,
    )
    from coopatelier.exchange.markdown import (
        write_markdown as write_markdown,
    )
    from coopatelier.exchange.workshop_file import (
        export_workshop_file as export_workshop_file,
    )
    from coopatelier.export.pdf import (
        PdfOptions as PdfOptions,
        export_pdf as export_pdf,
    )
    from coopatelier.services.action_history import (
        add_follow_up as add_follow_up,
        change_roles as change_roles,
        change_status as change_status,
        remove_event as remove_event,
        restore_event as restore_event,
    )
    from coopatelier.services.cards import (
        CardPlace as CardPlace,
        add_card as add_card,
        card_places as card_places,
        delete_cards as delete_cards,
        duplicate_cards as duplicate_cards,
        merge_cards as merge_cards,
        move_card as move_card,
        move_cards as move_cards,
        place_cards as place_cards,
        restore_cards as restore_cards,
        set_axes as set_axes,
        unmerge_cards as unmerge_cards,
        update_card as update_card,
        update_cards as update_cards,
    )
    from coopatelier.services.conflicts import (
        Conflict as Conflict,
        list_conflicts as list_conflicts,
        take_conflict_value as take_conflict_value,
    )
    from coopatelier.services.demarche_queries import (
        find_action as find_action,
        find_demarche as find_demarche,
        get_demarche as get_demarche,
        list_demarches as list_demarches,
        load_demarche as load_demarche,
        review_actions as review_actions,
    )
    from coopatelier.services.demarches import (
        add_decision as add_decision,
        add_member as add_member,
        attach_workshop as attach_workshop,
        create_demarche as create_demarche,
        delete_demarche as delete_demarche,
        detach_workshop as detach_workshop,
        remove_decision as remove_decision,
        remove_member as remove_member,
        rename_demarche as rename_demarche,
        restore_decision as restore_decision,
        restore_member as restore_member,
        update_decision as update_decision,
        update_demarche as update_demarche,
        update_member as update_member,
    )
    from coopatelier.services.imports import (
        ImportReport as ImportReport,
    )
    from coopatelier.services.phases import (
        add_phase as add_phase,
        end_phase as end_phase,
        end_workshop as end_workshop,
        move_phase as move_phase,
        pause_phase as pause_phase,
        remove_phase as remove_phase,
        reopen_workshop as reopen_workshop,
        set_phase_runs as set_phase_runs,
        start_phase as start_phase,
        update_phase as update_phase,
    )
    from coopatelier.services.queries import (
        find_workshop as find_workshop,
        get_card as get_card,
        get_phase as get_phase,
        get_workshop as get_workshop,
        list_workshops as list_workshops,
        load_workshop as load_workshop,
        workshop_ids as workshop_ids,
    )
    from coopatelier.services.timer import (
        adjust_timer as adjust_timer,
        pause_timer as pause_timer,
        reset_timer as reset_timer,
        start_timer as start_timer,
    )
    from coopatelier.services.votes import (
        add_dots as add_dots,
        add_votes as add_votes,
        create_round as create_round,
        delete_round as delete_round,
        remove_vote as remove_vote,
        remove_votes as remove_votes,
        reveal_round as reveal_round,
        round_numbers as round_numbers,
        workshop_round_numbers as workshop_round_numbers,
    )
    from coopatelier.services.workshop_import import (
        import_workshop_file as import_workshop_file,
    )
    from coopatelier.services.workshops import (
        add_organisation as add_organisation,
        add_participants as add_participants,
        create_workshop as create_workshop,
        delete_workshop as delete_workshop,
        duplicate_workshop as duplicate_workshop,
        merge_organisations as merge_organisations,
        paste_participants as paste_participants,
        people_state as people_state,
        remove_organisation as remove_organisation,
        remove_participant as remove_participant,
        remove_participants as remove_participants,
        rename_organisation as rename_organisation,
        restore_people as restore_people,
        save_as_template as save_as_template,
        update_participant as update_participant,
        update_workshop as update_workshop,
    )
    from coopatelier.storage.store import (
        Store as Store,
    )
    from coopatelier.templates import (
        Template as Template,
    )

#: Imported on first use (PEP 562): the services and the store (SQLAlchemy), the exchange
#: formats, the PDF and the templates. ``from coopatelier import api`` costs only the
#: domain values, so the app's first window is built and shown from a plain ``sqlite3``
#: read (storage/plain_read.py) before SQLAlchemy is imported (``CORE_MODULES``: what the
#: app imports right after). The one list of these names: it drives ``__getattr__``,
#: ``__dir__`` and ``__all__``.
_LAZY: dict[str, str] = {
    **dict.fromkeys(
        (
            "CardPlace",
            "add_card",
            "card_places",
            "delete_cards",
            "duplicate_cards",
            "merge_cards",
            "move_card",
            "move_cards",
            "place_cards",
            "restore_cards",
            "set_axes",
            "unmerge_cards",
            "update_card",
            "update_cards",
        ),
        "coopatelier.services.cards",
    ),
    **dict.fromkeys(
        (
            "add_phase",
            "end_phase",
            "end_workshop",
            "move_phase",
            "pause_phase",
            "remove_phase",
            "reopen_workshop",
            "set_phase_runs",
            "start_phase",
            "update_phase",
        ),
        "coopatelier.services.phases",
    ),
    **dict.fromkeys(
        (
            "find_workshop",
            "get_card",
            "get_phase",
            "get_workshop",
            "list_workshops",
            "load_workshop",
            "workshop_ids",
        ),
        "coopatelier.services.queries",
    ),
    **dict.fromkeys(
        (
            "adjust_timer",
            "pause_timer",
            "reset_timer",
            "start_timer",
        ),
        "coopatelier.services.timer",
    ),
    **dict.fromkeys(
        (
            "add_dots",
            "add_votes",
            "create_round",
            "delete_round",
            "remove_vote",
            "remove_votes",
            "reveal_round",
            "round_numbers",
            "workshop_round_numbers",
        ),
        "coopatelier.services.votes",
    ),
    "Store": "coopatelier.storage.store",
    "write_csv": "coopatelier.exchange.csv_export",
    "write_markdown": "coopatelier.exchange.markdown",
    "export_workshop_file": "coopatelier.exchange.workshop_file",
    **dict.fromkeys(
        (
            "PdfOptions",
            "export_pdf",
        ),
        "coopatelier.export.pdf",
    ),
    **dict.fromkeys(
        (
            "add_follow_up",
            "change_roles",
            "change_status",
            "remove_event",
            "restore_event",
        ),
        "coopatelier.services.action_history",
    ),
    **dict.fromkeys(
        (
            "Conflict",
            "list_conflicts",
            "take_conflict_value",
        ),
        "coopatelier.services.conflicts",
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
    "ImportReport": "coopatelier.services.imports",
    "import_workshop_file": "coopatelier.services.workshop_import",
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
    "Template": "coopatelier.templates",
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
    "Changes",
    "Decision",
    "Demarche",
    "DemarcheData",
    "DemarcheFocus",
    "DemarcheSummary",
    "DriverNature",
    "EventKind",
    "FormatError",
    "KnownError",
    "Member",
    "NotFoundError",
    "Organisation",
    "Participant",
    "Partner",
    "PeopleState",
    "Phase",
    "PhaseKind",
    "PhaseRun",
    "PhaseStatus",
    "RoadmapAction",
    "StorageError",
    "TimerLevel",
    "TimerState",
    "ValidationError",
    "Vote",
    "VoteRound",
    "Workshop",
    "WorkshopData",
    "WorkshopSummary",
    "find_template",
    "open_store",
    "templates",
    "timer_state",
]
__all__ += _LAZY

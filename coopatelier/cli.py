"""The command line: ``coopatelier COMMAND``; without a command it starts the GUI.

Every command exits 0 on success and 1 on a user error, with one sentence on stderr.
Unexpected failures are logged with their traceback and exit 70.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import logging
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from coopatelier import __version__
from coopatelier.errors import KnownError, os_reason
from coopatelier.export import DEMARCHE_FORMATS
from coopatelier.export import FORMATS as EXPORT_FORMATS
from coopatelier.logs import setup_logging
from coopatelier.paths import DataDir, resolve_data_dir, resolve_database_url
from coopatelier.settings import Settings, preferred_language, system_language
from coopatelier.storage import lock
from coopatelier.wording import is_singular, sentence

if TYPE_CHECKING:  # the API (hence SQLAlchemy) is imported by the commands that use it:
    from coopatelier import api  # the GUI paints its window before (docs/architecture.md)

log = logging.getLogger("coopatelier.cli")

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_BUG = 70
#: the shell's code for a process whose reader closed the pipe (128 + SIGPIPE)
EXIT_BROKEN_PIPE = 141

SNAPSHOT_VIEWS = ("facilitator", "projector", "matrix", "roadmap", "votes", "welcome")


class UsageError(KnownError):
    """The command line itself is wrong (argparse's own words, which are English)."""

    family = "usage"


class CommandError(KnownError):
    """A command cannot do what it was asked (a missing file, a backup of a server...)."""

    family = "cli"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # argparse quotes what was typed, newlines included: keep it one line
        message = " ".join(message.split())
        raise UsageError("argparse", message=f"{message[:1].upper()}{message[1:]}", prog=self.prog)


class _ActionStatuses:
    """The action statuses as the ``status`` command's choices, read from the domain when
    argparse first looks at them: ``python -m coopatelier`` imports this module before it
    paints the GUI's frame, and ``domain/`` (dataclasses, enums) is not needed for that."""

    def _values(self) -> list[str]:
        from coopatelier.domain.demarche import ActionStatus

        return [status.value for status in ActionStatus]

    def __contains__(self, value: object) -> bool:
        return value in self._values()

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="coopatelier",
        description="CoopAtelier: guide and record a foresight workshop. "
        "Without a command, starts the application window.",
    )
    parser.add_argument("--version", action="version", version=f"CoopAtelier {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $COOPATELIER_DB or the data directory's)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data directory: database, backups, templates, logs (default: $COOPATELIER_HOME "
        "or the platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", help="start the application window (the default)")
    commands.add_parser("templates", help="list the workshop templates")
    commands.add_parser("list", help="list the workshops in the database")

    new = commands.add_parser("new", help="create a workshop from a template; prints its id")
    new.add_argument("--template", required=True, metavar="KEY", help="template key")
    new.add_argument("--title", required=True, help="the workshop's title")
    new.add_argument("--date", type=_date, help="day of the workshop, YYYY-MM-DD (default: today)")
    new.add_argument("--place", default="", help="where it takes place")
    new.add_argument("--horizon", type=int, metavar="YEAR", help="horizon year (e.g. 2030)")
    new.add_argument("--question", help="focal question (default: the template's)")
    new.add_argument("--territory", help="territory (default: the template's)")
    new.add_argument("--organisers", default="", help="who organises it")
    new.add_argument("--anonymous", action="store_true", help="keep participants' names private")
    new.add_argument(
        "--participants",
        type=Path,
        metavar="FILE",
        help="text file with one participant per line: name, organisation, role, table "
        "(tab, semicolon or comma separated)",
    )
    new.add_argument(
        "--demarche",
        metavar="DEMARCHE",
        help="create it in this démarche (id or the unambiguous start of its title): it "
        "shares the démarche's organisations, and a point d'étape reviews its roadmap",
    )

    imp = commands.add_parser("import", help="import a workshop file (JSON); prints its id")
    imp.add_argument("file", type=Path)

    exp = commands.add_parser("export", help="export a workshop as JSON, CSV, Markdown or PDF")
    exp.add_argument("workshop", help="workshop id or the unambiguous start of its title")
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exp.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help="the file to write; - prints JSON, CSV or Markdown to the terminal",
    )
    names = exp.add_mutually_exclusive_group()
    names.add_argument(
        "--anonymised",
        "--anonymized",
        dest="anonymised",
        action="store_true",
        default=None,
        help="leave participants' names out (default when the workshop is anonymous)",
    )
    names.add_argument(
        "--named", dest="anonymised", action="store_false", help="include participants' names"
    )
    exp.add_argument("--no-annex", action="store_true", help="PDF: leave out the card annex")
    exp.add_argument(
        "--language",
        choices=("fr", "en"),
        help="language of the PDF headings (default: the workshop's language)",
    )

    demo = commands.add_parser(
        "demo", help="create the demo workshop in its démarche; prints the workshop's id last"
    )
    demo.add_argument(
        "--lang",
        choices=("fr", "en"),
        help="language of the demo's story (default: the interface's; French, else English)",
    )

    _demarche_parser(commands)

    snap = commands.add_parser(
        "snapshot", help="render a view of a workshop to a PNG, offscreen (the real widgets)"
    )
    snap.add_argument("workshop", help="workshop id or the unambiguous start of its title")
    snap.add_argument("--view", choices=SNAPSHOT_VIEWS, required=True)
    snap.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.png")
    snap.add_argument("--size", default="1920x1080", help="WIDTHxHEIGHT (default: 1920x1080)")
    snap.add_argument("--phase", metavar="KIND", help="the first phase of this kind (e.g. drivers)")
    snap.add_argument(
        "--page",
        type=int,
        metavar="N",
        help="the room's wall: its page N (default: the page of the newest card)",
    )
    snap.add_argument(
        "--describe",
        type=Path,
        metavar="FILE.json",
        help="the room's views: also write what the image shows (pages, cards) as JSON",
    )

    backup = commands.add_parser("backup", help="list, create or restore database backups")
    actions = backup.add_subparsers(
        dest="backup_action", metavar="ACTION", required=True, parser_class=_Parser
    )
    actions.add_parser("list", help="list backups, newest first, with what each holds")
    actions.add_parser("create", help="back up the database now")
    restore = actions.add_parser(
        "restore", help="replace the database by a backup (the current file is backed up first)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="the backup file to restore")
    which.add_argument("--latest", action="store_true", help="the newest backup that is sound")
    return parser


DEMARCHE_HELP = "démarche id or the unambiguous start of its title"
ACTION_HELP = "action id or the unambiguous start of its title"


def _demarche_parser(commands: argparse._SubParsersAction[_Parser]) -> None:
    demarche = commands.add_parser(
        "demarche",
        help="démarches: a cooperation's roadmap across its workshops",
        description="A démarche groups workshops: one list of organisations, actions that "
        "live on (status, follow-ups), governance, the roadmap document.",
    )
    actions = demarche.add_subparsers(
        dest="demarche_action", metavar="ACTION", required=True, parser_class=_Parser
    )
    actions.add_parser("list", help="list the démarches (id, workshops, actions, title)")
    new = actions.add_parser("new", help="create a démarche; prints its id")
    new.add_argument("--title", required=True, help="its title")
    new.add_argument("--description", default="", help="what the cooperation is about")
    new.add_argument(
        "--language", choices=("fr", "en"), default="fr", help="its documents' language"
    )
    show = actions.add_parser(
        "show", help="show a démarche: workshops, roadmap with statuses, governance"
    )
    show.add_argument("demarche", help=DEMARCHE_HELP)
    rename = actions.add_parser("rename", help="give a démarche another title")
    rename.add_argument("demarche", help=DEMARCHE_HELP)
    rename.add_argument("--title", required=True)
    attach = actions.add_parser(
        "attach", help="put a workshop in a démarche (its organisations join the démarche's)"
    )
    attach.add_argument("demarche", help=DEMARCHE_HELP)
    attach.add_argument("workshop", help="workshop id or the unambiguous start of its title")
    detach = actions.add_parser("detach", help="take a workshop out of its démarche")
    detach.add_argument("workshop", help="workshop id or the unambiguous start of its title")
    review = actions.add_parser(
        "review", help="list the actions a workshop's review phase reviews, with their status"
    )
    review.add_argument("workshop", help="workshop id or the unambiguous start of its title")
    status = actions.add_parser(
        "status", help="record an action's new status (dated, with a follow-up note)"
    )
    status.add_argument("demarche", help=DEMARCHE_HELP)
    status.add_argument("action", help=ACTION_HELP)
    status.add_argument("status", choices=_ActionStatuses())
    status.add_argument("--note", default="", help="what happened (required for abandonnee: why)")
    status.add_argument("--author", default="", help="who says so")
    status.add_argument("--date", type=_date, help="when, YYYY-MM-DD (default: today)")
    status.add_argument(
        "--replaced-by", metavar="ACTION", help="reorientee: the action that replaced it"
    )
    follow = actions.add_parser("follow-up", help="add a dated follow-up to an action")
    follow.add_argument("demarche", help=DEMARCHE_HELP)
    follow.add_argument("action", help=ACTION_HELP)
    follow.add_argument("--note", required=True, help="what happened")
    follow.add_argument("--author", default="", help="who says so")
    follow.add_argument("--date", type=_date, help="when, YYYY-MM-DD (default: today)")
    exp = actions.add_parser(
        "export", help="export the roadmap: PDF (Feuille de route), Markdown, CSV or JSON"
    )
    exp.add_argument("demarche", help=DEMARCHE_HELP)
    exp.add_argument("--format", choices=DEMARCHE_FORMATS, required=True)
    exp.add_argument(
        "-o", "--output", type=Path, required=True, metavar="OUT",
        help="the file to write; - prints Markdown, CSV or JSON to the terminal",
    )
    exp.add_argument(
        "--language", choices=("fr", "en"), help="headings' language (default: the démarche's)"
    )
    imp = actions.add_parser("import", help="import or merge a démarche file (JSON); prints its id")
    imp.add_argument("file", type=Path)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date in the form YYYY-MM-DD"
        ) from None


def main(
    argv: Sequence[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    stdout = out or sys.stdout
    stderr = err or sys.stderr
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(args_list)
    except UsageError as exc:
        print(exc.words(_language(resolve_data_dir(None))), file=stderr)
        return EXIT_USER_ERROR
    data_dir = resolve_data_dir(args.data_dir)
    if args.command in (None, "gui"):
        from coopatelier.ui.app import run_gui

        return int(run_gui([sys.argv[0], *args_list], database=args.db, data_dir=args.data_dir))
    log_path = setup_logging(data_dir)
    try:
        if args.command == "backup":
            _backup(args, data_dir, stdout)
            return EXIT_OK
        handler = COMMANDS[args.command]
        from coopatelier import api

        with _writer_lock(args, data_dir), api.open_store(args.db, data_dir.root) as store:
            for warning in store.warnings:  # the command still runs
                language = _language(data_dir)
                said = warning.words(language)
                said = said[:1].lower() + said[1:]
                print(sentence("cli.warning", language, {"text": said}), file=stderr)
            handler(store, args, stdout)
            stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
    except BrokenPipeError:
        # the reader went away (``coopatelier demarche list | head``): what was asked
        # is done, the rest of the output has nobody to read it; not a bug
        _silence(stdout)
        return EXIT_BROKEN_PIPE
    except KnownError as exc:
        log.info("refused: %s", exc)
        print(exc.words(_language(data_dir)), file=stderr)
        return EXIT_USER_ERROR
    except Exception:
        log.exception("command %s failed", args.command)
        print(sentence("cli.bug", _language(data_dir), {"log": log_path}), file=stderr)
        return EXIT_BUG
    return EXIT_OK


def _silence(stream: TextIO) -> None:
    """Point a closed pipe's file descriptor at the null device, so that the
    interpreter's last flush at exit does not complain about it again."""
    try:
        descriptor = stream.fileno()
    except (OSError, ValueError, AttributeError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, descriptor)
    finally:
        os.close(devnull)


#: commands that write the database: they hold its lock while they run, so that a restore
#: waits for them (storage/lock.py)
WRITERS = ("new", "import", "demo")
#: ... and these ``demarche`` actions
DEMARCHE_WRITERS = ("new", "rename", "attach", "detach", "status", "follow-up", "import")


def _writer_lock(
    args: argparse.Namespace, data_dir: DataDir
) -> contextlib.AbstractContextManager[object]:
    from coopatelier.storage.engine import sqlite_path
    database = sqlite_path(resolve_database_url(args.db, data_dir))
    writes = args.command in WRITERS or (
        args.command == "demarche" and args.demarche_action in DEMARCHE_WRITERS
    )
    if database is None or not writes or not database.parent.is_dir():
        return contextlib.nullcontext()
    return lock.hold_for_writing(database) or contextlib.nullcontext()


def _language(data_dir: DataDir) -> str:
    """The interface's language, as the GUI chooses it: the preference, else the
    system's (LC_ALL, LC_MESSAGES, LANG)."""
    try:
        return preferred_language(Settings(data_dir.settings))
    except (OSError, ValueError):
        return system_language()


def _templates(store: api.Store, _args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    for template in api.templates(store):
        origin = "" if template.builtin else "  (yours)"
        print(
            f"{template.key}\t{template.language}\t{len(template.phases)} phases, "
            f"{template.total_minutes} min\t{template.title}{origin}",
            file=out,
        )


def _list(store: api.Store, _args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    workshops = api.list_workshops(store)
    language = _language(store.data_dir)
    if not workshops:
        print(sentence("cli.no_workshop", language, {}), file=out)
    for w in workshops:
        cards = _count("cli.cards", language, w.card_count)
        print(f"{w.id}\t{w.date.isoformat()}\t→{w.horizon_year}\t{cards}\t{w.title}", file=out)


def _count(key: str, language: str, count: int) -> str:
    """A count and its noun ("28 cards", "1 carte"): the English is always the plural
    scripts parse; French says the singular for 0 and 1."""
    return sentence(key + ".one" if is_singular(count, language) else key, language,
                    {"count": count})


def _new(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    template = api.find_template(args.template, store)
    people = ""
    if args.participants is not None:
        people = _read_text(args.participants)
    demarche = api.find_demarche(store, args.demarche) if args.demarche else None
    changes = api.create_workshop(
        store,
        template,
        title=args.title,
        date=args.date,
        place=args.place,
        focal_question=args.question,
        territory=args.territory,
        horizon_year=args.horizon,
        organisers=args.organisers,
        anonymous=args.anonymous,
        people=people,
        demarche_id=demarche.id if demarche else None,
    )
    said = {"title": args.title, "template": template.key}
    key = "cli.created_workshop"
    if demarche:
        key, said["demarche"] = "cli.created_workshop_in_demarche", demarche.title
    print(sentence(key, _language(store.data_dir), said), file=out)
    print(changes.new_id, file=out)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CommandError("file_missing", path=str(path)) from None
    except UnicodeDecodeError:
        raise CommandError("file_not_utf8", path=str(path)) from None
    except OSError as exc:
        raise CommandError("file_unreadable", path=str(path), **os_reason(exc)) from None


def _import(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier.exchange.workshop_file import import_workshop_file

    report = import_workshop_file(store, args.file)
    language = _language(store.data_dir)
    print(report.summary(language), file=out)
    for conflict in report.conflict_lines(language):
        print(sentence("cli.conflict", language, {"text": conflict}), file=out)
    print(report.workshop_id, file=out)


def _export(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    summary = api.find_workshop(store, args.workshop)
    target: Path = args.output
    if str(target) == "-":  # standard output, for the text formats
        if args.format == "pdf":
            raise CommandError("pdf_to_terminal")
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            args.output = Path(folder) / f"workshop.{args.format}"
            _export(store, args, io.StringIO())
            out.write(args.output.read_text(encoding="utf-8-sig"))
        return
    from coopatelier.export import export_workshop

    export_workshop(
        store,
        summary.id,
        target,
        args.format,
        anonymised=args.anonymised,
        annex=not args.no_annex,
        language=args.language,
    )
    print(sentence("cli.exported", _language(store.data_dir),
                   {"title": summary.title, "path": target}), file=out)


def _snapshot(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    import os

    from coopatelier import api

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported
    from coopatelier.ui.projector.snapshot import parse_size, snapshot

    summary = api.find_workshop(store, args.workshop)
    size = parse_size(args.size)
    path = snapshot(
        store,
        summary.id,
        args.view,
        args.output,
        size,
        args.phase,
        page=args.page,
        describe=args.describe,
    )
    language = _language(store.data_dir)
    view = sentence(f"cli.snapshot_view.{args.view}", language, {})
    print(sentence("cli.snapshot_saved", language,
                   {"view": view, "title": summary.title, "path": path}), file=out)


def _demo(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    from coopatelier.demo import create_demo, demo_language

    language = args.lang or demo_language(_language(store.data_dir))
    made = create_demo(store, language=language)
    language = _language(store.data_dir)
    print(sentence("cli.created_demo", language, {}), file=out)
    if made.demarche_id is not None:  # between the old lines: the id stays the last one
        demarche = api.get_demarche(store, made.demarche_id)
        print(sentence("cli.demo_demarche", language,
                       {"title": demarche.title, "id": made.demarche_id}), file=out)
    if made.checkpoint_id is not None:
        checkpoint = api.get_workshop(store, made.checkpoint_id)
        print(sentence("cli.demo_checkpoint", language,
                       {"title": checkpoint.title, "id": made.checkpoint_id}), file=out)
    print(made.workshop_id, file=out)


def _backup(args: argparse.Namespace, data_dir: DataDir, out: TextIO) -> None:
    """Backups work on the file itself, without opening it: a damaged database can be
    restored."""
    from coopatelier.storage import backup
    from coopatelier.storage.engine import sqlite_path
    data_dir.ensure()
    database = sqlite_path(resolve_database_url(args.db, data_dir))
    if database is None:
        raise CommandError("backup_server")
    folder = backup.backup_folder(data_dir.backups, database, data_dir.database)
    language = _language(data_dir)
    if args.backup_action == "create":
        if not database.exists():
            raise CommandError("backup_nothing", path=str(database))
        path = backup.create_backup(database, folder, "manual")
        print(sentence("cli.backed_up", language, {"name": database.name, "path": path}),
              file=out)
        return
    backups = backup.list_backups(folder)
    if args.backup_action == "list":
        if not backups:
            print(sentence("cli.no_backup", language, {"folder": folder}), file=out)
        for info in backups:
            try:
                contents = backup.inspect_backup(info.path)
                summary = (f"{_count('cli.workshops', language, contents.workshops)}, "
                           f"{_count('cli.cards', language, contents.cards)}")
            except KnownError:
                summary = sentence("cli.backup_damaged", language, {})
            when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"{when}\t{info.reason}\t{summary}\t{info.path}", file=out)
        return
    chosen: Path | None = args.file
    if args.latest:
        good = backup.newest_sound_backup(folder)
        if good is None:
            raise CommandError("no_sound_backup", folder=str(folder))
        chosen = good.info.path
    assert chosen is not None
    if not chosen.is_file():
        raise CommandError("backup_missing", path=str(chosen))
    with lock.hold_for_restore(database) or contextlib.nullcontext():
        safety = backup.restore_backup(database, chosen, folder)
    said = {"name": chosen.name, "database": database, "safety": safety}
    print(sentence("cli.restored_kept" if safety else "cli.restored", language, said), file=out)


# --- démarches ----------------------------------------------------------------------------


def _demarche(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    DEMARCHE_ACTIONS[args.demarche_action](store, args, out)


def _demarche_list(store: api.Store, _args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    demarches = api.list_demarches(store)
    language = _language(store.data_dir)
    if not demarches:
        print(sentence("cli.no_demarche", language, {}), file=out)
    for d in demarches:
        workshops = _count("cli.workshops", language, len(d.workshop_ids))
        actions = _count("cli.actions", language, d.action_count)
        print(f"{d.id}\t{workshops}\t{actions}\t{d.title}", file=out)


def _demarche_new(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    changes = api.create_demarche(
        store, title=args.title, description=args.description, language=args.language
    )
    print(sentence("cli.demarche_created", _language(store.data_dir),
                   {"title": args.title.strip()}), file=out)
    print(changes.new_id, file=out)


def _demarche_rename(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    summary = api.find_demarche(store, args.demarche)
    api.rename_demarche(store, summary.id, args.title)
    print(sentence("cli.demarche_renamed", _language(store.data_dir),
                   {"old": summary.title, "title": args.title.strip()}), file=out)


def _demarche_show(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    from coopatelier.domain.demarche import status_label

    data = api.load_demarche(store, api.find_demarche(store, args.demarche).id)
    d = data.demarche
    ui = _language(store.data_dir)  # the lines' words and the statuses': the interface's
    print(f"{d.title}\t{d.id}", file=out)
    if d.rhythm.strip():
        print(sentence("cli.rhythm", ui, {"text": d.rhythm}), file=out)
    if d.next_meeting_date or d.next_meeting_place.strip():
        when = d.next_meeting_date.isoformat() if d.next_meeting_date else ""
        text = " ".join(x for x in (when, d.next_meeting_place) if x)
        print(sentence("cli.next_meeting", ui, {"text": text}), file=out)
    print(sentence("cli.workshops_heading", ui, {"count": len(data.workshops)}), file=out)
    for workshop in data.workshops:
        w = workshop.workshop
        print(f"  {w.id}\t{w.date.isoformat()}\t{w.title}", file=out)
        for phase in workshop.phases:
            if phase.demarche_focus == api.DemarcheFocus.REVIEW:
                listed = api.review_actions(data, w.id)
                actions = _count("cli.actions", ui, len(listed))
                print("    " + sentence("cli.review_phase", ui,
                                        {"title": phase.title, "actions": actions}), file=out)
    names = "; ".join(o.name for o in data.organisations)
    print(sentence("cli.organisations_heading", ui,
                   {"count": len(data.organisations), "names": names}), file=out)
    print(sentence("cli.roadmap_heading", ui,
                   {"actions": _count("cli.actions", ui, len(data.actions))}), file=out)
    for action in data.actions:
        lead = data.organisation(action.card.lead_organisation_id)
        print(
            f"  {action.id}\t{action.status.value}\t{status_label(action.status, ui)}"
            f"\t{action.title}\t{lead.name if lead else '-'}\t{action.workshop.title}",
            file=out,
        )
    if data.members:
        print(sentence("cli.members_heading", ui, {}), file=out)
        for member in data.members:
            org = data.organisation(member.organisation_id)
            who = " / ".join(x for x in (member.person_name, org.name if org else "") if x)
            print(f"  {who}\t{member.collective_role}", file=out)
    if data.decisions:
        print(sentence("cli.decisions_heading", ui, {}), file=out)
        for decision in data.decisions:
            print(f"  {decision.decided_on.isoformat()}\t{decision.text}", file=out)


def _demarche_attach(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    demarche = api.find_demarche(store, args.demarche)
    workshop = api.find_workshop(store, args.workshop)
    api.attach_workshop(store, demarche.id, workshop.id)
    print(sentence("cli.attached", _language(store.data_dir),
                   {"title": workshop.title, "demarche": demarche.title}), file=out)


def _demarche_detach(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    workshop = api.find_workshop(store, args.workshop)
    api.detach_workshop(store, workshop.id)
    print(sentence("cli.detached", _language(store.data_dir), {"title": workshop.title}),
          file=out)


def _demarche_review(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api
    from coopatelier.domain.demarche import status_label

    workshop = api.find_workshop(store, args.workshop)
    if workshop.demarche_id is None:
        raise CommandError("not_in_demarche", title=workshop.title)
    data = api.load_demarche(store, workshop.demarche_id)
    listed = api.review_actions(data, workshop.id)
    ui = _language(store.data_dir)  # the statuses too, as the lines around them
    print(sentence("cli.to_review", ui, {"actions": _count("cli.actions", ui, len(listed)),
                                         "title": workshop.title}), file=out)
    for action in listed:
        lead = data.organisation(action.card.lead_organisation_id)
        print(
            f"{action.id}\t{action.status.value}\t{status_label(action.status, ui)}"
            f"\t{action.title}\t{lead.name if lead else '-'}\t{action.workshop.title}",
            file=out,
        )


def _demarche_status(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    demarche = api.find_demarche(store, args.demarche)
    data = api.load_demarche(store, demarche.id)
    action = api.find_action(data, args.action)
    replaced = api.find_action(data, args.replaced_by).id if args.replaced_by else None
    api.change_status(
        store, action.id, args.status, note=args.note, author=args.author, on=args.date,
        replaced_by=replaced,
    )
    from coopatelier.domain.demarche import ActionStatus, status_label

    ui = _language(store.data_dir)
    status = args.status if ui != "fr" else status_label(ActionStatus(args.status), ui)
    print(sentence("cli.status_changed", ui, {"title": action.title, "status": status}),
          file=out)


def _demarche_follow_up(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    data = api.load_demarche(store, api.find_demarche(store, args.demarche).id)
    action = api.find_action(data, args.action)
    api.add_follow_up(store, action.id, args.note, author=args.author, on=args.date)
    print(sentence("cli.follow_up_added", _language(store.data_dir), {"title": action.title}),
          file=out)


def _demarche_export(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier import api

    summary = api.find_demarche(store, args.demarche)
    target: Path = args.output
    if str(target) == "-":
        if args.format == "pdf":
            raise CommandError("pdf_to_terminal")
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            args.output = Path(folder) / f"demarche.{args.format}"
            _demarche_export(store, args, io.StringIO())
            out.write(args.output.read_text(encoding="utf-8-sig"))
        return
    from coopatelier.export import export_demarche

    export_demarche(store, summary.id, target, args.format, language=args.language)
    print(sentence("cli.exported_roadmap", _language(store.data_dir),
                   {"title": summary.title, "path": target}), file=out)


def _demarche_import(store: api.Store, args: argparse.Namespace, out: TextIO) -> None:
    from coopatelier.exchange.demarche_file import import_demarche_file

    report = import_demarche_file(store, args.file)
    language = _language(store.data_dir)
    print(report.words(language), file=out)
    for conflict in report.all_conflicts(language):
        print(sentence("cli.conflict", language, {"text": conflict}), file=out)
    print(report.demarche_id, file=out)


DEMARCHE_ACTIONS: dict[str, Callable[[api.Store, argparse.Namespace, TextIO], None]] = {
    "list": _demarche_list,
    "new": _demarche_new,
    "show": _demarche_show,
    "rename": _demarche_rename,
    "attach": _demarche_attach,
    "detach": _demarche_detach,
    "review": _demarche_review,
    "status": _demarche_status,
    "follow-up": _demarche_follow_up,
    "export": _demarche_export,
    "import": _demarche_import,
}


COMMANDS: dict[str, Callable[[api.Store, argparse.Namespace, TextIO], None]] = {
    "templates": _templates,
    "list": _list,
    "new": _new,
    "import": _import,
    "export": _export,
    "demo": _demo,
    "snapshot": _snapshot,
    "demarche": _demarche,
}

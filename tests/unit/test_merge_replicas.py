"""Three laptops make random changes of every kind and exchange workshop files in random
orders: the field-level merge converges, is idempotent, loses no change except to a later
stamp, and reports every concurrent overwrite (issue #14)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from coopatelier import api
from coopatelier.domain.model import PhaseKind
from coopatelier.exchange.workshop_file import export_workshop_file, import_workshop_file
from coopatelier.services.imports import export_sync
from coopatelier.storage import orm, stamps
from coopatelier.templates import Template

N = 3
#: what the runs exercised (printed with -s, to see that the checks bite)
STATS: Counter[str] = Counter()
EDITABLE = ("text", "impact", "category")
TEXTS = st.sampled_from(["alpha", "beta", "gamma", "Énergie locale", "circuits courts"])


def canonical(store: api.Store, workshop_id: uuid.UUID) -> dict[str, Any]:
    """The workshop as values and stamps, without local bookkeeping (updated_at)."""
    from coopatelier.exchange.workshop_file import workshop_to_dict

    document = workshop_to_dict(api.load_workshop(store, workshop_id),
                                export_sync(store, workshop_id))

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "updated_at"}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    document.pop("seen")
    return strip(document)  # type: ignore[no-any-return]


def field_stamp(store: api.Store, entity: str, row_id: str, name: str) -> str:
    with store.unit_of_work() as uow:
        row = stamps.load_stamps(uow.session, store_workshop(store)).get(entity, {})
        s = row.get(row_id, {})
        return s.get(name, s.get("", ""))


def store_workshop(store: api.Store) -> uuid.UUID:
    return api.list_workshops(store)[0].id


class Replicas(RuleBasedStateMachine):
    template: Template

    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        root = Path(self.folder.name)
        self.root = root
        self.stores = [api.open_store(data_dir=root / f"r{i}") for i in range(N)]
        first = self.stores[0]
        self.wid = api.create_workshop(first, self.template, title="Fusion",
                                       date=dt.date(2026, 4, 14)).new_id
        data = api.load_workshop(first, self.wid)
        self.drivers = next(p.id for p in data.phases if p.kind is PhaseKind.DRIVERS)
        self.cards = [api.add_card(first, self.drivers, f"carte {i}").new_id for i in range(3)]
        self.round = api.create_round(first, self.drivers, title="Tour 1").new_id
        orgs = [api.add_organisation(first, self.wid, name).new_id  # known to every laptop
                for name in ("Collectif Nord", "Collectif Sud")]
        # roles and links every laptop knows, for removals to travel
        api.update_card(first, self.cards[0], partners=[api.Partner(orgs[0], "anime"),
                                                        api.Partner(orgs[1], "finance")],
                        links=self.cards[1:3])
        api.update_card(first, self.cards[1], partners=[api.Partner(orgs[1], "accueille")],
                        links=[self.cards[2], self.cards[0]])
        base = export_workshop_file(first, self.wid, root / "base.json")
        for other in self.stores[1:]:
            import_workshop_file(other, base)
        #: (card, field) → (stamp, value) of the latest acknowledged edit
        self.latest: dict[tuple[str, str], tuple[str, Any]] = {}
        #: every acknowledged edit: id → (replica, (card, field), value)
        self.edits: dict[int, tuple[int, tuple[str, str], Any]] = {}
        #: each replica's latest edit of each field
        self.last_edit: list[dict[tuple[str, str], int]] = [{} for _ in range(N)]
        #: the edits each replica has seen (its own, and what files brought)
        self.knows: list[set[int]] = [set() for _ in range(N)]
        #: two concurrent different edits of one field: (field, edit, edit)
        self.concurrent: set[tuple[tuple[str, str], int, int]] = set()
        self.old_conflicts: set[uuid.UUID] = set()
        #: organisations removed on one laptop while made a partner on another
        self.partnered: set[uuid.UUID] = set()
        #: partner roles and links removed on one laptop, unaware of a concurrent change
        #: of the card elsewhere, and given again nowhere since: (kind, card, other)
        self.removed: set[tuple[str, uuid.UUID, uuid.UUID]] = set()
        self.files = 0

    def teardown(self) -> None:
        for store in self.stores:
            store.close()
        self.folder.cleanup()

    # --- operations of every kind ---------------------------------------------------------

    def _live(self, i: int) -> list[uuid.UUID]:
        return [c.id for c in api.load_workshop(self.stores[i], self.wid).cards]

    @rule(i=st.integers(0, N - 1), text=TEXTS)
    def add_card(self, i: int, text: str) -> None:
        self.cards.append(api.add_card(self.stores[i], self.drivers, text).new_id)

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50), name=st.sampled_from(EDITABLE),
          text=TEXTS, rating=st.integers(1, 5))
    def edit(self, i: int, pick: int, name: str, text: str, rating: int) -> None:
        card = self._pick(i, pick)
        if card is None:
            return
        value: Any = rating if name == "impact" else text
        try:
            api.update_card(self.stores[i], card, **{name: value})
        except api.KnownError:
            return
        self._acknowledge(i, str(card), name, value)

    @rule(i=st.integers(0, N - 1), j=st.integers(0, N - 1), pick=st.integers(0, 2),
          name=st.sampled_from(EDITABLE), texts=st.lists(TEXTS, min_size=2, max_size=2,
                                                         unique=True))
    def concurrent_edits(self, i: int, j: int, pick: int, name: str, texts: list[str]) -> None:
        """Two laptops change one field of a card they both know, unaware of each other."""
        if i == j:
            return
        card = self.cards[pick]
        for laptop, text in ((i, texts[0]), (j, texts[1])):
            value: Any = 1 + len(text) % 5 if name == "impact" else text
            previous = self.last_edit[i].get((str(card), name))
            if laptop == j and previous is not None and value == self.edits[previous][2]:
                value = value % 5 + 1 if name == "impact" else value + " (bis)"
            try:
                if getattr(api.get_card(self.stores[laptop], card), name) == value:
                    continue  # the laptop has that value already: setting it edits nothing
                api.update_card(self.stores[laptop], card, **{name: value})
            except api.KnownError:
                return
            self._acknowledge(laptop, str(card), name, value)

    def _acknowledge(self, i: int, card: str, name: str, value: Any) -> None:
        store = self.stores[i]
        key = (card, name)
        stamp = field_stamp(store, "cards", card, name)
        current = self.latest.get(key)
        if current is None or stamp > current[0]:
            self.latest[key] = (stamp, value)
        edit = len(self.edits)
        self.edits[edit] = (i, key, value)
        for j in range(N):
            other = self.last_edit[j].get(key)
            if j != i and other is not None and other not in self.knows[i] and (
                self.edits[other][2] != value
            ):
                self.concurrent.add((key, other, edit))
        self.last_edit[i][key] = edit
        self.knows[i].add(edit)

    def _pick(self, i: int, pick: int) -> uuid.UUID | None:
        cards = self._live(i)
        return cards[pick % len(cards)] if cards else None

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def delete(self, i: int, pick: int) -> None:
        card = self._pick(i, pick)
        if card is not None:
            api.delete_cards(self.stores[i], [card])

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def restore(self, i: int, pick: int) -> None:
        card = self._pick(i, pick)
        if card is not None and api.get_card(self.stores[i], card).deleted:
            api.restore_cards(self.stores[i], [card])

    @rule(i=st.integers(0, N - 1), a=st.integers(0, 50), b=st.integers(0, 50))
    def merge_duplicates(self, i: int, a: int, b: int) -> None:
        target, other = self._pick(i, a), self._pick(i, b)
        if target is None or other is None or target == other:
            return
        try:
            api.merge_cards(self.stores[i], target, [other])
        except api.KnownError:
            return

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def unmerge(self, i: int, pick: int) -> None:
        card = self._pick(i, pick)
        if card is not None and api.get_card(self.stores[i], card).merged_into_id is not None:
            api.unmerge_cards(self.stores[i], [card])

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50), index=st.integers(0, 5),
          to=st.integers(0, 8))
    def move(self, i: int, pick: int, index: int, to: int) -> None:
        """Into any phase of this laptop, even one another laptop removes meanwhile."""
        card = self._pick(i, pick)
        phases = api.load_workshop(self.stores[i], self.wid).phases
        if card is not None:
            try:
                api.move_cards(self.stores[i], [card], phase_id=phases[to % len(phases)].id,
                               index=index)
            except api.KnownError:
                return

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50), dots=st.integers(1, 3))
    def vote(self, i: int, pick: int, dots: int) -> None:
        card = self._pick(i, pick)
        rounds = api.load_workshop(self.stores[i], self.wid).rounds
        if card is None or not rounds:
            return
        try:
            api.add_votes(self.stores[i], rounds[0].id, card, dots)
        except api.KnownError:
            return

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def withdraw(self, i: int, pick: int) -> None:
        votes = api.load_workshop(self.stores[i], self.wid).votes
        if votes:
            api.remove_votes(self.stores[i], [votes[pick % len(votes)].id])

    @rule(i=st.integers(0, N - 1), title=TEXTS)
    def new_round(self, i: int, title: str) -> None:
        api.create_round(self.stores[i], self.drivers, title=title)

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def delete_round(self, i: int, pick: int) -> None:
        rounds = api.load_workshop(self.stores[i], self.wid).rounds
        if len(rounds) > 1:
            api.delete_round(self.stores[i], rounds[pick % len(rounds)].id)

    @rule(i=st.integers(0, N - 1), question=TEXTS, minutes=st.integers(1, 90))
    def edit_phase(self, i: int, question: str, minutes: int) -> None:
        api.update_phase(self.stores[i], self.drivers, question=question,
                         planned_minutes=minutes)

    @rule(i=st.integers(0, N - 1), title=TEXTS)
    def add_phase(self, i: int, title: str) -> None:
        api.add_phase(self.stores[i], self.wid, kind=PhaseKind.FUTURES, title=title,
                      minutes=15)

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50), to=st.integers(0, 8))
    def move_phase(self, i: int, pick: int, to: int) -> None:
        phases = api.load_workshop(self.stores[i], self.wid).phases
        api.move_phase(self.stores[i], phases[pick % len(phases)].id, to)

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def remove_phase(self, i: int, pick: int) -> None:
        phases = [p for p in api.load_workshop(self.stores[i], self.wid).phases
                  if p.id != self.drivers]
        if phases:
            try:
                api.remove_phase(self.stores[i], phases[pick % len(phases)].id)
            except api.KnownError:
                return  # a phase that holds cards stays

    @rule(i=st.integers(0, N - 1), j=st.integers(0, N - 1), pick=st.integers(0, 50),
          card=st.integers(0, 50))
    def remove_while_moved_into(self, i: int, j: int, pick: int, card: int) -> None:
        """One laptop removes a phase while another moves a card into it, unaware."""
        phases = [p.id for p in api.load_workshop(self.stores[i], self.wid).phases
                  if p.id != self.drivers]
        moved = self._pick(j, card)
        known = {p.id for p in api.load_workshop(self.stores[j], self.wid).phases}
        if i == j or not phases or moved is None or phases[pick % len(phases)] not in known:
            return
        phase = phases[pick % len(phases)]
        try:
            api.remove_phase(self.stores[i], phase)
        except api.KnownError:
            return  # a phase that holds cards stays
        api.move_cards(self.stores[j], [moved], phase_id=phase)

    @rule(i=st.integers(0, N - 1), name=TEXTS)
    def add_organisation(self, i: int, name: str) -> None:
        try:
            api.add_organisation(self.stores[i], self.wid, f"Collectif {name}")
        except api.KnownError:
            return  # one of that name already

    @rule(i=st.integers(0, N - 1), j=st.integers(0, N - 1), pick=st.integers(0, 50),
          card=st.integers(0, 50))
    def remove_while_partnered(self, i: int, j: int, pick: int, card: int) -> None:
        """One laptop removes an organisation while another makes it a partner, unaware."""
        orgs = [o.id for o in api.load_workshop(self.stores[i], self.wid).organisations]
        known = {o.id for o in api.load_workshop(self.stores[j], self.wid).organisations}
        target = self._pick(j, card)
        if i == j or not orgs or target is None or orgs[pick % len(orgs)] not in known:
            return
        org = orgs[pick % len(orgs)]
        partners = api.get_card(self.stores[j], target).partners
        if any(p.organisation_id == org for p in partners):
            return
        try:
            api.remove_organisation(self.stores[i], org)
        except api.KnownError:
            return  # a lead, a partner or someone's organisation stays
        api.update_card(self.stores[j], target,
                        partners=[*partners, api.Partner(org, "fournit")])
        self.removed.discard(("partner", target, org))
        self.partnered.add(org)
        STATS["partner roles given to an organisation removed elsewhere"] += 1

    @rule(i=st.integers(0, N - 1), j=st.integers(0, N - 1), pick=st.integers(0, 1),
          which=st.integers(0, 1), kind=st.sampled_from(["partner", "link"]),
          meanwhile=st.sampled_from(["text", "other", "same", "nothing"]))
    def remove_role_or_link(self, i: int, j: int, pick: int, which: int, kind: str,
                            meanwhile: str) -> None:
        """One laptop takes a partner role or a link off a card; another, unaware, changes
        the card's text, its other roles or links (their order), or the very one removed."""
        card = self.cards[pick]
        if i == j:
            return
        mine, theirs = api.get_card(self.stores[i], card), api.get_card(self.stores[j], card)
        if kind == "partner":
            here = [p.organisation_id for p in mine.partners]
            there = [p.organisation_id for p in theirs.partners]
        else:
            here, there = list(mine.links), list(theirs.links)
        if not here or here[which % len(here)] not in there:
            return
        gone = here[which % len(here)]
        if kind == "partner":
            api.update_card(self.stores[i], card, partners=[
                p for p in mine.partners if p.organisation_id != gone])
        else:
            api.update_card(self.stores[i], card, links=[t for t in here if t != gone])
        if meanwhile == "text":
            api.update_card(self.stores[j], card, text=f"{theirs.text} (relu)")
            self._acknowledge(j, str(card), "text", f"{theirs.text} (relu)")
        elif kind == "partner" and meanwhile in ("other", "same"):
            api.update_card(self.stores[j], card, partners=[
                api.Partner(p.organisation_id, p.role + " +")
                if (p.organisation_id == gone) == (meanwhile == "same") else p
                for p in theirs.partners])
        elif kind == "link" and meanwhile in ("other", "same"):
            api.update_card(self.stores[j], card, links=list(reversed(there)))
        self.removed.add((kind, card, gone))
        STATS[f"{kind}s removed while the card changed elsewhere ({meanwhile})"] += 1

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 1), kind=st.sampled_from(
        ["partner", "link"]), other=st.integers(0, 50))
    def give_role_or_link(self, i: int, pick: int, kind: str, other: int) -> None:
        """A laptop gives a role or a link (again, perhaps one removed elsewhere)."""
        store, card = self.stores[i], self.cards[pick]
        current = api.get_card(store, card)
        if kind == "partner":
            orgs = [o.id for o in api.load_workshop(store, self.wid).organisations]
            org = orgs[other % len(orgs)] if orgs else None
            if org is None or any(p.organisation_id == org for p in current.partners):
                return
            api.update_card(store, card, partners=[*current.partners,
                                                   api.Partner(org, "rejoint")])
            self.removed.discard(("partner", card, org))
        else:
            target = self._pick(i, other)
            if target is None or target == card or target in current.links:
                return
            api.update_card(store, card, links=[*current.links, target])
            self.removed.discard(("link", card, target))

    @rule(i=st.integers(0, N - 1), name=TEXTS)
    def people(self, i: int, name: str) -> None:
        api.add_participants(self.stores[i], self.wid, f"{name.title()}\tAsso {name}")

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 50))
    def remove_person(self, i: int, pick: int) -> None:
        people = api.load_workshop(self.stores[i], self.wid).participants
        if people:
            api.remove_participant(self.stores[i], people[pick % len(people)].id)

    # --- exchanges ------------------------------------------------------------------------

    def _send(self, source: int, target: int) -> None:
        self.files += 1
        path = export_workshop_file(self.stores[source], self.wid,
                                    self.root / f"f{self.files}.json")
        report = import_workshop_file(self.stores[target], path)
        STATS["phases, rounds or organisations kept"] += sum(
            c.kept_alive for c in report.conflict_items)
        self.knows[target] |= self.knows[source]
        before = canonical(self.stores[target], self.wid)
        again = import_workshop_file(self.stores[target], path)
        assert (again.created, again.updated, again.conflicts) == (0, 0, [])
        assert canonical(self.stores[target], self.wid) == before

    @rule(source=st.integers(0, N - 1), to=st.integers(0, N - 1))
    def send(self, source: int, to: int) -> None:
        if source != to:
            self._send(source, to)

    @precondition(lambda self: self.files < 40)
    @rule(order=st.permutations(list(range(N))))
    def everyone_meets(self, order: list[int]) -> None:
        """Files travel in a random order until every laptop has seen every change."""
        for _ in range(2):
            for source in order:
                for target in order:
                    if source != target:
                        self._send(source, target)
        dumps = [canonical(store, self.wid) for store in self.stores]
        assert dumps[0] == dumps[1] == dumps[2]
        cards = {c["id"]: c for c in dumps[0]["cards"]}
        for (card, name), (_stamp, value) in self.latest.items():
            assert cards[card][name] == value, (card, name)
        # a removal never took an organisation a concurrent partner role needed
        assert self.partnered <= {uuid.UUID(o["id"]) for o in dumps[0]["organisations"]}
        STATS["organisations partnered while removed"] += len(self.partnered)
        # what a laptop removed, unaware of a concurrent change, is removed everywhere
        for store in self.stores:
            for shown in api.load_workshop(store, self.wid).cards:
                held = {("partner", shown.id, p.organisation_id) for p in shown.partners} | {
                    ("link", shown.id, target) for target in shown.links}
                assert not held & self.removed, held & self.removed
        STATS["removals checked"] += len(self.removed)
        self.removed.clear()
        reported = set()  # since the last meeting
        for store in self.stores:
            with store.unit_of_work() as uow:
                for row in uow.session.query(orm.MergeConflictRow):
                    if row.id not in self.old_conflicts:
                        reported.add((row.row_id, row.field))
                        self.old_conflicts.add(row.id)
        # both edits still the latest of their laptops: their merge was a conflict
        latest = {e for per_replica in self.last_edit for e in per_replica.values()}
        must_report = {key for key, a, b in self.concurrent if a in latest and b in latest}
        assert must_report <= reported, must_report - reported
        STATS["meetings"] += 1
        STATS["overwrites reported"] += len(must_report)
        STATS["edits checked"] += len(self.latest)
        self.latest.clear()
        self.concurrent.clear()

    @invariant()
    def the_clock_never_goes_back(self) -> None:
        for store in self.stores:
            with store.unit_of_work() as uow:
                last = uow.session.get(orm.ReplicaRow, 1)
                assert last is None or stamps.STAMP_RE.fullmatch(last.last_stamp)


def test_three_laptops_converge_whatever_the_order(mini_template: Template) -> None:
    """Six runs of 25 steps by default (about 25 s); COOPATELIER_MERGE_EXAMPLES=50 for a
    longer search."""
    Replicas.template = mini_template
    machine = Replicas.TestCase
    machine.settings = settings(
        max_examples=int(os.environ.get("COOPATELIER_MERGE_EXAMPLES", "6")),
        stateful_step_count=25, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    machine().runTest()
    print(dict(STATS))

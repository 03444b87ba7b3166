"""Three laptops change a démarche's own rows (its details, members, decisions) at random
and exchange démarche files in random orders: the field-level merge converges (the same
rows and stamps everywhere), a re-import changes nothing, and nothing removed comes back
(issue #15, the rules of #14 on the démarche's scope)."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import uuid
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, precondition, rule

from coopatelier import api
from coopatelier.exchange.demarche_file import (
    demarche_to_dict,
    export_demarche_file,
    import_demarche_file,
)
from coopatelier.services.demarche_import import export_demarche_sync

N = 3
TEXTS = st.sampled_from(["alpha", "beta", "Énergie locale", "circuits courts", ""])
DETAILS = ("rhythm", "description", "next_meeting_place")
ROLES = st.sampled_from(["pilote", "contributeur", "relais", "financeur", ""])


def state(store: api.Store, demarche_id: uuid.UUID) -> tuple[Any, ...]:
    """The démarche's own rows and the stamps its file carries (of each row, its fields';
    of a row removed, its tombstone), without local bookkeeping — what another laptop
    can know of it, as the workshops' stateful test compares."""
    data = api.load_demarche(store, demarche_id)
    d = data.demarche
    carried = demarche_to_dict(data, sync=export_demarche_sync(store, demarche_id))["stamps"]
    return (
        (d.title, d.description, d.rhythm, d.next_meeting_place, d.collective_roles),
        sorted((m.id, m.person_name, m.collective_role, m.position) for m in data.members),
        sorted((x.id, x.text, x.decided_on) for x in data.decisions),
        carried,
    )


class DemarcheReplicas(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.root = Path(self.folder.name)
        self.stores = [api.open_store(data_dir=self.root / f"r{i}") for i in range(N)]
        self.did = api.create_demarche(self.stores[0], title="Feuille de route").new_id
        self.files = 0
        first = self._export(0)
        for other in self.stores[1:]:
            import_demarche_file(other, first)
        #: rows removed somewhere: (entity, id)
        self.removed: set[tuple[str, uuid.UUID]] = set()

    def teardown(self) -> None:
        for store in self.stores:
            store.close()
        self.folder.cleanup()

    def _export(self, source: int) -> Path:
        self.files += 1
        return export_demarche_file(self.stores[source], self.did,
                                    self.root / f"f{self.files}.json")

    @rule(i=st.integers(0, N - 1), name=st.sampled_from(DETAILS), text=TEXTS)
    def edit_details(self, i: int, name: str, text: str) -> None:
        api.update_demarche(self.stores[i], self.did, **{name: text})

    @rule(i=st.integers(0, N - 1), who=TEXTS.filter(bool))
    def add_member(self, i: int, who: str) -> None:
        api.add_member(self.stores[i], self.did, person_name=who, collective_role="relais")

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 20), role=ROLES)
    def edit_member(self, i: int, pick: int, role: str) -> None:
        members = api.load_demarche(self.stores[i], self.did).members
        if members:
            member = members[pick % len(members)]
            api.update_member(self.stores[i], member.id, person_name=member.person_name,
                              collective_role=role)

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 20))
    def remove_member(self, i: int, pick: int) -> None:
        members = api.load_demarche(self.stores[i], self.did).members
        if members:
            member = members[pick % len(members)]
            api.remove_member(self.stores[i], member.id)
            self.removed.add(("member", member.id))

    @rule(i=st.integers(0, N - 1), text=TEXTS.filter(bool))
    def add_decision(self, i: int, text: str) -> None:
        api.add_decision(self.stores[i], self.did, text, decided_on=dt.date(2026, 9, 22))

    @rule(i=st.integers(0, N - 1), pick=st.integers(0, 20))
    def remove_decision(self, i: int, pick: int) -> None:
        decisions = api.load_demarche(self.stores[i], self.did).decisions
        if decisions:
            decision = decisions[pick % len(decisions)]
            api.remove_decision(self.stores[i], decision.id)
            self.removed.add(("decision", decision.id))

    @rule(source=st.integers(0, N - 1), to=st.integers(0, N - 1))
    def send(self, source: int, to: int) -> None:
        if source == to:
            return
        path = self._export(source)
        import_demarche_file(self.stores[to], path)
        before = state(self.stores[to], self.did)
        again = import_demarche_file(self.stores[to], path)
        assert (again.created, again.updated, again.all_conflicts()) == (0, 0, [])
        assert state(self.stores[to], self.did) == before

    @precondition(lambda self: self.files < 60)
    @rule(order=st.permutations(list(range(N))))
    def everyone_meets(self, order: list[int]) -> None:
        """Files travel in a random order until every laptop has seen every change: the
        same rows and stamps everywhere, and nothing removed came back."""
        for _ in range(2):
            for source in order:
                for target in order:
                    if source != target:
                        import_demarche_file(self.stores[target], self._export(source))
        states = [state(store, self.did) for store in self.stores]
        assert states[0] == states[1] == states[2]
        data = api.load_demarche(self.stores[0], self.did)
        alive = {("member", m.id) for m in data.members} | {
            ("decision", x.id) for x in data.decisions}
        assert not alive & self.removed


def test_three_laptops_converge_on_a_demarche_whatever_the_order() -> None:
    """Four runs of 15 steps by default; COOPATELIER_MERGE_EXAMPLES for a longer search."""
    machine = DemarcheReplicas.TestCase
    machine.settings = settings(
        max_examples=int(os.environ.get("COOPATELIER_MERGE_EXAMPLES", "4")),
        stateful_step_count=15, deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    machine().runTest()

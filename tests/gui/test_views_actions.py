"""The actions workspace driven through its real widgets."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from coopatelier import api
from coopatelier.domain.model import Partner, PhaseKind
from coopatelier.ui.views.actions import ActionsView
from coopatelier.ui.workshop_session import WorkshopSession
from tests.conftest import phase_of
from tests.gui.conftest import type_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _card(session: WorkshopSession, card_id: uuid.UUID) -> api.Card:
    return api.get_card(session.store, card_id)


def _add(
    session: WorkshopSession, kind: PhaseKind, text: str, impact: int | None = None,
    effort: int | None = None,
) -> uuid.UUID:
    phase_id = phase_of(session.data(), kind).id
    card_id = api.add_card(session.store, phase_id, text, impact=impact, effort=effort).new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    return card_id


def _view(qtbot: QtBot, session: WorkshopSession) -> ActionsView:
    view = ActionsView(session, phase_of(session.data(), PhaseKind.ACTIONS).id)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    return view


def _choose(combo: QComboBox, data: object) -> None:
    """Pick an item in the combo's open list (a click or Enter there emits ``activated``
    once the list closes)."""
    combo.setFocus()
    index = combo.findData(str(data) if isinstance(data, uuid.UUID) else data)
    assert index >= 0
    combo.showPopup()
    combo.setCurrentIndex(index)
    combo.hidePopup()
    combo.activated.emit(index)


def _org(session: WorkshopSession, name_start: str) -> uuid.UUID:
    return next(o.id for o in session.data().organisations if o.name.startswith(name_start))


def test_fill_an_action_with_lead_partners_year_and_ratings(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    future = _add(session, PhaseKind.FUTURES, "Quartiers nourriciers")
    action = _add(session, PhaseKind.ACTIONS, "Paniers solidaires")
    view = _view(qtbot, session)
    assert view.form.card_id == action
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")

    view.title_edit.setFocus()
    type_text(view.title_edit, "Paniers solidaires d’été")
    QTest.keyClick(view.title_edit, Qt.Key.Key_Tab)
    assert _card(session, action).title == "Paniers solidaires d’été"

    _choose(view.lead_combo, pat)
    assert _card(session, action).lead_organisation_id == pat

    # two partners with precise roles
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    first = view.partners.rows[0]
    _choose(first.combo, metropole)
    assert first.role.hasFocus()
    type_text(first.role, "repère les familles dans les QPV")
    QTest.keyClick(first.role, Qt.Key.Key_Return)
    # a new organisation, added from the partner row
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    second = view.partners.rows[1]
    _choose(second.combo, "add-organisation")
    assert view.new_org_edit.isVisible()
    type_text(view.new_org_edit, "Fondation de France")
    QTest.keyClick(view.new_org_edit, Qt.Key.Key_Return)
    fondation = _org(session, "Fondation")
    type_text(view.partners.rows[1].role, "finance l’achat des légumes")
    QTest.keyClick(view.partners.rows[1].role, Qt.Key.Key_Return)
    assert _card(session, action).partners == (
        Partner(metropole, "repère les familles dans les QPV"),
        Partner(fondation, "finance l’achat des légumes"),
    )

    view.year_spin.setFocus()
    view.year_spin.setValue(2028)
    view.year_spin.editingFinished.emit()
    view.impact_spin.setFocus()
    QTest.keyClick(view.impact_spin.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.impact_spin.lineEdit(), "5")
    QTest.keyClick(view.impact_spin, Qt.Key.Key_Tab)
    view.effort_spin.setValue(2)
    view.effort_spin.editingFinished.emit()

    view.futures_list.setFocus()
    view.futures_list.setCurrentIndex(view.futures_model.index(0))
    QTest.keyClick(view.futures_list, Qt.Key.Key_Space)

    card = api.load_workshop(session.store, session.workshop_id)
    saved = next(c for c in card.cards if c.id == action)
    assert (saved.horizon_year, saved.impact, saved.effort) == (2028, 5, 2)
    assert saved.links == (future,)
    # the list shows it and the chart places it among the quick wins
    assert view.model.index(0, 1).data() == "PAT"
    assert view.model.index(0, 2).data() == "2028"
    assert view.chart.dot_centre(action) is not None

    # every change is one step of undo, and redo brings each back
    steps = session.undo_stack.count()
    # title, lead, partner 1, its role, partner 2, its role, year, impact, effort, future
    assert steps == 10
    for _ in range(steps):
        session.undo_stack.undo()
    blank = _card(session, action)
    assert (blank.title, blank.lead_organisation_id, blank.partners, blank.horizon_year,
            blank.impact, blank.effort, blank.links) == ("", None, (), None, None, None, ())
    assert view.title_edit.text() == "" and view.partners.rows == []
    for _ in range(steps):
        session.undo_stack.redo()
    assert _card(session, action).partners[1] == Partner(fondation, "finance l’achat des légumes")
    assert _card(session, action).impact == 5
    assert view.impact_spin.value() == 5
    assert view.lead_combo.currentText() == "PAT"  # the lead read back from the database


def _offered(combo: QComboBox) -> list[str]:
    """The organisations a combo offers (its first and last items: none, add one…)."""
    return [combo.itemText(i) for i in range(1, combo.count() - 1)]


def test_a_partner_row_offers_neither_the_lead_nor_the_other_partners(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """rt7: the partner list offered the lead itself and the partners already chosen."""
    action = _add(session, PhaseKind.ACTIONS, "Jardins partagés")
    view = _view(qtbot, session)
    fondation = api.add_organisation(session.store, session.workshop_id, "Fondation").new_id
    session.notify(api.Changes(workshop_id=session.workshop_id))
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")
    every = sorted(_offered(view.lead_combo))
    assert len(every) == 3
    _choose(view.lead_combo, pat)
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    first = view.partners.rows[0]
    assert "PAT" not in _offered(first.combo)  # the lead
    _choose(first.combo, metropole)
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    second = view.partners.rows[1]
    assert _offered(second.combo) == ["Fondation"]  # neither the lead nor the first partner
    _choose(second.combo, fondation)
    assert second.combo.currentText() == "Fondation"
    # the first row no longer offers what the second chose, still shows its own
    assert _offered(view.partners.rows[0].combo) == [
        o for o in every if o.startswith("Métropole")]
    assert _card(session, action).partners == (Partner(metropole, ""), Partner(fondation, ""))
    # a partner removed is offered again to the others
    QTest.mouseClick(view.partners.rows[0].remove, Qt.MouseButton.LeftButton)
    assert len(view.partners.rows) == 1
    assert sorted(_offered(view.partners.rows[0].combo)) == [
        o for o in every if o != "PAT"]
    assert _card(session, action).partners == (Partner(fondation, ""),)
    # another action, another lead: its rows offer what this one's rows took
    other = _add(session, PhaseKind.ACTIONS, "Cantine solidaire")
    view.list.setCurrentIndex(view.model.index(view.model.row_of(other), 0))
    assert view.form.card_id == other
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    assert sorted(_offered(view.partners.rows[0].combo)) == every


def test_a_partner_typed_on_its_closed_box_takes_the_whole_name_then_tab_to_its_role(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """rt9: typing "Chambre" on a partner's organisation picked "CCAS" at the "C", sent
    the focus to the role and "hambre" became the role. The letters go on choosing in the
    box, the choice is saved once (on leaving it), and Tab goes to the role."""
    action = _add(session, PhaseKind.ACTIONS, "Jardins partagés")
    for name in ("CCAS d'Aubagne", "Chambre d'agriculture"):
        api.add_organisation(session.store, session.workshop_id, name)
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    view.show()
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    row = view.partners.rows[0]
    qtbot.waitUntil(row.combo.hasFocus)
    steps = session.undo_stack.count()
    QTest.keyClicks(row.combo, "Chambre")
    assert row.combo.currentText() == "Chambre d'agriculture"
    assert row.combo.hasFocus() and row.role.text() == ""
    QTest.keyClick(row.combo, Qt.Key.Key_Tab)
    assert row.role.hasFocus()
    chambre = _org(session, "Chambre")
    assert _card(session, action).partners == (Partner(chambre, ""),)
    assert session.undo_stack.count() == steps + 1  # one step, not one a letter
    type_text(row.role, "prête des parcelles")
    QTest.keyClick(row.role, Qt.Key.Key_Return)
    assert _card(session, action).partners == (Partner(chambre, "prête des parcelles"),)
    # a whole name, spaces and all (rt10: the space opened the list, which took the rest
    # of the name and the role typed after Tab)
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    second = view.partners.rows[1]
    qtbot.waitUntil(second.combo.hasFocus)
    QTest.keyClicks(second.combo, "CCAS d'Aubagne")
    assert not second.combo.view().isVisible()
    assert second.combo.currentText() == "CCAS d'Aubagne"
    QTest.keyClick(second.combo, Qt.Key.Key_Tab)
    assert second.role.hasFocus()
    type_text(second.role, "oriente les familles")
    QTest.keyClick(second.role, Qt.Key.Key_Return)
    assert _card(session, action).partners == (
        Partner(chambre, "prête des parcelles"),
        Partner(_org(session, "CCAS"), "oriente les familles"))
    # a space on its own, not in a name being typed (a new row's box), still opens the list
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    third = view.partners.rows[2]
    qtbot.waitUntil(third.combo.hasFocus)
    QTest.keyClick(third.combo, Qt.Key.Key_Space)
    assert third.combo.view().isVisible()
    third.combo.hidePopup()


def test_a_year_or_a_rating_erased_is_not_set(qtbot: QtBot, session: WorkshopSession) -> None:
    """rt9: the year erased (Ctrl+A, Backspace, Tab) came back as 2029, and nothing said
    how to clear it; a rating erased came back too."""
    action = _add(session, PhaseKind.ACTIONS, "Paniers solidaires", impact=4)
    view = _view(qtbot, session)
    view.year_spin.setFocus()
    qtbot.waitUntil(view.year_spin.hasFocus)
    QTest.keyClick(view.year_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(view.year_spin, "2029")
    QTest.keyClick(view.year_spin, Qt.Key.Key_Tab)
    assert _card(session, action).horizon_year == 2029
    for spin, field in ((view.year_spin, "horizon_year"), (view.impact_spin, "impact")):
        spin.setFocus()
        qtbot.waitUntil(spin.hasFocus)
        QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(spin, Qt.Key.Key_Backspace)
        QTest.keyClick(spin, Qt.Key.Key_Tab)
        assert getattr(_card(session, action), field) is None, field
        assert spin.value() == spin.minimum()
        assert spin.text() == spin.specialValueText()  # "Not set", "Not rated"
    assert _card(session, action).impact is None


def test_impact_and_effort_shown_again_are_as_wide_as_their_headings(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """rt9: at 1920×1080 beside both docks the table read "pa" and "ffo" for Impact and
    Effort: their headings had been measured while the columns were hidden (a narrower
    table), where a heading measures 0, and that width was kept."""
    actions = [_add(session, PhaseKind.ACTIONS, title)  # unrated: the heading decides
               for title in ("Paniers solidaires", "Jardins partagés", "Cantine des écoles")]
    view = _view(qtbot, session)
    header = view.list.horizontalHeader()
    view.resize(560, 800)
    qtbot.waitUntil(lambda: view.list.isColumnHidden(3) and view.list.isColumnHidden(4))
    # an action edited meanwhile: the widths are measured again, these columns hidden
    api.update_card(session.store, actions[0], horizon_year=2028)
    session.notify(api.Changes(workshop_id=session.workshop_id, cards=frozenset({actions[0]})))
    updated = view.model.card(view.model.row_of(actions[0]))
    assert updated is not None and updated.horizon_year == 2028  # its row, read again
    view.resize(1600, 800)
    qtbot.waitUntil(lambda: not view.list.isColumnHidden(3))
    for column in (3, 4):
        assert not view.list.isColumnHidden(column)
        assert header.sectionSize(column) >= header.sectionSizeHint(column) > 0, column


def test_a_partner_chosen_as_lead_leaves_the_partners_in_one_undo_step(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """The lead combo still lists every organisation: a partner made the lead keeps one
    role, the lead's; undo gives it its partner role back."""
    action = _add(session, PhaseKind.ACTIONS, "Jardins partagés")
    view = _view(qtbot, session)
    metropole, pat = _org(session, "Métropole"), _org(session, "PAT")
    _choose(view.lead_combo, pat)
    QTest.mouseClick(view.partners.add_button, Qt.MouseButton.LeftButton)
    _choose(view.partners.rows[0].combo, metropole)
    type_text(view.partners.rows[0].role, "repère les familles")
    QTest.keyClick(view.partners.rows[0].role, Qt.Key.Key_Return)
    assert _card(session, action).partners == (Partner(metropole, "repère les familles"),)
    steps = session.undo_stack.count()
    _choose(view.lead_combo, metropole)
    saved = _card(session, action)
    assert (saved.lead_organisation_id, saved.partners) == (metropole, ())
    assert view.partners.rows == [] and view.status.text() == ""
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    saved = _card(session, action)
    assert saved.lead_organisation_id == pat
    assert saved.partners == (Partner(metropole, "repère les familles"),)
    assert [r.combo.currentText() for r in view.partners.rows] == [
        next(o.name for o in session.data().organisations if o.id == metropole)]
    assert "PAT" not in _offered(view.partners.rows[0].combo)


def test_click_a_dot_on_the_chart_selects_its_action(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    _add(session, PhaseKind.ACTIONS, "Cantines", impact=5, effort=1)
    second = _add(session, PhaseKind.ACTIONS, "Légumerie", impact=2, effort=5)
    view = _view(qtbot, session)
    view.chart.repaint()
    centre = view.chart.dot_centre(second)
    assert centre is not None
    QTest.mouseClick(view.chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(int(centre.x()), int(centre.y())))
    assert view.form.card_id == second
    assert view.selected_card_ids() == [second]


def _action_with_long_partners(session: WorkshopSession) -> tuple[uuid.UUID, str]:
    names = ("Groupement de producteurs paysans du Pays d’Aubagne et de la Crau",
             "Métropole Aix-Marseille-Provence – Projet alimentaire territorial")
    orgs = [api.add_organisation(session.store, session.workshop_id, n).new_id for n in names]
    role = ("fournit les fruits et légumes de saison à prix garantis, "
            "et forme les bénévoles des épiceries solidaires")
    action = _add(session, PhaseKind.ACTIONS,
                  "Pérenniser les paniers solidaires en circuit court dans cinq QPV pilotes",
                  impact=5, effort=4)
    api.update_card(session.store, action, lead_organisation_id=orgs[1],
                    partners=(Partner(orgs[0], role), Partner(orgs[1], role)))
    session.notify(api.Changes(workshop_id=session.workshop_id))
    return action, role


def test_a_long_partner_role_shows_its_start(qtbot: QtBot, session: WorkshopSession) -> None:
    _action, role = _action_with_long_partners(session)
    view = _view(qtbot, session)
    rows = view.partners.rows
    assert [r.role.text() for r in rows] == [role, role]
    for row in rows:
        assert row.role.cursorPosition() == 0
        assert row.role.toolTip() == role


@pytest.mark.parametrize("width", [1024 - 280, 1280 - 300])
def test_the_action_form_never_scrolls_sideways(
    qtbot: QtBot, session: WorkshopSession, width: int
) -> None:
    """The view's width in a 1024 or 1280 px window, beside the déroulé."""
    _action_with_long_partners(session)
    view = _view(qtbot, session)
    view.resize(width, 560)
    scroll = view.form_scroll
    qtbot.waitUntil(lambda: scroll.viewport().width() < width)
    assert not scroll.horizontalScrollBar().isVisible()
    page = scroll.widget()
    assert page is not None
    assert page.width() <= scroll.viewport().width()
    assert page.minimumSizeHint().width() <= scroll.viewport().width()


def test_the_action_title_column_is_wider_than_the_lead(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    _action_with_long_partners(session)
    view = _view(qtbot, session)
    header = view.list.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) > 0)
    assert header.sectionSize(0) > header.sectionSize(1)
    assert not view.list.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("width", [1024 - 280, 1280 - 300])
def test_partner_rows_fit_the_form_with_roles_under_their_organisation(
    qtbot: QtBot, session: WorkshopSession, width: int
) -> None:
    """Each role takes the form's width on its own line; long organisation names end in
    "…" (not cut mid-letter); the add button is wholly inside the form."""
    _action_with_long_partners(session)
    view = _view(qtbot, session)
    view.resize(width, 560)
    scroll = view.form_scroll
    qtbot.waitUntil(lambda: scroll.viewport().width() < width)
    viewport = scroll.viewport()
    button = view.partners.add_button
    right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
    assert right <= viewport.width()
    for row in view.partners.rows:
        assert row.role.mapTo(viewport, QPoint(0, 0)).y() > row.combo.mapTo(
            viewport, QPoint(0, row.combo.height() - 1)).y()
        assert row.role.width() >= 0.8 * row.combo.width()
        # whole, or ending in "…" (at 980 pixels the form has half the view: whole)
        shown = row.combo.shown_text()
        assert shown == row.combo.currentText() or shown.endswith("…"), shown
        if width < 900:
            assert shown.endswith("…")
        assert row.combo.toolTip() == row.combo.currentText()


def test_the_futures_checklist_is_as_tall_as_its_futures(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    for n in range(4):
        _add(session, PhaseKind.FUTURES, f"Futur {n} : des quartiers nourriciers et solidaires")
    _add(session, PhaseKind.ACTIONS, "Paniers solidaires")
    view = _view(qtbot, session)
    futures = view.futures_list
    rows = sum(futures.sizeHintForRow(r) for r in range(view.futures_model.rowCount()))
    assert rows > 0
    assert abs(futures.viewport().height() - rows) <= 8
    assert not futures.verticalScrollBar().isVisible()


def test_the_charts_axis_title_and_unrated_count_never_overlap(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """At the chart's narrowest, "Effort →" and "2 actions missing impact or effort" are
    written on two lines, within the chart."""
    for title in ("Une épicerie solidaire", "Des jardins partagés"):
        _add(session, PhaseKind.ACTIONS, title)
    _add(session, PhaseKind.ACTIONS, "Un marché paysan", impact=4, effort=2)
    view = _view(qtbot, session)
    view.chart.resize(view.chart.minimumSize())
    view.chart.set_cards(
        [(i, c) for i, c in enumerate(session.cards_of_phase(view.phase_id), start=1)], None
    )
    captions = view.chart.caption_rects()
    assert not captions["effort"].intersects(captions["unrated"])
    assert view.chart.rect().contains(captions["unrated"].toAlignedRect())
    # written whole or ended with "…", never losing its first letters (right-aligned in
    # the plot's width, it read "ɜ actions" beside both docks)
    caption = view.chart.unrated_caption()
    assert caption.startswith("2 ")
    metrics = view.chart.fontMetrics()
    assert metrics.horizontalAdvance(caption) <= captions["unrated"].width()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_twelve_actions_rated_alike_neither_overlap_nor_leave_their_cell(
    qtbot: QtBot, session: WorkshopSession, size: tuple[int, int]
) -> None:
    """Twelve actions of impact 4 and effort 2, and one beside them: every dot inside its
    cell, no two dots overlapping, and a click on the twelfth selects it."""
    crowd = [_add(session, PhaseKind.ACTIONS, f"Action {i}", impact=4, effort=2)
             for i in range(12)]
    beside = _add(session, PhaseKind.ACTIONS, "Voisine", impact=4, effort=3)
    view = _view(qtbot, session)
    view.resize(*size)
    qtbot.wait(10)
    chart = view.chart
    dots = {}
    for card_id in [*crowd, beside]:
        centre, radius = chart.dot_centre(card_id), chart.dot_radius(card_id)
        assert centre is not None and radius is not None
        dots[card_id] = (centre, radius)
    cell = chart.cell_rect(2, 4)
    for card_id in crowd:
        centre, radius = dots[card_id]
        assert cell.adjusted(radius, radius, -radius, -radius).contains(centre)
    ids = list(dots)
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            (ca, ra), (cb, rb) = dots[a], dots[b]
            distance = ((ca.x() - cb.x()) ** 2 + (ca.y() - cb.y()) ** 2) ** 0.5
            assert distance >= ra + rb, f"dots {a} and {b} overlap"
    centre = dots[crowd[-1]][0]
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(round(centre.x()), round(centre.y())))
    assert view.selected_card_ids() == [crowd[-1]]


def test_a_lead_left_among_the_partners_by_a_merge_is_marked_on_its_row(
    qtbot: QtBot, session: WorkshopSession
) -> None:
    """Merging two organisations keeps a lead's partner role that says something: the row
    says it is the lead too, and only that row."""
    action = _add(session, PhaseKind.ACTIONS, "Jardins partagés")
    pat, metropole = _org(session, "PAT"), _org(session, "Métropole")
    twin = api.add_organisation(session.store, session.workshop_id, "Projet alimentaire").new_id
    api.update_card(session.store, action, lead_organisation_id=pat,
                    partners=(Partner(twin, "finance la logistique"), Partner(metropole, "")))
    api.merge_organisations(session.store, pat, [twin])
    assert _card(session, action).partners[0] == Partner(pat, "finance la logistique")
    session.notify(api.Changes(workshop_id=session.workshop_id))
    view = _view(qtbot, session)
    first, second = view.partners.rows
    assert first.combo.currentText() == "PAT" and first.also_lead.isVisible()
    assert not second.also_lead.isVisible()
    QTest.mouseClick(first.remove, Qt.MouseButton.LeftButton)
    assert _card(session, action).partners == (Partner(metropole, ""),)
    session.undo_stack.undo()  # the role comes back, marked again
    assert _card(session, action).partners[0] == Partner(pat, "finance la logistique")
    assert view.partners.rows[0].also_lead.isVisible()

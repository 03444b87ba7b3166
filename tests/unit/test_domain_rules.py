"""Value rules of the domain: ratings, horizons, text kept exactly as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coopatelier.domain import rules
from coopatelier.domain.people import parse_people
from coopatelier.domain.rules import distinct_title
from coopatelier.errors import ValidationError


@pytest.mark.parametrize("value", [1, 2, 3, 4, 5, None])
def test_ratings_from_one_to_five_are_accepted(value: int | None) -> None:
    assert rules.check_rating("impact", value) == value


@pytest.mark.parametrize("value", [0, 6, -1, 100])
def test_out_of_range_rating_names_field_and_value(value: int) -> None:
    with pytest.raises(ValidationError) as err:
        rules.check_rating("uncertainty", value)
    assert err.value.field == "uncertainty"
    assert str(value) in str(err.value)


@pytest.mark.parametrize("value", [True, 2.5, "3"])
def test_rating_must_be_a_whole_number(value: object) -> None:
    with pytest.raises(ValidationError, match="whole number"):
        rules.check_rating("effort", value)  # type: ignore[arg-type]


@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00")))
def test_any_text_without_nul_is_kept_exactly(text: str) -> None:
    assert rules.check_text("text", text) == text


def test_nul_byte_is_rejected_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="NUL"):
        rules.check_text("text", "avant\x00après")


def test_lone_surrogate_is_rejected() -> None:
    with pytest.raises(ValidationError, match="surrogate"):
        rules.check_text("text", "a\udc80b")


def test_required_text_must_not_be_blank() -> None:
    with pytest.raises(ValidationError, match="must not be empty"):
        rules.check_text("title", "   \n", required=True)


def test_horizon_must_lie_within_fifty_years_of_the_workshop() -> None:
    day = dt.date(2026, 4, 14)
    assert rules.check_horizon(day, 2030) == 2030
    assert rules.check_horizon(day, 2026) == 2026
    with pytest.raises(ValidationError, match="between 2026 and 2076"):
        rules.check_horizon(day, 2025)
    with pytest.raises(ValidationError):
        rules.check_horizon(day, 2077)


def test_action_year_lies_between_workshop_year_and_horizon() -> None:
    day = dt.date(2026, 4, 14)
    assert rules.check_action_year(day, 2030, 2028) == 2028
    assert rules.check_action_year(day, 2030, None) is None
    with pytest.raises(ValidationError, match="horizon 2030"):
        rules.check_action_year(day, 2030, 2031)
    with pytest.raises(ValidationError):
        rules.check_action_year(day, 2030, 2025)


def test_pasted_spreadsheet_lines_become_people() -> None:
    pasted = (
        "Nom\tOrganisation\tRôle\tTable\n"
        "Awa Diallo\tMétropole\tcheffe de projet\tTable 1\n"
        "\n"
        "Louis Martin;PAT;;Table 2\n"
        "Chloé Roux\n"
    )
    people = parse_people(pasted)
    assert [p.name for p in people] == ["Awa Diallo", "Louis Martin", "Chloé Roux"]
    assert people[0].organisation == "Métropole"
    assert people[0].role == "cheffe de projet"
    assert people[1].table_label == "Table 2"
    assert people[2].organisation == ""


def test_distinct_title_takes_the_first_free_number() -> None:
    assert distinct_title("Atelier", set()) == "Atelier (2)"
    assert distinct_title("Atelier", {"Atelier (2)"}) == "Atelier (3)"
    assert distinct_title("Atelier (2)", {"Atelier", "Atelier (2)"}) == "Atelier (3)"
    assert distinct_title("QPV 2030 (démo)", set()) == "QPV 2030 (démo) (2)"

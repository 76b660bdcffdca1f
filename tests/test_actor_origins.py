"""Actors whose resolution hinges on the words around them: where irregular men come from is not who they are."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from support import first

REF = date(2021, 6, 10)


@pytest.mark.parametrize("text", [
    # a country named as where raiders, militiamen or a clan come from is not that country's army
    "Armed raiders from Ethiopia attacked a village near Moyale on Friday, killing three herders.",
    "A militia from South Sudan raided a village near Lokichoggio on Friday and killed two women.",
    "Members of a clan of Somalia attacked a village near Mandera on Friday, killing four people.",
])
def test_a_homeland_is_not_the_state_forces(code: Any, text: str) -> None:
    event = first(code(text, REF, country="KE"))
    assert event.event_type == "Violence against civilians"
    assert not any(a.inter in (1, 8) for a in event.actors)


def test_soldiers_from_a_country_are_its_forces(code: Any) -> None:
    event = first(code("Soldiers from Uganda attacked a police post near Lokichoggio on Friday.", REF, country="KE"))
    assert any(a.inter == 8 and a.country == "UG" for a in event.actors)


@pytest.mark.parametrize(("text", "group"), [
    # an ethnic group's bare name, or a community noun under it, doing the deed is the group's militia
    ("The Pokot attacked a police patrol near Kapedo on Friday.", "Pokot"),
    ("Samburu inhabitants speared two traders near Baragoi on Friday.", "Samburu"),
    ("Members of the Luo community attacked a trader in Naivasha on Friday.", "Luo"),
])
def test_an_ethnic_group_doing_the_deed_is_its_militia(code: Any, text: str, group: str) -> None:
    doers = [a for a in first(code(text, REF, country="KE")).actors if a.role == "actor"]
    assert doers and doers[0].name.startswith(f"{group} Ethnic Militia")


def test_a_place_named_after_a_group_is_no_doer(code: Any) -> None:
    event = first(code("Gunmen attacked a village in Samburu on Friday, killing two herders.", REF, country="KE"))
    assert not any("Ethnic Militia" in a.name for a in event.actors if a.role == "actor")


def test_the_group_an_ethnic_group_attacked_is_a_militia_too(code: Any) -> None:
    event = first(code("The Pokot attacked the Samburu near Baragoi on Friday.", REF, country="KE"))
    names = {a.role: a.name for a in event.actors}
    assert names.get("actor", "").startswith("Pokot Ethnic Militia")
    assert names.get("target", "").startswith("Samburu Ethnic Militia")

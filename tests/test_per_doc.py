"""Facts of a whole paragraph are worked out once per parsed paragraph."""

from __future__ import annotations

from types import SimpleNamespace

from frontwire.extract.kinds import per_doc


def test_a_fact_is_computed_once_per_doc_and_kept_even_when_false() -> None:
    calls: list[int] = []
    doc = SimpleNamespace(user_data={})

    def compute() -> bool:
        calls.append(1)
        return False

    assert per_doc(doc, "k", compute) is False  # type: ignore[arg-type]
    assert per_doc(doc, "k", compute) is False  # type: ignore[arg-type]
    assert len(calls) == 1
    other = SimpleNamespace(user_data={})
    assert per_doc(other, "k", lambda: True) is True  # type: ignore[arg-type]

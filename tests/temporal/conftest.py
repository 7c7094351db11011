"""Fixtures for the temporal stage: German sentences we wrote ourselves.

The default publication date is Thursday, 14 September 2023 (ISO week 37).
"""
from __future__ import annotations

import pytest

from lagebild.temporal import tag

DCT = "2023-09-14"  # a Thursday


@pytest.fixture
def dct() -> str:
    return DCT


@pytest.fixture
def values():
    """``values(text, dct)`` -> {expression text: value} (the last wins on repeats)."""

    def run(text: str, dct: str | None = DCT, **kw) -> dict[str, str]:
        return {t.text: t.value for t in tag(text, dct, **kw)}

    return run


@pytest.fixture
def timexes():
    """``timexes(text, dct)`` -> the Timex records."""

    def run(text: str, dct: str | None = DCT, **kw):
        return tag(text, dct, **kw)

    return run


@pytest.fixture
def undated_article() -> str:
    return ("Berlin – Der Bundestag hat am heutigen Donnerstag, dem 14. September 2023, über das "
            "Heizungsgesetz beraten. Am Mittwoch hatte die Fraktion noch Änderungen verlangt. "
            "Die Abstimmung soll am Freitag stattfinden.")


@pytest.fixture
def weekday_article() -> str:
    return ("Die Polizei nahm am Freitag, dem 3. Dezember 2004, drei Männer fest. "
            "Am Samstag wurden sie dem Haftrichter vorgeführt.")


@pytest.fixture
def historical_article() -> str:
    return "Der Dichter wurde am 28. August 1749 in Frankfurt geboren."

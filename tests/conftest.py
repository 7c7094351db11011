"""Shared fixtures: small German texts we wrote ourselves, with realistic noise."""
from __future__ import annotations

import json
import os

import pytest

NOISY_ARTICLE = """Anzeige
Von Anna Berger, Moskau

Moskau (dpa) – Der nordkoreanische Machthaber Kim Jong Un ist am Mittwoch mit dem
russischen Präsidenten Wladimir Putin zusammengetroffen. Der Regierungs-
sprecher sagte, das Treffen sei „sehr konstruktiv“ gewesen. Foto: Sputnik Die Kreml-
Sprecher betonten, man halte sich an alle Verträge. Wie Reuters berichtete, wurden
auch Rüstungsfragen besprochen.

Gavriil Grigorov/Pool Sputnik Kremlin/AP
Mehr zum Thema
Putin lobt Kim
Kommentare (12)
Teilen Twittern Drucken
dpa:230913-99-171455/3
Stand: 13.09.2023, 14:05 Uhr
Lesezeit: 3 Min.
Laut KCNA reiste die Dele\u00adgation danach  weiter nach Wladiwostok. (jm/dpa)
"""

PLAIN_GERMAN = ("Die Hafenarbeiter in Hamburg haben am Dienstag ihre Arbeit niedergelegt. "
                "Die Gewerkschaft forderte mehr Lohn, die Betreiber lehnten ab.")

ENGLISH = ("The North Korean leader arrived in Russia on Wednesday for talks with the Russian president. "
           "Officials in Seoul said they were watching the visit closely.")


def pytest_addoption(parser):
    parser.addoption("--regen-golden", action="store_true", help="rewrite golden files from current output")


@pytest.fixture
def golden(request):
    """``golden(stage, name, data)`` compares ``data`` with tests/golden/<stage>/<name>.json."""
    regen = request.config.getoption("--regen-golden") or os.environ.get("LAGEBILD_REGEN_GOLDEN") == "1"

    def check(stage: str, name: str, data):
        path = os.path.join(os.path.dirname(__file__), "golden", stage, f"{name}.json")
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        if regen or not os.path.exists(path):
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        with open(path, encoding="utf-8") as fh:
            assert json.loads(fh.read()) == json.loads(text), f"golden file {path} differs (review, then --regen-golden)"

    return check


@pytest.fixture
def write(tmp_path):
    """``write(name, content)`` creates a file under tmp_path (str → UTF-8, bytes as-is)."""

    def _write(name: str, content, encoding: str = "utf-8"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding=encoding)
        return str(p)

    return _write


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lagebild.db")


@pytest.fixture
def noisy():
    return NOISY_ARTICLE

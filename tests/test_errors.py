"""Every error code raised in the package is listed, with its meaning, in errors.CATALOGUE."""
import re
from pathlib import Path

import lagebild
from lagebild.errors import CATALOGUE

PKG = Path(lagebild.__file__).parent
# a code literal: LagebildError("E123", …), InputError("I001", …) on the same or the next line, or E_X = "S002"
_CALL = re.compile(r'(?:Error\(\s*|^E_[A-Z_]+\s*=\s*)"([A-Z]\d{3})"', re.M)


def _codes_in_source() -> dict[str, str]:
    found = {}
    for path in PKG.rglob("*.py"):
        for code in _CALL.findall(path.read_text(encoding="utf-8")):
            found.setdefault(code, str(path.relative_to(PKG)))
    return found


def test_every_raised_code_is_catalogued():
    found = _codes_in_source()
    assert len(found) >= 35          # the scan itself works
    missing = {c: f for c, f in found.items() if c not in CATALOGUE}
    assert not missing, f"codes raised but not in errors.CATALOGUE: {missing}"


def test_catalogue_has_no_stale_codes_and_every_entry_says_something():
    found = _codes_in_source()
    assert set(CATALOGUE) <= set(found)
    assert all(len(text) > 10 for text in CATALOGUE.values())

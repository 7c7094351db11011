"""Language identification with lingua, restricted to a handful of languages
(all 75 would take ~1.3 GB). Loaded once per process."""
from __future__ import annotations

from typing import Optional

from ..resources import shared

# ISO 639-1 codes we tell apart; news piles in German often carry these.
LANGUAGES = ("de", "en", "fr", "es", "it", "nl", "pl", "ru", "tr", "uk")
SAMPLE_CHARS = 2000


def _detector():
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    langs = [IsoCode639_1.from_str(c) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*langs).build()


def detect_language(text: str) -> tuple[Optional[str], float]:
    """Return ``(iso_code, confidence)``; ``(None, 0.0)`` when undecidable."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return None, 0.0
    det = shared("langid.lingua", _detector)
    values = det.compute_language_confidence_values(sample)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), round(float(best.value), 4)

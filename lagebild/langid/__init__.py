"""Language identification."""
from .detect import LANGUAGES, detect_language

__all__ = ["LANGUAGES", "detect_language"]

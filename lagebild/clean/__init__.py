"""Clean: remove page furniture (keeping each removal with its reason) and re-join wrapped lines."""
from .clean import CleanResult, clean_text

__all__ = ["CleanResult", "clean_text"]

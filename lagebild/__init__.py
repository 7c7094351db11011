"""Lagebild: German news in, a situation picture that names its sources out. Offline."""
from .model import Document, Skipped
from .pipeline import Pipeline, analyse_text, make_document

__version__ = "0.1.0"
__all__ = ["Document", "Skipped", "Pipeline", "analyse_text", "make_document", "__version__"]

"""Engines run document stages over many sources: locally in N processes."""
from .local import LocalEngine

__all__ = ["LocalEngine"]

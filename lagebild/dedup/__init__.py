"""Dedup: exact and near-duplicate detection, linking each copy to its original."""
from .stage import DedupStage

__all__ = ["DedupStage"]

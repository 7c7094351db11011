"""Segment: tokens and sentences with character offsets."""
from .sentences import split_sentences
from .tokens import tokenize

__all__ = ["split_sentences", "tokenize"]

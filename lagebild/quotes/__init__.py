"""Quotes: who said what, to whom, and how (direct, indirect, reported).

Public API:

* :class:`QuoteStage` – the ``quotes.rules.v1`` document stage;
* :func:`find_quotes` – quotations of a text (with optional sentence/token spans);
* :func:`attributions` – the token-level records behind them (used by claims);
* :func:`annotate_dir` – SpkAtt-2023 JSON in, the same files with predictions out;
* :func:`score_dirs` – token-level SpkAtt scoring (used by ``benchmarks/quotes.py``).
"""
from .api import STAGE, attributions, document_tokdoc, find_quotes, to_quotes
from .spkatt import annotate_dir, score_dirs
from .stage import QuoteStage
from .tokdoc import Attribution, TokDoc

__all__ = [
    "STAGE", "QuoteStage", "find_quotes", "attributions", "document_tokdoc", "to_quotes",
    "annotate_dir", "score_dirs", "Attribution", "TokDoc",
]

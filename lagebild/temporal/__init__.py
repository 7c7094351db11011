"""When: German temporal expressions resolved to calendar values, and publication dates.

Public API::

    tag(text, dct=None, *, domain="news", sentences=None) -> list[Timex]
    infer_dct(text, sentences=None) -> DctGuess
    infer_from_siblings(text, siblings, sentences=None) -> DctGuess
    interval(value) -> (first_day, last_day) | None
    TemporalStage, date_group        (in lagebild.temporal.stage)
    timex_main(text, dct)            (in lagebild.temporal.cli)

Rules are our own (no HeidelTime resources); no network, no model files.
"""
from .calendar import interval
from .dct import DctEvidence, DctGuess, infer_dct, infer_from_siblings
from .tagger import DOMAINS, STAGE, analyse, split_sentences, tag

__all__ = ["DOMAINS", "STAGE", "DctEvidence", "DctGuess", "analyse", "infer_dct", "infer_from_siblings",
           "interval", "split_sentences", "tag"]

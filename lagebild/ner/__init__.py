"""German named-entity recognition (PER, ORG, LOC, MISC) in two modes.

* ``fast`` (default, stage ``ner.fast.v1``): hashed word features, static e5
  embeddings and a small CNN in numpy.
* ``accurate`` (stage ``ner.accurate.v1``): multilingual-e5-small with its top
  layers fine-tuned and a BiLSTM head, in PyTorch.

Public API::

    from lagebild.ner import tag, get_tagger, tag_conll, FastNer, AccurateNer
    tag([["Putins", "Reise", "nach", "Pjöngjang"]], mode="fast")

See ``docs/models/ner.md`` for data, metrics and limits.
"""
from __future__ import annotations

from .labels import TAGS, TYPES
from .tagger import MODES, STAGE_NAMES, Tagger, get_tagger, tag

__all__ = ["TAGS", "TYPES", "MODES", "STAGE_NAMES", "Tagger", "get_tagger", "tag", "tag_conll",
           "FastNer", "AccurateNer"]


def __getattr__(name: str):
    # the stage classes and the CoNLL reader import lazily
    if name in ("FastNer", "AccurateNer"):
        from . import stage

        return getattr(stage, name)
    if name == "tag_conll":
        from .conll import tag_conll

        return tag_conll
    raise AttributeError(name)

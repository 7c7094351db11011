"""One interface over both modes: words of sentences -> BIO tags with confidences.

Models load once per process through :func:`lagebild.resources.shared`.
"""
from __future__ import annotations

from typing import Callable, Protocol, Sequence

import numpy as np

from ..errors import LagebildError
from ..resources import shared
from .labels import TAGS, spans, viterbi_bio_batch

MODES: tuple[str, ...] = ("fast", "accurate")
STAGE_NAMES = {"fast": "ner.fast.v1", "accurate": "ner.accurate.v1"}


class _LogProbModel(Protocol):
    def log_probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]: ...


def _load_fast() -> _LogProbModel:
    from .fast import FastModel

    return FastModel()


def _load_accurate() -> _LogProbModel:
    import torch

    from .accurate import AccurateModel

    if torch.get_num_threads() > 2:  # be a good neighbour on shared machines
        torch.set_num_threads(2)
    return AccurateModel()


_LOADERS: dict[str, Callable[[], _LogProbModel]] = {"fast": _load_fast, "accurate": _load_accurate}


class Tagger:
    def __init__(self, mode: str, model: _LogProbModel) -> None:
        self.mode = mode
        self.stage = STAGE_NAMES[mode]
        self.model = model

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, float]]]:
        """Per sentence, per word: (BIO tag, probability the model gives that tag)."""
        sentences = [list(s) for s in sentences]
        out: list[list[tuple[str, float]]] = []
        if not any(sentences):
            return [[] for _ in sentences]
        logps = self.model.log_probs(sentences)
        for lp, best in zip(logps, viterbi_bio_batch(logps)):
            probs = np.exp(lp[np.arange(len(best)), best]) if best else ()
            out.append([(TAGS[k], float(p)) for k, p in zip(best, probs)])
        return out

    def chunks(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
        """Per sentence: (first word, end word exclusive, type, confidence).

        Confidence is the geometric mean of the span's per-word tag probabilities.
        """
        res = []
        for tagged in self.tag(sentences):
            tags = [t for t, _ in tagged]
            out = []
            for a, b, typ in spans(tags):
                conf = float(np.exp(np.mean(np.log([max(p, 1e-9) for _, p in tagged[a:b]]))))
                out.append((a, b, typ, round(conf, 4)))
            res.append(out)
        return res


def get_tagger(mode: str = "fast") -> Tagger:
    if mode not in _LOADERS:
        raise LagebildError("E310", f"unknown NER mode {mode!r}; choose one of {', '.join(MODES)}")
    return shared(f"ner.model.{mode}", lambda: Tagger(mode, _LOADERS[mode]()))


def tag(sentences: Sequence[Sequence[str]], mode: str = "fast") -> list[list[str]]:
    """BIO tags for pre-tokenised sentences."""
    return [[t for t, _ in s] for s in get_tagger(mode).tag(sentences)]

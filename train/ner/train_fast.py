"""Train the fast mode (hashed word features + e5 static embeddings + dilated CNN).

Reads the data where it lies (see ``data.py``); optionally distils the accurate
model's tag distributions (``--teacher``, from ``teach.py``). Writes
``lagebild/ner/models/fast.npz`` (``--data full``) or
``build/ner/fast-germeval.npz`` (``--data germeval``).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time

import numpy as np
import torch
from torch import nn

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402
from augment import Substituter, capitalise_second  # noqa: E402
from cache import WORK  # noqa: E402

from lagebild.ner.fast import MODEL_PATH, e5_static  # noqa: E402
from lagebild.ner.features import Featurizer  # noqa: E402
from lagebild.ner.labels import MISC_TAGS, TAG_INDEX, TAGS, viterbi_bio  # noqa: E402
from lagebild.ner.metrics import score, table  # noqa: E402


class FastNet(nn.Module):
    def __init__(self, n_buckets: int, D: int, dilations: list[int], dropout: float, lstm: int = 0) -> None:
        super().__init__()
        self.emb = nn.EmbeddingBag(n_buckets, D, mode="sum", sparse=True)
        nn.init.normal_(self.emb.weight, std=0.05)
        self.proj = nn.Linear(384, D, bias=False)
        self.first = nn.Parameter(torch.zeros(D))
        self.convs = nn.ModuleList(nn.Conv1d(D, D, 3, padding=d, dilation=d) for d in dilations)
        self.dilations = dilations
        self.lstm = nn.LSTM(D, lstm, batch_first=True, bidirectional=True) if lstm else None
        self.out = nn.Linear(2 * lstm if lstm else D, len(TAGS))
        self.drop = nn.Dropout(dropout)

    def forward(self, feat, offsets, fweights, e5v, tok, first):
        tv = self.emb(feat, offsets, per_sample_weights=fweights) + self.proj(e5v)
        mask = (tok >= 0).float()[..., None]
        x = tv[tok.clamp(min=0)] + first[..., None] * self.first
        x = self.drop(torch.relu(x) * mask)
        for conv in self.convs:
            h = conv(x.transpose(1, 2)).transpose(1, 2)
            x = x + self.drop(torch.relu(h)) * mask
        if self.lstm is not None:
            lengths = (tok >= 0).sum(1).clamp(min=1)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
            x, _ = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True,
                                                    total_length=tok.shape[1])
            x = self.drop(x)
        return self.out(x)


class TypeTable:
    """Feature ids and static e5 vectors of every word type seen."""

    def __init__(self, feat: Featurizer) -> None:
        self.feat = feat
        self.tok, self.rows = e5_static()
        self.index: dict[str, int] = {}
        self.feats: list[tuple[int, ...]] = []
        self.vecs: list[np.ndarray] = []

    def add(self, words) -> None:
        new = sorted({w for w in words if w not in self.index})
        if not new:
            return
        pieces = [self.tok.word(w) or (self.tok.unk,) for w in new]
        flat = np.fromiter((p for ps in pieces for p in ps), np.int64)
        rows = self.rows(flat)
        k = 0
        for w, ps in zip(new, pieces):
            self.index[w] = len(self.feats)
            self.feats.append(self.feat.features(w))
            self.vecs.append(rows[k:k + len(ps)].mean(0))
            k += len(ps)


def make_batch(sents, table: TypeTable, feat_drop: float, rng: np.random.Generator | None):
    types = sorted({table.index[w] for s in sents for w in s.words})
    local = {t: i for i, t in enumerate(types)}
    feat, offsets, weights = [], [], []
    for t in types:
        offsets.append(len(feat))
        f = table.feats[t]
        feat.extend(f)
        if rng is not None and feat_drop:
            keep = rng.random(len(f)) >= feat_drop
            weights.extend(keep.astype(np.float32))
        else:
            weights.extend([1.0] * len(f))
    e5v = torch.from_numpy(np.stack([table.vecs[t] for t in types]))
    if rng is not None and feat_drop:  # also drop the whole static vector now and then
        e5v = e5v * torch.from_numpy((rng.random(len(types)) >= feat_drop / 2).astype(np.float32))[:, None]
    T = max(len(s.words) for s in sents)
    tok = torch.full((len(sents), T), -1, dtype=torch.long)
    y = torch.full((len(sents), T), -1, dtype=torch.long)
    weak = torch.zeros((len(sents), T), dtype=torch.bool)
    first = torch.zeros((len(sents), T))
    for r, s in enumerate(sents):
        tok[r, :len(s.words)] = torch.tensor([local[table.index[w]] for w in s.words])
        y[r, :len(s.words)] = torch.tensor([TAG_INDEX[t] for t in s.tags])
        if s.weak_o:
            weak[r, :len(s.words)] = torch.tensor([t == "O" for t in s.tags])
        first[r, 0] = 1.0
    return (torch.tensor(feat), torch.tensor(offsets), torch.tensor(weights, dtype=torch.float32), e5v,
            tok, first), y, weak


def loss_fn(logits, y, weak, teacher=None, alpha=0.5):
    lp = torch.log_softmax(logits, -1)
    valid = y >= 0
    strict = lp.gather(-1, y.clamp(min=0)[..., None])[..., 0]
    partial = torch.logsumexp(lp[..., [0, *MISC_TAGS]], -1)
    ll = torch.where(weak, partial, strict)
    loss = -(ll * valid).sum() / valid.sum()
    if teacher is not None:
        kl = -(teacher.exp() * lp).sum(-1)
        loss = (1 - alpha) * loss + alpha * (kl * valid).sum() / valid.sum()
    return loss


def predict(model, sents, table):
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(sents), 256):
            chunk = sents[i:i + 256]
            table.add(w for s in chunk for w in s.words)
            x, _, _ = make_batch(chunk, table, 0.0, None)
            lp = torch.log_softmax(model(*x), -1).numpy()
            for r, s in enumerate(chunk):
                out.append([TAGS[k] for k in viterbi_bio(lp[r, :len(s.words)])])
    return out


def evaluate(model, sets, table):
    res = {}
    for name, sents in sets.items():
        pred = predict(model, sents, table)
        types = None if name.startswith("germeval") else ("PER", "ORG", "LOC")
        sc = score([s.tags for s in sents], pred, types)
        print(f"--- {name}\n{table_str(sc)}", flush=True)
        res[name] = round(sc["micro"].f1, 4)
        if types is None:
            res[name + "_plo"] = round(score([s.tags for s in sents], pred, ("PER", "ORG", "LOC"))["micro"].f1, 4)
    return res


table_str = table


def export(model: FastNet, n_buckets: int, path: str, parts: bool = True, ngrams: int = 0) -> None:
    if model.lstm is not None:
        raise SystemExit("--lstm is for experiments only: the numpy runtime (lagebild/ner/fast.py) has no LSTM")
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    arrs = {"emb": sd["emb.weight"].astype(np.float16), "proj": sd["proj.weight"].T.astype(np.float16),
            "first": sd["first"].astype(np.float32), "out_w": sd["out.weight"].T.astype(np.float32),
            "out_b": sd["out.bias"].astype(np.float32),
            "meta_n_buckets": np.array(n_buckets), "meta_n_conv": np.array(len(model.convs)),
            "meta_parts": np.array(int(parts)), "meta_ngrams": np.array(int(ngrams))}
    for i, d in enumerate(model.dilations):
        w = sd[f"convs.{i}.weight"]  # [out, in, 3]
        arrs[f"conv{i}_w"] = np.concatenate([w[:, :, k].T for k in range(3)], 0).astype(np.float16)
        arrs[f"conv{i}_b"] = sd[f"convs.{i}.bias"].astype(np.float32)
        arrs[f"conv{i}_d"] = np.array(d)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.savez_compressed(path, **arrs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", choices=["full", "germeval"], default="full")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--dim", type=int, default=128)
    ap.add_argument("--dilations", default="1,2,4,1")
    ap.add_argument("--lstm", type=int, default=0, help="experiment: BiLSTM on top (cannot be exported)")
    ap.add_argument("--no-parts", action="store_true", help="no features for words of multi-word gazetteer names")
    ap.add_argument("--buckets", type=int, default=1 << 16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--dropout", type=float, default=0.3)
    ap.add_argument("--feat-drop", type=float, default=0.25)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--teacher", default=None, help="distillation targets from teach.py")
    ap.add_argument("--alpha", type=float, default=0.5)
    ap.add_argument("--aug", type=float, default=0.0,
                    help="per epoch, add an entity-substituted copy of this fraction of the sentences with entities")
    ap.add_argument("--aug-p", type=float, default=0.5, help="probability that a chunk of a copied sentence is replaced")
    ap.add_argument("--ngrams", type=int, default=0, help="character-trigram features per word (at most N; 0: none)")
    ap.add_argument("--initial", type=float, default=0.0,
                    help="per epoch, add this fraction of the sentences whose second word is lower case and O, "
                         "with the first word dropped and the second capitalised")
    ap.add_argument("--avg", type=int, default=1, help="ship the mean of the weights after the last N epochs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--out", default=None)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    pyrng = random.Random(args.seed)
    t0 = time.time()

    g_train, g_held = data.germeval_split()
    s_train, s_test = data.smartdata_split()
    train = g_train + (s_train if args.data == "full" else [])
    dev = {"germeval_heldout": g_held,
           "smartdata_test_news": [s for s in s_test if s.doc_type == "NEWS_HTML"],
           "smartdata_test_all": s_test}
    teacher = None
    if args.teacher:
        tdata = torch.load(args.teacher, weights_only=False)
        teacher = {" ".join(k): v for k, v in tdata.items()}
    feat = Featurizer(args.buckets, parts=not args.no_parts, ngrams=args.ngrams)
    table = TypeTable(feat)
    table.add(w for s in train for w in s.words)
    print(f"{len(train)} sentences, {len(table.index)} types, {time.time() - t0:.0f}s", flush=True)

    model = FastNet(args.buckets, args.dim, [int(d) for d in args.dilations.split(",")], args.dropout, args.lstm)
    dense = [p for n, p in model.named_parameters() if not n.startswith("emb.")]
    opts = [torch.optim.SparseAdam(list(model.emb.parameters()), lr=args.lr), torch.optim.Adam(dense, lr=args.lr)]
    subst = Substituter(train, seed=args.seed) if args.aug else None
    has_ent = [s for s in train if any(t != "O" for t in s.tags)]
    initial_ok = [s for s in train if len(s.words) > 3 and s.tags[0] == "O" and s.tags[1] == "O"
                  and s.words[1][:1].islower() and s.words[1].isalpha()]
    n_epoch = len(train) + int(args.aug * len(has_ent)) + int(args.initial * len(initial_ok))  # expected per epoch
    steps = args.epochs * ((n_epoch + args.batch - 1) // args.batch)
    warm = max(1, steps // 20)
    scheds = [torch.optim.lr_scheduler.LambdaLR(
        o, lambda s: min(1.0, (s + 1) / warm) * max(0.02, (steps - s) / max(1, steps - warm))) for o in opts]
    avg_sd, n_avg = None, 0
    for ep in range(args.epochs):
        model.train()
        epoch = train
        if subst is not None:
            extra = []
            for s in has_ent:
                if pyrng.random() < args.aug:
                    a = subst(s, teacher.get(" ".join(s.words)) if teacher is not None else None, args.aug_p)
                    if a is not None:
                        extra.append(a)
            table.add(w for s in extra for w in s.words)
            epoch = train + extra
        if args.initial:
            extra = []
            for s in initial_ok:
                if pyrng.random() < args.initial:
                    extra.append(capitalise_second(s, teacher.get(" ".join(s.words)) if teacher is not None else None))
            table.add(w for s in extra for w in s.words)
            epoch = epoch + extra
        order = sorted(range(len(epoch)), key=lambda i: len(epoch[i].words) + pyrng.random() * 6)
        chunks = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
        pyrng.shuffle(chunks)
        tot = 0.0
        for idx in chunks:
            sents = [epoch[i] for i in idx]
            x, y, weak = make_batch(sents, table, args.feat_drop, rng)
            tt = None
            if teacher is not None:
                tt = torch.zeros(y.shape + (len(TAGS),))
                for r, s in enumerate(sents):
                    t = getattr(s, "teacher", None)
                    if t is None:
                        t = teacher.get(" ".join(s.words))
                    if t is not None:
                        tt[r, :len(s.words)] = torch.from_numpy(t)
                    else:
                        tt[r, :len(s.words)] = torch.log(torch.nn.functional.one_hot(
                            y[r, :len(s.words)], len(TAGS)).float() * 0.98 + 0.02 / len(TAGS))
            loss = loss_fn(model(*x), y, weak, tt, args.alpha)
            for o in opts:
                o.zero_grad()
            loss.backward()
            for o, sc in zip(opts, scheds):
                o.step()
                sc.step()
            tot += loss.item()
        print(f"epoch {ep} loss {tot / len(chunks):.4f} {time.time() - t0:.0f}s", flush=True)
        if ep >= args.epochs - args.avg:
            sd = {k: v.detach().clone().float() for k, v in model.state_dict().items()}
            avg_sd = sd if avg_sd is None else {k: avg_sd[k] + sd[k] for k in sd}
            n_avg += 1
        if ep == args.epochs - 1 or ep % 4 == 3:
            print(evaluate(model, dev, table), flush=True)
    if n_avg > 1:
        model.load_state_dict({k: v / n_avg for k, v in avg_sd.items()})
        print(f"mean of the last {n_avg} epochs:", evaluate(model, dev, table), flush=True)
    out = args.out or (MODEL_PATH if args.data == "full" else os.path.join(WORK, "fast-germeval.npz"))
    export(model, args.buckets, out, parts=not args.no_parts, ngrams=args.ngrams)
    print("wrote", out, f"{os.path.getsize(out) / 1e6:.1f} MB", f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()

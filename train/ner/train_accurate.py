"""Fine-tune the top e5 layers + BiLSTM head for the accurate mode.

Needs the caches from ``cache.py``. Writes ``lagebild/ner/models/accurate.pt``
(``--data full``) or ``build/ner/accurate-germeval.pt`` (``--data germeval``,
the cross-domain model of the benchmark).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(__file__))
from cache import CACHE, SPLIT, WORK  # noqa: E402

from lagebild.ner import e5  # noqa: E402
from lagebild.ner.accurate import MODEL_PATH, TaggerTop, init_top_from_e5, pool_matrix  # noqa: E402
from lagebild.ner.encoder import E5Encoder  # noqa: E402
from lagebild.ner.labels import MISC_TAGS, TAG_INDEX, TAGS, viterbi_bio  # noqa: E402
from lagebild.ner.metrics import score, table  # noqa: E402


def load(name: str) -> list[dict]:
    return torch.load(os.path.join(CACHE, name + ".pt"), weights_only=False)


def batches(items: list[dict], max_pieces: int, rng: random.Random | None):
    order = sorted(range(len(items)), key=lambda i: len(items[i]["ids"]) + (rng.random() * 8 if rng else 0))
    out, cur, T = [], [], 0
    for i in order:
        L = len(items[i]["ids"])
        if cur and max(T, L) * (len(cur) + 1) > max_pieces:
            out.append(cur)
            cur, T = [], 0
        cur.append(i)
        T = max(T, L)
    if cur:
        out.append(cur)
    if rng:
        rng.shuffle(out)
    return out


def collate(items: list[dict], idx: list[int]):
    T = max(len(items[i]["ids"]) for i in idx)
    H = items[idx[0]]["h"].shape[1]
    h = torch.zeros(len(idx), T, H)
    for r, i in enumerate(idx):
        h[r, :len(items[i]["ids"])] = items[i]["h"].float()
    lengths = torch.tensor([len(items[i]["ids"]) for i in idx])
    nw = [len(items[i]["words"]) for i in idx]
    P = pool_matrix([items[i]["owner"] for i in idx], [items[i]["first"] for i in idx], nw, T)
    W = P.shape[1]
    y = torch.full((len(idx), W), -1, dtype=torch.long)
    weak = torch.zeros(len(idx), W, dtype=torch.bool)
    for r, i in enumerate(idx):
        tags = [TAG_INDEX[t] for t in items[i]["tags"]]
        y[r, :len(tags)] = torch.tensor(tags)
        if items[i]["weak_o"]:
            weak[r, :len(tags)] = torch.tensor([t == 0 for t in tags])
    return h, lengths, P, torch.tensor(nw), y, weak


def loss_fn(logits: torch.Tensor, y: torch.Tensor, weak: torch.Tensor) -> torch.Tensor:
    """Cross-entropy; for SmartData's O tokens the target is {O, B-MISC, I-MISC}
    (partial label), since SmartData does not annotate MISC."""
    lp = torch.log_softmax(logits, -1)
    valid = y >= 0
    yy = y.clamp(min=0)
    strict = lp.gather(-1, yy[..., None])[..., 0]
    partial = torch.logsumexp(lp[..., [0, *MISC_TAGS]], -1)
    ll = torch.where(weak, partial, strict)
    return -(ll * valid).sum() / valid.sum().clamp(min=1)


@torch.inference_mode()
def predict(model: TaggerTop, items: list[dict]) -> list[list[str]]:
    model.eval()
    preds: list[list[str]] = [None] * len(items)  # type: ignore
    for idx in batches(items, 8192, None):
        h, lengths, P, nw, _, _ = collate(items, idx)
        lp = torch.log_softmax(model(h, lengths, P, nw), -1).numpy()
        for r, i in enumerate(idx):
            preds[i] = [TAGS[k] for k in viterbi_bio(lp[r, :len(items[i]["words"])])]
    return preds


def evaluate(model: TaggerTop, sets: dict[str, list[dict]]) -> dict[str, float]:
    res = {}
    for name, items in sets.items():
        pred = predict(model, items)
        gold = [it["tags"] for it in items]
        types = None if name.startswith("germeval") else ("PER", "ORG", "LOC")
        sc = score(gold, pred, types)
        print(f"--- {name}\n{table(sc)}", flush=True)
        res[name] = sc["micro"].f1
    return res


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", choices=["full", "germeval"], default="full")
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--n-top", type=int, default=12 - SPLIT)
    ap.add_argument("--lstm", type=int, default=128)
    ap.add_argument("--batch-pieces", type=int, default=2500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1, help="1 avoids OpenMP stalls on a shared 2-core box")
    ap.add_argument("--bf16", action=argparse.BooleanOptionalAction, default=True,
                    help="bfloat16 autocast for training (~1.4x faster on AVX512-BF16 CPUs)")
    ap.add_argument("--out", default=None)
    ap.add_argument("--eval-every-epoch", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    train = load("germeval_train")
    if args.data == "full":
        train += load("smartdata_train")
    sd_test = load("smartdata_test")
    dev = {"germeval_heldout": load("germeval_heldout"),
           "smartdata_test_news": [s for s in sd_test if s["doc_type"] == "NEWS_HTML"],
           "smartdata_test_all": sd_test}

    w = e5.load_weights()
    full = E5Encoder(w)
    model = TaggerTop(w.H, w.NH, w.FF, w.eps, n_top=args.n_top, lstm=args.lstm)
    init_top_from_e5(model, full, SPLIT)
    del full, w
    enc_params = [p for n, p in model.named_parameters() if n.startswith("layers.")]
    head_params = [p for n, p in model.named_parameters() if not n.startswith("layers.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr},
                             {"params": head_params, "lr": args.head_lr}], weight_decay=0.01)
    n_batches = len(batches(train, args.batch_pieces, random.Random(0)))
    total = n_batches * args.epochs
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total - s) / max(1, total - warm)))
    t0 = time.time()
    step = 0
    for ep in range(args.epochs):
        model.train()
        run = 0.0
        for bi, idx in enumerate(batches(train, args.batch_pieces, rng)):
            h, lengths, P, nw, y, weak = collate(train, idx)
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
                logits = model(h, lengths, P, nw)
            loss = loss_fn(logits.float(), y, weak)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            run = 0.98 * run + 0.02 * loss.item() if bi else loss.item()
            if bi % 100 == 0:
                print(f"ep {ep} batch {bi}/{n_batches} loss {run:.4f} {time.time() - t0:.0f}s", flush=True)
        if args.eval_every_epoch or ep == args.epochs - 1:
            print(f"epoch {ep} done {time.time() - t0:.0f}s", evaluate(model, dev), flush=True)

    out = args.out or (MODEL_PATH if args.data == "full" else os.path.join(WORK, "accurate-germeval.pt"))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    state = {k: v.half() for k, v in model.state_dict().items()}
    torch.save({"config": model.config, "split": SPLIT, "state": state,
                "trained_on": args.data, "epochs": args.epochs, "seed": args.seed}, out)
    print("wrote", out, f"{os.path.getsize(out) / 1e6:.1f} MB", f"total {time.time() - t0:.0f}s")


if __name__ == "__main__":
    main()

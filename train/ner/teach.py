"""Tag distributions of the accurate model over the training sentences (for distilling the fast model).

Uses the cached frozen-layer states from ``cache.py``, so it takes ~2 min.
Writes ``build/ner/teacher-<data>.pt``: {tuple(words): float16 log-probs [n_words, tags]}.
"""
from __future__ import annotations

import argparse
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(__file__))
from cache import WORK  # noqa: E402
from train_accurate import batches, collate, load  # noqa: E402

from lagebild.ner.accurate import MODEL_PATH, TaggerTop  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", choices=["full", "germeval"], default="full")
    ap.add_argument("--model", default=None)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    path = args.model or (MODEL_PATH if args.data == "full" else os.path.join(WORK, "accurate-germeval.pt"))
    ckpt = torch.load(path, map_location="cpu", weights_only=True)
    model = TaggerTop(**ckpt["config"])
    model.load_state_dict({k: v.float() for k, v in ckpt["state"].items()})
    model.eval()
    items = load("germeval_train") + (load("smartdata_train") if args.data == "full" else [])
    out = {}
    with torch.inference_mode():
        for idx in batches(items, 8192, None):
            h, lengths, P, nw, _, _ = collate(items, idx)
            lp = torch.log_softmax(model(h, lengths, P, nw), -1)
            for r, i in enumerate(idx):
                out[tuple(items[i]["words"])] = lp[r, :len(items[i]["words"])].half().numpy()
    dest = os.path.join(WORK, f"teacher-{args.data}.pt")
    torch.save(out, dest)
    print("wrote", dest, len(out), "sentences")


if __name__ == "__main__":
    main()

"""Encode every training/evaluation sentence once with the frozen lower e5 layers.

For each sentence we store (float16) the piece states after layer ``SPLIT``
(the input of the layers that are fine-tuned) plus the piece ids and the
piece->word map. Output: ``build/ner/cache-s<SPLIT>/<name>.pt``.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(__file__))
import data  # noqa: E402

from lagebild.ner.encoder import WordEncoder  # noqa: E402

SPLIT = int(os.environ.get("LAGEBILD_NER_SPLIT", "6"))  # layers 1..SPLIT frozen; SPLIT+1..12 fine-tuned
WORK = os.environ.get("LAGEBILD_NER_WORK", os.path.join(os.path.dirname(__file__), "..", "..", "build", "ner"))
CACHE = os.path.join(WORK, f"cache-s{SPLIT}")


def encode_all(enc: WordEncoder, sents: list[data.Sentence], batch_pieces: int = 4096) -> list[dict]:
    pre = enc.prefix
    items = []
    for s in sents:
        ids, owner = enc.pieces(s.words)
        room = 510 - len(pre)
        if len(ids) > room:  # rare: cut the sentence (training only)
            cut = owner[room - 1]
            ids, owner = ids[:room], owner[:room]
            keep = [o < cut for o in owner]
            ids = [i for i, k in zip(ids, keep) if k]
            owner = [o for o, k in zip(owner, keep) if k]
            s = data.Sentence(s.words[:cut], s.tags[:cut], s.source, s.weak_o, s.doc_type)
        items.append((s, [enc.w.bos] + pre + ids + [enc.w.eos], owner))
    order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
    out: list[dict] = [None] * len(items)  # type: ignore
    i, t0 = 0, time.time()
    with torch.inference_mode():
        while i < len(order):
            L = len(items[order[i]][1])
            n = max(1, batch_pieces // L)
            idx = order[i:i + n]
            i += n
            T = max(len(items[k][1]) for k in idx)
            all_ids = np.full((len(idx), T), enc.w.pad, dtype=np.int64)
            for r, k in enumerate(idx):
                all_ids[r, :len(items[k][1])] = items[k][1]
            lengths = torch.tensor([len(items[k][1]) for k in idx])
            emb = enc._lookup(all_ids)
            h = enc.model(emb, lengths, keep=[SPLIT])[0]
            for r, k in enumerate(idx):
                s, ids, owner = items[k]
                out[k] = {"words": s.words, "tags": s.tags, "source": s.source, "weak_o": s.weak_o,
                          "doc_type": s.doc_type, "ids": ids, "owner": owner, "first": 1 + len(pre),
                          "h": h[r, :len(ids)].to(torch.float16).clone()}
            if (i // n) % 20 == 0:
                print(f"  {i}/{len(order)} sentences, {time.time() - t0:.0f}s", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(CACHE, exist_ok=True)
    enc = WordEncoder()
    enc.model.layers = enc.model.layers[:SPLIT]
    g_train, g_held = data.germeval_split()
    s_train, s_test = data.smartdata_split()
    for name, sents in (("germeval_train", g_train), ("germeval_heldout", g_held),
                        ("smartdata_train", s_train), ("smartdata_test", s_test)):
        path = os.path.join(CACHE, name + ".pt")
        if os.path.exists(path):
            print("exists", path)
            continue
        t = time.time()
        enc_sents = encode_all(enc, sents)
        torch.save(enc_sents, path)
        print(f"{name}: {len(sents)} sentences in {time.time() - t:.0f}s", flush=True)


if __name__ == "__main__":
    main()

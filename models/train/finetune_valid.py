#!/usr/bin/env python3
"""Stage 3: fine-tune on the model's own valid samples (rejection-sampling fine-tuning).

Each round samples --samples strings at T = 1.0, keeps those RDKit parses (finished ones only), and trains
one pass over them mixed with as many ChEMBL training molecules (--chembl-share). Maximum likelihood on
samples filtered by validity moves the model towards itself conditioned on validity; the ChEMBL half keeps
it anchored to the data. Each round logs the validity of its samples, so progress is measured on
--samples strings per round.

Usage (from the project root):
  /usr/bin/python3 models/train/finetune_valid.py --init-from models/train/snapshot2/checkpoint.pt \
      --out models/train/run3 --rounds 8 --max-minutes 120
Run it again with the same --out to resume (round, sample file and position in the round are checkpointed).
"""
import argparse
import json
import os
import random
import shutil
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary  # noqa: E402
from train import epoch_batches, evaluate, log_line, pad_batch, read_smiles  # noqa: E402

from rdkit import Chem, RDLogger  # noqa: E402

RDLogger.DisableLog("rdApp.*")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--train", default="../shared/data/chembl_train.smi.gz")
    p.add_argument("--valid", default="../shared/data/chembl_valid.smi.gz")
    p.add_argument("--init-from", default="models/train/snapshot2/checkpoint.pt")
    p.add_argument("--out", default="models/train/run3")
    p.add_argument("--snapshot", default="models/train/snapshot3/checkpoint.pt",
                   help="committed checkpoint to resume from when --out has none (a fresh clone)")
    p.add_argument("--rounds", type=int, default=8)
    p.add_argument("--samples", type=int, default=20000, help="strings sampled per round")
    p.add_argument("--sample-batch", type=int, default=1000)
    p.add_argument("--chembl-share", type=float, default=0.5, help="share of each round's sequences from ChEMBL")
    p.add_argument("--lr", type=float, default=2e-4)
    p.add_argument("--batch-size", type=int, default=256)
    p.add_argument("--max-len", type=int, default=140)
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--eval-samples", type=int, default=500)
    p.add_argument("--max-minutes", type=float, default=170.0)
    p.add_argument("--checkpoint-minutes", type=float, default=5.0)
    p.add_argument("--threads", type=int, default=2)
    return p.parse_args()


@torch.no_grad()
def sample_tokens(model, vocab, n, max_len, gen):
    """Token rows (without BOS) and whether each ended with EOS before max_len."""
    bos, eos = vocab.index["<bos>"], vocab.index["<eos>"]
    tokens = torch.full((n, 1), bos, dtype=torch.long)
    hidden = model.initial_hidden(n)
    out = torch.full((n, max_len), eos, dtype=torch.long)
    done = torch.zeros(n, dtype=torch.bool)
    for step in range(max_len):
        logits, hidden = model(tokens, hidden)
        nxt = torch.multinomial(torch.softmax(logits[:, -1, :], dim=-1), 1, generator=gen).squeeze(1)
        nxt[done] = eos
        out[:, step] = nxt
        done |= nxt == eos
        if done.all():
            break
        tokens = nxt.unsqueeze(1)
    return out, done


def sample_valid(model, vocab, args, round_no):
    """Samples args.samples strings; returns (valid finished strings, validity of all samples)."""
    model.eval()
    gen = torch.Generator().manual_seed(args.seed * 100 + round_no)
    kept, total = [], 0
    while total < args.samples:
        n = min(args.sample_batch, args.samples - total)
        rows, finished = sample_tokens(model, vocab, n, args.max_len, gen)
        for row, ok in zip(rows.tolist(), finished.tolist()):
            s = vocab.decode(row)
            if ok and s and Chem.MolFromSmiles(s) is not None:
                kept.append(s)
        total += n
    model.train()
    return kept, len(kept) / total


def save(path, model, optimizer, state, vocab, args):
    tmp = path + ".tmp"
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "state": state,
                "config": model.config(), "vocab": vocab.tokens, "args": vars(args),
                "torch_rng": torch.get_rng_state()}, tmp)
    os.replace(tmp, path)


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    log_path = os.path.join(args.out, "train_log.jsonl")
    started = time.time()

    if os.path.exists(ckpt_path):
        source, resume = ckpt_path, True
    elif args.snapshot and os.path.exists(args.snapshot):
        source, resume = args.snapshot, True
        snap_dir = os.path.dirname(args.snapshot)
        for name in os.listdir(snap_dir):
            if name != "checkpoint.pt":
                shutil.copy(os.path.join(snap_dir, name), os.path.join(args.out, name))
    else:
        source, resume = args.init_from, False
    ckpt = torch.load(source)
    vocab = Vocabulary(ckpt["vocab"])
    cfg = ckpt["config"]
    model = SmilesGru(cfg["vocab_size"], cfg["embed"], cfg["hidden"], cfg["layers"])
    model.load_state_dict(ckpt["model"])
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    optimizer.load_state_dict(ckpt["optimizer"])
    for g in optimizer.param_groups:
        g["lr"] = args.lr
    if resume:
        state = ckpt["state"]
        torch.set_rng_state(ckpt["torch_rng"])
    else:
        torch.manual_seed(args.seed)
        state = {"round": 0, "batch": 0, "step": 0, "tokens": 0, "train_seconds": 0.0,
                 "init_from": args.init_from, "init_state": ckpt["state"]}
    del ckpt

    train_smiles = read_smiles(args.train)
    valid_enc = [e for e in (vocab.encode(s) for s in read_smiles(args.valid, 2000)) if e and len(e) <= args.max_len]
    log_line(log_path, {"event": "start", "resume": resume, "source": source, "state": state, "args": vars(args)})

    pad = vocab.index["<pad>"]
    loss_fn = nn.CrossEntropyLoss(ignore_index=pad)
    last_ckpt = time.time()
    model.train()

    def budget_spent():
        return (time.time() - started) / 60 > args.max_minutes

    while state["round"] < args.rounds and not budget_spent():
        r = state["round"]
        sample_file = os.path.join(args.out, f"samples_round{r}.txt")
        if not os.path.exists(sample_file):
            t0 = time.time()
            kept, validity = sample_valid(model, vocab, args, r)
            with open(sample_file + ".tmp", "w") as f:
                f.write("\n".join(kept) + "\n")
            os.replace(sample_file + ".tmp", sample_file)
            log_line(log_path, {"event": "samples", "round": r, "step": state["step"], "samples": args.samples,
                                "validity": round(validity, 4), "seconds": round(time.time() - t0, 1)})
        kept = read_smiles(sample_file)
        rng = random.Random(args.seed * 1000 + r)
        n_chembl = int(round(len(kept) * args.chembl_share / (1 - args.chembl_share)))
        mix = kept + rng.sample(train_smiles, n_chembl)
        enc = [e for e in (vocab.encode(s) for s in mix) if e and len(e) <= args.max_len]
        batches = epoch_batches([len(e) for e in enc], args.batch_size, args.seed, r)
        window_loss, window_n = 0.0, 0
        while state["batch"] < len(batches) and not budget_spent():
            batch = pad_batch([enc[i] for i in batches[state["batch"]]], pad)
            t0 = time.time()
            logits, _ = model(batch[:, :-1], model.initial_hidden(batch.size(0)))
            loss = loss_fn(logits.reshape(-1, logits.size(-1)), batch[:, 1:].reshape(-1))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            state["batch"] += 1
            state["step"] += 1
            state["tokens"] += int((batch[:, 1:] != pad).sum())
            state["train_seconds"] += time.time() - t0
            window_loss += loss.item()
            window_n += 1
            if time.time() - last_ckpt > args.checkpoint_minutes * 60:
                save(ckpt_path, model, optimizer, state, vocab, args)
                last_ckpt = time.time()
        if state["batch"] < len(batches):
            break
        val_loss, validity, uniq, examples = evaluate(model, vocab, valid_enc, args.eval_samples, args.max_len,
                                                      torch.Generator().manual_seed(args.seed + r))
        log_line(log_path, {"event": "round", "round": r, "step": state["step"], "sequences": len(enc),
                            "train_loss": round(window_loss / max(1, window_n), 4), "val_loss": round(val_loss, 4),
                            "validity": validity, "uniqueness": uniq, "examples": examples})
        state["round"] += 1
        state["batch"] = 0
        save(ckpt_path, model, optimizer, state, vocab, args)
        last_ckpt = time.time()

    save(ckpt_path, model, optimizer, state, vocab, args)
    log_line(log_path, {"event": "stop", "state": state, "minutes": round((time.time() - started) / 60, 2)})


if __name__ == "__main__":
    main()

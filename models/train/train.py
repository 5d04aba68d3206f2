#!/usr/bin/env python3
"""Train the SMILES GRU language model with checkpoints, resume and a time budget.

Usage (from the project root):
  /usr/bin/python3 models/train/train.py --out models/train/run --max-minutes 170
Run it again with the same --out to resume from the last checkpoint.
"""
import argparse
import gzip
import json
import math
import os
import random
import sys
import time

import torch
from torch import nn

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary, load_checkpoint, sample  # noqa: E402

try:
    from rdkit import Chem, RDLogger
    RDLogger.DisableLog("rdApp.*")
except ImportError:  # validity is then not measured during training
    Chem = None


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--train", default="../shared/data/chembl_train.smi.gz")
    p.add_argument("--valid", default="../shared/data/chembl_valid.smi.gz")
    p.add_argument("--out", default="models/train/run", help="checkpoint and log directory")
    p.add_argument("--limit", type=int, default=0, help="use only the first N training molecules (smoke tests)")
    p.add_argument("--epochs", type=float, default=6.0)
    p.add_argument("--max-minutes", type=float, default=170.0, help="stop (after a checkpoint) when this budget is spent")
    p.add_argument("--max-steps", type=int, default=0, help="stop after this many optimizer steps in this invocation")
    p.add_argument("--checkpoint-minutes", type=float, default=5.0)
    p.add_argument("--eval-minutes", type=float, default=15.0)
    p.add_argument("--seed", type=int, default=20261126)
    p.add_argument("--embed", type=int, default=128)
    p.add_argument("--hidden", type=int, default=384)
    p.add_argument("--layers", type=int, default=3)
    p.add_argument("--dropout", type=float, default=0.0)
    p.add_argument("--batch-size", type=int, default=256)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--lr-decay", type=float, default=0.7, help="multiplier per epoch (--schedule exp)")
    p.add_argument("--schedule", choices=["exp", "cosine"], default="exp",
                   help="exp: lr * lr_decay^epoch; cosine: from lr down to --lr-min over --epochs")
    p.add_argument("--lr-min", type=float, default=1e-5)
    p.add_argument("--init-from", default="",
                   help="start a new stage from this checkpoint's weights and optimizer (fresh epoch count)")
    p.add_argument("--max-len", type=int, default=140, help="longest token sequence kept (incl. BOS/EOS)")
    p.add_argument("--randomize", type=float, default=0.0, help="share of molecules given a random SMILES each epoch")
    p.add_argument("--eval-samples", type=int, default=500)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--snapshot", default="",
                   help="committed weights-only snapshot to resume from when --out has no checkpoint (a fresh clone)")
    return p.parse_args()


def read_smiles(path, limit=0):
    opener = gzip.open if path.endswith(".gz") else open
    out = []
    with opener(path, "rt") as f:
        for line in f:
            s = line.split()[0] if line.strip() else ""
            if s and not s.startswith("#"):
                out.append(s)
                if limit and len(out) >= limit:
                    break
    return out


def random_smiles(smiles, rng):
    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return smiles
    order = list(range(mol.GetNumAtoms()))
    rng.shuffle(order)
    return Chem.MolToSmiles(Chem.RenumberAtoms(mol, order), canonical=False)


def epoch_batches(lengths, batch_size, seed, epoch):
    """Length-bucketed batches: shuffle, stable-sort by length, chunk, shuffle the chunks."""
    rng = random.Random(seed * 1000 + epoch)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    order.sort(key=lambda i: lengths[i])
    batches = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(batches)
    return batches


def pad_batch(seqs, pad):
    width = max(len(s) for s in seqs)
    t = torch.full((len(seqs), width), pad, dtype=torch.long)
    for r, s in enumerate(seqs):
        t[r, :len(s)] = torch.tensor(s, dtype=torch.long)
    return t


@torch.no_grad()
def evaluate(model, vocab, valid_enc, n_samples, max_len, gen):
    model.eval()
    pad = vocab.index["<pad>"]
    loss_fn = nn.CrossEntropyLoss(ignore_index=pad, reduction="sum")
    total, count = 0.0, 0
    for i in range(0, len(valid_enc), 256):
        batch = pad_batch(valid_enc[i:i + 256], pad)
        logits, _ = model(batch[:, :-1], model.initial_hidden(batch.size(0)))
        total += loss_fn(logits.reshape(-1, logits.size(-1)), batch[:, 1:].reshape(-1)).item()
        count += (batch[:, 1:] != pad).sum().item()
    samples = sample(model, vocab, n_samples, max_len, gen)
    valid = None
    if Chem is not None:
        valid = sum(1 for s in samples if s and Chem.MolFromSmiles(s) is not None) / len(samples)
    model.train()
    return total / count, valid, len(set(samples)) / len(samples), samples[:5]


def save_checkpoint(path, model, optimizer, state, vocab, args):
    tmp = path + ".tmp"
    torch.save({
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "state": state,
        "config": model.config(),
        "vocab": vocab.tokens,
        "args": {k: v for k, v in vars(args).items()},
        "torch_rng": torch.get_rng_state(),
    }, tmp)
    os.replace(tmp, path)


def log_line(log_path, record):
    with open(log_path, "a") as f:
        f.write(json.dumps(record) + "\n")
    print(json.dumps(record), flush=True)


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    log_path = os.path.join(args.out, "train_log.jsonl")
    started = time.time()

    train_smiles = read_smiles(args.train, args.limit)
    valid_smiles = read_smiles(args.valid, 2000 if not args.limit else 200)

    resume_path = ckpt_path if os.path.exists(ckpt_path) else (
        args.snapshot if args.snapshot and os.path.exists(args.snapshot) and not args.limit else None)
    resume = resume_path is not None
    init_from = args.init_from if not resume and args.init_from else None
    if resume or init_from:
        if init_from:
            resume_path = init_from
        ckpt = load_checkpoint(resume_path)
        vocab = Vocabulary(ckpt["vocab"])
        cfg = ckpt["config"]
        model = SmilesGru(cfg["vocab_size"], cfg["embed"], cfg["hidden"], cfg["layers"], args.dropout)
        model.load_state_dict(ckpt["model"])
        if init_from:
            torch.manual_seed(args.seed)
            state = {"epoch": 0, "batch": 0, "step": 0, "tokens": 0, "train_seconds": 0.0,
                     "init_from": init_from, "init_state": ckpt["state"]}
        else:
            state = ckpt["state"]
            if "torch_rng" in ckpt:
                torch.set_rng_state(ckpt["torch_rng"])
            else:  # a weights-only snapshot: fresh optimizer moments, RNG reseeded from the step
                torch.manual_seed(args.seed + state["step"])
    else:
        torch.manual_seed(args.seed)
        vocab = Vocabulary.build(train_smiles + valid_smiles)
        model = SmilesGru(len(vocab.tokens), args.embed, args.hidden, args.layers, args.dropout)
        state = {"epoch": 0, "batch": 0, "step": 0, "tokens": 0, "train_seconds": 0.0}
    vocab.save(os.path.join(args.out, "vocab.json"))
    optimizer = torch.optim.Adam(model.parameters(), lr=args.lr)
    if (resume or init_from) and "optimizer" in ckpt:
        optimizer.load_state_dict(ckpt["optimizer"])
        del ckpt

    train_enc = [e for e in (vocab.encode(s) for s in train_smiles) if e and len(e) <= args.max_len]
    valid_enc = [e for e in (vocab.encode(s) for s in valid_smiles) if e and len(e) <= args.max_len]
    params = sum(p.numel() for p in model.parameters())
    if resume_path == args.snapshot and os.path.exists(os.path.join(os.path.dirname(args.snapshot), "train_log.jsonl")) \
            and not os.path.exists(log_path):
        import shutil
        shutil.copy(os.path.join(os.path.dirname(args.snapshot), "train_log.jsonl"), log_path)
    log_line(log_path, {"event": "start", "resume": resume, "resumed_from": resume_path, "init_from": init_from, "params": params, "vocab": len(vocab.tokens),
                        "train_molecules": len(train_enc), "state": state, "args": vars(args)})

    pad = vocab.index["<pad>"]
    loss_fn = nn.CrossEntropyLoss(ignore_index=pad)
    eval_gen = torch.Generator().manual_seed(args.seed)
    last_ckpt = last_eval = time.time()
    window_loss, window_tokens, window_batches, window_start = 0.0, 0, 0, time.time()
    steps_this_run = 0
    model.train()

    def budget_spent():
        return (time.time() - started) / 60 > args.max_minutes or (args.max_steps and steps_this_run >= args.max_steps)

    while state["epoch"] < math.ceil(args.epochs) and not budget_spent():
        epoch = state["epoch"]
        enc = train_enc
        if args.randomize > 0 and Chem is not None:
            rng = random.Random(args.seed + epoch)
            enc = [vocab.encode(random_smiles(s, rng)) if rng.random() < args.randomize else vocab.encode(s)
                   for s in train_smiles]
            enc = [e for e in enc if e and len(e) <= args.max_len]
        batches = epoch_batches([len(e) for e in enc], args.batch_size, args.seed, epoch)
        limit_batches = len(batches)
        if args.epochs < epoch + 1:
            limit_batches = int(len(batches) * (args.epochs - epoch))
        while state["batch"] < limit_batches and not budget_spent():
            progress = epoch + state["batch"] / len(batches)
            for g in optimizer.param_groups:
                g["lr"] = learning_rate(args, progress)
            batch = pad_batch([enc[i] for i in batches[state["batch"]]], pad)
            t0 = time.time()
            logits, _ = model(batch[:, :-1], model.initial_hidden(batch.size(0)))
            loss = loss_fn(logits.reshape(-1, logits.size(-1)), batch[:, 1:].reshape(-1))
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            n_tok = int((batch[:, 1:] != pad).sum())
            state["batch"] += 1
            state["step"] += 1
            state["tokens"] += n_tok
            state["train_seconds"] += time.time() - t0
            steps_this_run += 1
            window_loss += loss.item()
            window_tokens += n_tok
            window_batches += 1
            now = time.time()
            if window_batches >= 200:
                log_line(log_path, {"event": "train", "epoch": round(progress, 4), "step": state["step"],
                                    "loss": round(window_loss / window_batches, 4),
                                    "lr": round(optimizer.param_groups[0]["lr"], 6),
                                    "tokens_per_s": round(window_tokens / (now - window_start))})
                window_loss, window_tokens, window_batches, window_start = 0.0, 0, 0, now
            if now - last_eval > args.eval_minutes * 60:
                run_eval(model, vocab, valid_enc, args, eval_gen, state, log_path, progress)
                last_eval = time.time()
            if now - last_ckpt > args.checkpoint_minutes * 60:
                save_checkpoint(ckpt_path, model, optimizer, state, vocab, args)
                last_ckpt = time.time()
        if state["batch"] >= len(batches):
            state["epoch"] += 1
            state["batch"] = 0
            save_checkpoint(ckpt_path, model, optimizer, state, vocab, args)
            run_eval(model, vocab, valid_enc, args, eval_gen, state, log_path, float(state["epoch"]))
            last_eval = time.time()
        elif state["batch"] >= limit_batches:
            break

    save_checkpoint(ckpt_path, model, optimizer, state, vocab, args)
    run_eval(model, vocab, valid_enc, args, eval_gen, state, log_path, state["epoch"] + 0.0)
    log_line(log_path, {"event": "stop", "state": state, "minutes": round((time.time() - started) / 60, 2)})


def learning_rate(args, progress):
    if args.schedule == "cosine":
        return args.lr_min + 0.5 * (args.lr - args.lr_min) * (1 + math.cos(math.pi * min(1.0, progress / args.epochs)))
    return args.lr * (args.lr_decay ** progress)


def run_eval(model, vocab, valid_enc, args, gen, state, log_path, progress):
    val_loss, validity, uniq, examples = evaluate(model, vocab, valid_enc, args.eval_samples, args.max_len, gen)
    log_line(log_path, {"event": "eval", "epoch": round(progress, 4), "step": state["step"],
                        "val_loss": round(val_loss, 4), "validity": validity, "uniqueness": uniq,
                        "examples": examples})


if __name__ == "__main__":
    main()

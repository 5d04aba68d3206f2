#!/usr/bin/env python3
"""Stage 3: policy-gradient fine-tuning towards valid SMILES, held close to the pretrained model.

Each step samples --batch-size strings from the model being tuned (the agent) at T = 1.0 and rewards the
finished ones RDKit parses with 1, the rest with 0. The reward is reduced by --beta times the log-likelihood
ratio of agent and prior (the frozen stage-2 model), and the agent follows REINFORCE with the batch mean as
baseline. The optimum of this objective is the prior reweighted by exp(reward / beta): with beta 0.2 an
invalid string keeps e^-5 (0.7%) of its prior probability, a valid one keeps its relative probability, so
the distribution of valid molecules is the prior's.

Usage (from the project root):
  /usr/bin/python3 models/train/reinforce_valid.py --prior models/train/snapshot2/checkpoint.pt \
      --out models/train/run4 --steps 600 --max-minutes 90
Run it again with the same --out to resume.
"""
import argparse
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary  # noqa: E402
from train import evaluate, log_line, read_smiles  # noqa: E402

from rdkit import Chem, RDLogger  # noqa: E402

RDLogger.DisableLog("rdApp.*")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--prior", default="models/train/snapshot2/checkpoint.pt")
    p.add_argument("--valid", default="../shared/data/chembl_valid.smi.gz")
    p.add_argument("--out", default="models/train/run4")
    p.add_argument("--snapshot", default="models/train/snapshot4/checkpoint.pt",
                   help="committed checkpoint to resume from when --out has none (a fresh clone)")
    p.add_argument("--steps", type=int, default=600)
    p.add_argument("--batch-size", type=int, default=128)
    p.add_argument("--beta", type=float, default=0.2, help="weight of the log-likelihood ratio to the prior")
    p.add_argument("--lr", type=float, default=5e-5)
    p.add_argument("--max-len", type=int, default=140)
    p.add_argument("--seed", type=int, default=20261201)
    p.add_argument("--log-steps", type=int, default=20)
    p.add_argument("--eval-steps", type=int, default=200)
    p.add_argument("--eval-samples", type=int, default=500)
    p.add_argument("--max-minutes", type=float, default=170.0)
    p.add_argument("--checkpoint-minutes", type=float, default=5.0)
    p.add_argument("--threads", type=int, default=2)
    return p.parse_args()


def load_model(path):
    ckpt = torch.load(path)
    cfg = ckpt["config"]
    model = SmilesGru(cfg["vocab_size"], cfg["embed"], cfg["hidden"], cfg["layers"])
    model.load_state_dict(ckpt["model"])
    return model, Vocabulary(ckpt["vocab"]), ckpt


@torch.no_grad()
def sample(model, vocab, n, max_len, gen):
    """Sequences with BOS first, EOS-padded, and whether each finished before max_len."""
    bos, eos = vocab.index["<bos>"], vocab.index["<eos>"]
    seqs = torch.full((n, max_len + 1), eos, dtype=torch.long)
    seqs[:, 0] = bos
    hidden = model.initial_hidden(n)
    done = torch.zeros(n, dtype=torch.bool)
    for step in range(max_len):
        logits, hidden = model(seqs[:, step:step + 1], hidden)
        nxt = torch.multinomial(torch.softmax(logits[:, -1, :], dim=-1), 1, generator=gen).squeeze(1)
        nxt[done] = eos
        seqs[:, step + 1] = nxt
        done |= nxt == eos
        if done.all():
            return seqs[:, :step + 2], done
    return seqs, done


def sequence_log_likelihood(model, seqs, eos):
    """Sum of log p over each sequence's tokens up to and including its first EOS."""
    logits, _ = model(seqs[:, :-1], model.initial_hidden(seqs.size(0)))
    logp = torch.log_softmax(logits, dim=-1).gather(2, seqs[:, 1:].unsqueeze(2)).squeeze(2)
    is_eos = seqs[:, 1:] == eos
    before_first_eos = (torch.cumsum(is_eos.long(), dim=1) - is_eos.long()) == 0
    return (logp * before_first_eos).sum(dim=1)


def main():
    args = parse_args()
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    ckpt_path = os.path.join(args.out, "checkpoint.pt")
    log_path = os.path.join(args.out, "train_log.jsonl")
    started = time.time()

    prior, vocab, prior_ckpt = load_model(args.prior)
    prior.eval()
    for p in prior.parameters():
        p.requires_grad_(False)
    source = ckpt_path if os.path.exists(ckpt_path) else (
        args.snapshot if args.snapshot and os.path.exists(args.snapshot) else None)
    if source:
        agent, _, ckpt = load_model(source)
        state = ckpt["state"]
        optimizer = torch.optim.Adam(agent.parameters(), lr=args.lr)
        optimizer.load_state_dict(ckpt["optimizer"])
        gen = torch.Generator()
        gen.set_state(ckpt["sample_rng"])
    else:
        agent, _, _ = load_model(args.prior)
        state = {"step": 0, "samples": 0, "valid": 0, "train_seconds": 0.0,
                 "init_from": args.prior, "init_state": prior_ckpt["state"]}
        optimizer = torch.optim.Adam(agent.parameters(), lr=args.lr)
        gen = torch.Generator().manual_seed(args.seed)
    for g in optimizer.param_groups:
        g["lr"] = args.lr
    del prior_ckpt
    valid_enc = [e for e in (vocab.encode(s) for s in read_smiles(args.valid, 2000)) if e and len(e) <= args.max_len]
    log_line(log_path, {"event": "start", "source": source or args.prior, "state": state, "args": vars(args)})

    eos = vocab.index["<eos>"]
    agent.train()
    last_ckpt = time.time()
    window = {"valid": 0, "n": 0, "reward": 0.0, "log_ratio": 0.0}

    def save():
        tmp = ckpt_path + ".tmp"
        torch.save({"model": agent.state_dict(), "optimizer": optimizer.state_dict(), "state": state,
                    "config": agent.config(), "vocab": vocab.tokens, "args": vars(args),
                    "sample_rng": gen.get_state()}, tmp)
        os.replace(tmp, ckpt_path)

    while state["step"] < args.steps and (time.time() - started) / 60 < args.max_minutes:
        t0 = time.time()
        agent.eval()
        seqs, finished = sample(agent, vocab, args.batch_size, args.max_len, gen)
        agent.train()
        valid = torch.tensor([bool(ok) and bool(s) and Chem.MolFromSmiles(s) is not None
                              for s, ok in ((vocab.decode(r), f) for r, f in zip(seqs.tolist(), finished.tolist()))],
                             dtype=torch.float32)
        agent_ll = sequence_log_likelihood(agent, seqs, eos)
        with torch.no_grad():
            prior_ll = sequence_log_likelihood(prior, seqs, eos)
            log_ratio = agent_ll.detach() - prior_ll
            reward = valid - args.beta * log_ratio
            advantage = reward - reward.mean()
        loss = -(advantage * agent_ll).mean()
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(agent.parameters(), 1.0)
        optimizer.step()
        state["step"] += 1
        state["samples"] += args.batch_size
        state["valid"] += int(valid.sum())
        state["train_seconds"] += time.time() - t0
        window["valid"] += int(valid.sum())
        window["n"] += args.batch_size
        window["reward"] += float(reward.mean())
        window["log_ratio"] += float(log_ratio.mean())
        if state["step"] % args.log_steps == 0:
            steps = window["n"] / args.batch_size
            log_line(log_path, {"event": "train", "step": state["step"], "validity": round(window["valid"] / window["n"], 4),
                                "samples": window["n"], "reward": round(window["reward"] / steps, 4),
                                "log_ratio": round(window["log_ratio"] / steps, 3),
                                "seconds_per_step": round(state["train_seconds"] / state["step"], 2)})
            window = {"valid": 0, "n": 0, "reward": 0.0, "log_ratio": 0.0}
        if state["step"] % args.eval_steps == 0:
            val_loss, validity, uniq, examples = evaluate(agent, vocab, valid_enc, args.eval_samples, args.max_len,
                                                          torch.Generator().manual_seed(args.seed + state["step"]))
            log_line(log_path, {"event": "eval", "step": state["step"], "val_loss": round(val_loss, 4),
                                "validity": validity, "uniqueness": uniq, "examples": examples})
        if time.time() - last_ckpt > args.checkpoint_minutes * 60:
            save()
            last_ckpt = time.time()
    save()
    log_line(log_path, {"event": "stop", "state": state, "minutes": round((time.time() - started) / 60, 2)})


if __name__ == "__main__":
    main()

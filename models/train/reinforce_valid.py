#!/usr/bin/env python3
"""Stage 3: policy-gradient fine-tuning towards valid SMILES, held close to the pretrained model.

Each step samples --batch-size strings from the model being tuned (the agent) at T = 1.0 and rewards the
finished ones RDKit parses with 1, the rest with 0. The reward is reduced by --beta times the log-likelihood
ratio of agent and prior (the frozen stage-2 model), and the agent follows REINFORCE with the batch mean as
baseline. The optimum of this objective is the prior reweighted by exp(reward / beta): with beta 0.2 an
invalid string keeps e^-5 (0.7%) of its prior probability, a valid one keeps its relative probability, so
the distribution of valid molecules is the prior's.

With --match-size REF the reward of a valid string also carries beta * log w(size class), where w is the ratio
of REF's share to the prior's share of valid molecules in that class (heavy atoms in steps of 3, rings 0-6+),
estimated once from --match-samples prior samples and stored with the checkpoint. The optimum is then the
prior's valid molecules reweighted by w, so their heavy-atom and ring distribution becomes REF's instead of
being shortened (invalid strings are longer on average, so dropping them alone shifts the valid ones smaller).

With --match-gain G (adaptive matching) the size bonus of a valid string is instead G * log(REF share / agent
share) of its class, where the agent's share is counted on its own recent valid samples (counts decayed by
--match-decay per step, started from the prior's estimate). Classes the agent over-samples cost, and ones it
under-samples pay, until the agent's valid molecules have REF's classes: the bonus then vanishes, so the
optimum of the validity objective is unchanged, only reached with REF's sizes.

With --mle-data FILE --mle-weight L, each step also maximises the likelihood of --mle-batch molecules drawn from
FILE, weighted L against the policy gradient (a pretraining mix, as in PPO-ptx). The reverse KL to the prior
seeks the prior's modes; the likelihood of the data covers them all, which holds the agent's diversity.

With --match-filters as well, each size class is split by whether the molecule passes the MOSES filters, so
the agent's share of filter-passing molecules is held to REF's too (a validity reward alone raises it: well-
behaved chemistry is easier to write validly).

Usage (from the project root):
  /usr/bin/python3 models/train/reinforce_valid.py --prior models/train/snapshots/chembl-gru-v1-stage2/weights.pt \
      --out models/train/run4 --steps 600 --max-minutes 90
Run it again with the same --out to resume.
"""
import argparse
import csv
import math
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary, load_checkpoint  # noqa: E402
from train import evaluate, log_line, pad_batch, read_smiles  # noqa: E402

from rdkit import Chem, RDLogger  # noqa: E402

RDLogger.DisableLog("rdApp.*")


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--prior", default="models/train/snapshots/chembl-gru-v1-stage2/weights.pt")
    p.add_argument("--valid", default="../shared/data/chembl_valid.smi.gz")
    p.add_argument("--out", default="models/train/run4")
    p.add_argument("--snapshot", default="",
                   help="committed weights-only snapshot to resume from when --out has no checkpoint (a fresh clone)")
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
    p.add_argument("--match-size", default="", help="SMILES whose heavy-atom and ring distribution valid samples should follow")
    p.add_argument("--match-samples", type=int, default=20000, help="prior samples that estimate the prior's size classes")
    p.add_argument("--match-reference", type=int, default=50000, help="molecules read from --match-size (evenly spaced)")
    p.add_argument("--match-clip", type=float, default=3.0, help="bound on |log w|")
    p.add_argument("--match-gain", type=float, default=0.0,
                   help="adaptive matching: the bonus is this times log(REF share / agent's recent share)")
    p.add_argument("--match-decay", type=float, default=0.98, help="per-step decay of the agent's class counts")
    p.add_argument("--match-filters", action="store_true",
                   help="classes are size class x whether the molecule passes the MOSES filters (MCF, PAINS, "
                        "atoms, charge, rings), so the agent's pass share is held to the reference's too")
    p.add_argument("--alerts", default="molecules/alerts", help="folder with moses_mcf.csv and moses_wehi_pains.csv")
    p.add_argument("--mle-data", default="", help="SMILES whose likelihood is also maximised each step (e.g. the training set)")
    p.add_argument("--mle-weight", type=float, default=0.0, help="weight of the mean negative log-likelihood of --mle-data")
    p.add_argument("--mle-batch", type=int, default=64, help="--mle-data molecules per step")
    return p.parse_args()


CLASSES = 25 * 7


def size_class(mol):
    """Heavy atoms in steps of 3 (up to 72) and ring count (up to 6)."""
    return min(mol.GetNumHeavyAtoms() // 3, 24) * 7 + min(mol.GetRingInfo().NumRings(), 6)


class MosesFilters:
    """MOSES's mol_passes_filters: C, N, S, O, F, Cl, Br, H only, no charge, no ring of 8 or more atoms, and
    no MCF or PAINS match (SMARTS matched with explicit hydrogens)."""
    ALLOWED = {"C", "N", "S", "O", "F", "Cl", "Br", "H"}

    def __init__(self, folder):
        smarts = []
        with open(os.path.join(folder, "moses_mcf.csv")) as f:
            smarts += [row["smarts"] for row in csv.DictReader(f)]
        with open(os.path.join(folder, "moses_wehi_pains.csv")) as f:
            smarts += [row[0].strip() for row in csv.reader(f) if row]
        self.patterns = [Chem.MolFromSmarts(x) for x in smarts]
        if any(p is None for p in self.patterns) or len(self.patterns) < 400:
            raise ValueError(f"unreadable alert SMARTS in {folder}")

    def passes(self, mol):
        if any(len(r) >= 8 for r in mol.GetRingInfo().AtomRings()):
            return False
        if any(a.GetFormalCharge() != 0 or a.GetSymbol() not in self.ALLOWED for a in mol.GetAtoms()):
            return False
        with_h = Chem.AddHs(mol)
        return not any(with_h.HasSubstructMatch(p) for p in self.patterns)


class MatchClasses:
    """Size class, times MOSES filter pass or fail when filters are given."""

    def __init__(self, filters=None):
        self.filters = filters
        self.count = CLASSES * (2 if filters else 1)

    def of(self, mol):
        return size_class(mol) + (CLASSES if self.filters and self.filters.passes(mol) else 0)

    def passes(self, cls):
        return cls >= CLASSES


def reference_class_counts(args, classes):
    """Class counts of --match-reference evenly spaced --match-size molecules, one pseudo-count each."""
    counts = [1.0] * classes.count
    all_ref = read_smiles(args.match_size)
    step = max(1, len(all_ref) // args.match_reference)
    for smi in all_ref[::step]:
        mol = Chem.MolFromSmiles(smi)
        if mol is not None:
            counts[classes.of(mol)] += 1
    return counts


def sampled_class_counts(model, vocab, args, gen, classes):
    """Class counts of the valid ones among --match-samples samples, one pseudo-count each."""
    counts = [1.0] * classes.count
    remaining = args.match_samples
    while remaining > 0:
        n = min(500, remaining)
        seqs, finished = sample(model, vocab, n, args.max_len, gen)
        for row, ok in zip(seqs.tolist(), finished.tolist()):
            s = vocab.decode(row)
            mol = Chem.MolFromSmiles(s) if ok and s else None
            if mol is not None:
                counts[classes.of(mol)] += 1
        remaining -= n
    return counts


def log_share_ratios(ref, mine, clip):
    """log(reference share / own share) per size class, clipped to |clip|."""
    ref_total, mine_total = sum(ref), sum(mine)
    return [max(-clip, min(clip, math.log((r / ref_total) / (max(m, 0.5) / mine_total)))) for r, m in zip(ref, mine)]


def load_model(path):
    ckpt = load_checkpoint(path)
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
        gen = torch.Generator()
        if "optimizer" in ckpt:
            optimizer.load_state_dict(ckpt["optimizer"])
            gen.set_state(ckpt["sample_rng"])
        else:  # a weights-only snapshot: fresh optimizer moments, sampling reseeded from the step
            gen.manual_seed(args.seed + state["step"])
    else:
        agent, _, _ = load_model(args.prior)
        state = {"step": 0, "samples": 0, "valid": 0, "train_seconds": 0.0,
                 "init_from": args.prior, "init_state": prior_ckpt["state"]}
        optimizer = torch.optim.Adam(agent.parameters(), lr=args.lr)
        gen = torch.Generator().manual_seed(args.seed)
    for g in optimizer.param_groups:
        g["lr"] = args.lr
    classes = MatchClasses(MosesFilters(args.alerts) if args.match_filters else None)
    if args.match_size and len(state.get("size_log_weights", [])) != classes.count:
        counting = time.time()
        ref = reference_class_counts(args, classes)
        mine = sampled_class_counts(prior if args.match_gain == 0 else agent, vocab, args,
                                    torch.Generator().manual_seed(args.seed + 1), classes)
        state["size_log_weights"] = log_share_ratios(ref, mine, args.match_clip)
        if args.match_gain > 0:  # the window starts as the agent's own estimate, worth 1/(1-decay) steps of samples
            scale = args.batch_size / (1 - args.match_decay) / sum(mine)
            state["match_reference_counts"] = ref
            state["match_agent_counts"] = [c * scale for c in mine]
        if args.match_filters:
            state["match_filters_from_step"] = state["step"]
        log_line(log_path, {"event": "size_weights", "seconds": round(time.time() - counting, 1),
                            "log_weights": [round(w, 3) for w in state["size_log_weights"]],
                            "reference_pass_share": round(sum(ref[CLASSES:]) / sum(ref), 4) if args.match_filters else None,
                            "agent_pass_share": round(sum(mine[CLASSES:]) / sum(mine), 4) if args.match_filters else None})
    log_w = state.get("size_log_weights")
    adaptive = args.match_gain > 0 and "match_agent_counts" in state
    del prior_ckpt
    valid_enc = [e for e in (vocab.encode(s) for s in read_smiles(args.valid, 2000)) if e and len(e) <= args.max_len]
    mle_data, mle_gen = None, None
    if args.mle_data and args.mle_weight > 0:
        mle_data = [e for e in (vocab.encode(s) for s in read_smiles(args.mle_data)) if e and len(e) <= args.max_len + 1]
        mle_gen = torch.Generator().manual_seed(args.seed + 2)
        if source and "mle_rng" in ckpt:
            mle_gen.set_state(ckpt["mle_rng"])
    log_line(log_path, {"event": "start", "source": source or args.prior, "state": state, "args": vars(args),
                        "mle_molecules": len(mle_data) if mle_data else 0})

    eos = vocab.index["<eos>"]
    agent.train()
    last_ckpt = time.time()
    window = {"valid": 0, "n": 0, "reward": 0.0, "log_ratio": 0.0}

    def save():
        tmp = ckpt_path + ".tmp"
        torch.save({"model": agent.state_dict(), "optimizer": optimizer.state_dict(), "state": state,
                    "config": agent.config(), "vocab": vocab.tokens, "args": vars(args),
                    "sample_rng": gen.get_state(), **({"mle_rng": mle_gen.get_state()} if mle_gen else {})}, tmp)
        os.replace(tmp, ckpt_path)

    while state["step"] < args.steps and (time.time() - started) / 60 < args.max_minutes:
        t0 = time.time()
        agent.eval()
        seqs, finished = sample(agent, vocab, args.batch_size, args.max_len, gen)
        agent.train()
        mols = [Chem.MolFromSmiles(s) if ok and s else None
                for s, ok in ((vocab.decode(r), f) for r, f in zip(seqs.tolist(), finished.tolist()))]
        valid = torch.tensor([m is not None for m in mols], dtype=torch.float32)
        if adaptive:
            agent_counts = state["match_agent_counts"]
            log_w = log_share_ratios(state["match_reference_counts"], agent_counts, args.match_clip)
            for i in range(classes.count):
                agent_counts[i] *= args.match_decay
        mol_classes = [classes.of(m) if m is not None else None for m in mols]
        if adaptive:
            for c in mol_classes:
                if c is not None:
                    agent_counts[c] += 1
        gain = args.match_gain if adaptive else args.beta
        size_bonus = torch.tensor([gain * log_w[c] if (c is not None and log_w) else 0.0 for c in mol_classes])
        heavy = [m.GetNumHeavyAtoms() for m in mols if m is not None]
        agent_ll = sequence_log_likelihood(agent, seqs, eos)
        with torch.no_grad():
            prior_ll = sequence_log_likelihood(prior, seqs, eos)
            log_ratio = agent_ll.detach() - prior_ll
            reward = valid + size_bonus - args.beta * log_ratio
            advantage = reward - reward.mean()
        loss = -(advantage * agent_ll).mean()
        if mle_data:
            picks = torch.randint(len(mle_data), (args.mle_batch,), generator=mle_gen).tolist()
            batch = pad_batch([mle_data[i] for i in picks], eos)
            data_nll = -sequence_log_likelihood(agent, batch, eos).mean()
            loss = loss + args.mle_weight * data_nll
            window["data_nll"] = window.get("data_nll", 0.0) + float(data_nll)
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
        window["heavy"] = window.get("heavy", []) + heavy
        if classes.filters:
            window["passes"] = window.get("passes", []) + [classes.passes(c) for c in mol_classes if c is not None]
        if state["step"] % args.log_steps == 0:
            steps = window["n"] / args.batch_size
            log_line(log_path, {"event": "train", "step": state["step"], "validity": round(window["valid"] / window["n"], 4),
                                "samples": window["n"], "reward": round(window["reward"] / steps, 4),
                                "log_ratio": round(window["log_ratio"] / steps, 3),
                                "heavy_atoms_mean": round(sum(window["heavy"]) / max(1, len(window["heavy"])), 2),
                                "under_15_heavy": round(sum(h < 15 for h in window["heavy"]) / max(1, len(window["heavy"])), 4),
                                "filters_pass": round(sum(window["passes"]) / max(1, len(window["passes"])), 4)
                                if "passes" in window else None,
                                "data_nll": round(window["data_nll"] / steps, 3) if "data_nll" in window else None,
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

#!/usr/bin/env python3
"""Export a training checkpoint to the shipped ONNX step model.

Writes into --out: model.onnx (inputs tokens[batch, seq] int64 and hidden[layers, batch, hidden] float32;
outputs logits[batch, seq, vocab] and hidden_out), vocab.json, manifest.json, and parity.json (PyTorch logits
for a few inputs, which the Java tests compare with ONNX Runtime's).

Usage: /usr/bin/python3 models/train/export.py --checkpoint models/train/run/checkpoint.pt --out models/chembl-gru-v1
"""
import argparse
import datetime
import glob
import gzip
import hashlib
import json
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smiles_lm import SmilesGru, Vocabulary, load_checkpoint  # noqa: E402


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--checkpoint", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--id", default=None, help="model id (default: the output folder's name)")
    p.add_argument("--opset", type=int, default=14)
    return p.parse_args()


def count_lines(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt") as f:
        return sum(1 for line in f if line.strip())


def main():
    a = parse_args()
    torch.set_num_threads(2)
    ckpt = load_checkpoint(a.checkpoint)
    cfg = ckpt["config"]
    model = SmilesGru(cfg["vocab_size"], cfg["embed"], cfg["hidden"], cfg["layers"])
    model.load_state_dict(ckpt["model"])
    model.eval()
    vocab = Vocabulary(ckpt["vocab"])
    os.makedirs(a.out, exist_ok=True)
    model_id = a.id or os.path.basename(os.path.normpath(a.out))

    onnx_path = os.path.join(a.out, "model.onnx")
    tokens = torch.tensor([[vocab.index["<bos>"], vocab.index["C"], vocab.index["C"]]], dtype=torch.long)
    hidden = model.initial_hidden(1)
    torch.onnx.export(
        model, (tokens, hidden), onnx_path, opset_version=a.opset,
        input_names=["tokens", "hidden"], output_names=["logits", "hidden_out"],
        dynamic_axes={"tokens": {0: "batch", 1: "seq"}, "hidden": {1: "batch"},
                      "logits": {0: "batch", 1: "seq"}, "hidden_out": {1: "batch"}},
    )
    vocab.save(os.path.join(a.out, "vocab.json"))

    # Parity cases: a primed batch of 2 and a single step from a non-zero hidden state.
    gen = torch.Generator().manual_seed(7)
    cases = []
    with torch.no_grad():
        for batch, seq in [(2, 5), (3, 1)]:
            toks = torch.randint(4, len(vocab.tokens), (batch, seq), generator=gen)
            toks[:, 0] = vocab.index["<bos>"]
            h0 = torch.randn(cfg["layers"], batch, cfg["hidden"], generator=gen) * 0.5
            logits, h1 = model(toks, h0)
            cases.append({"tokens": toks.tolist(), "hidden": h0.flatten().tolist(),
                          "logits": logits.flatten().tolist(), "hidden_out": h1.flatten().tolist(),
                          "batch": batch, "seq": seq})
    with open(os.path.join(a.out, "parity.json"), "w") as f:
        json.dump({"layers": cfg["layers"], "hidden": cfg["hidden"], "vocab": len(vocab.tokens), "cases": cases}, f)

    with open(onnx_path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    args = ckpt.get("args", {})
    state = ckpt["state"]
    manifest_path = os.path.join(a.out, "manifest.json")
    old_metrics = kept_metrics(manifest_path, sha)
    stages = chain(state, args)
    first_args = stages[0][1] or args
    train_path = first_args.get("train", "")
    mle = [st for st, _ in stages if "epoch" in st]
    manifest = {
        "id": model_id,
        "architecture": {"type": "GRU", "layers": cfg["layers"], "hidden": cfg["hidden"], "embedding": cfg["embed"],
                         "vocabulary": len(vocab.tokens), "tokenizer": "regex SMILES tokens, see vocab.json"},
        "parameters": sum(p.numel() for p in model.parameters()),
        "onnx": {"file": "model.onnx", "opset": a.opset, "inputs": ["tokens[batch,seq] int64", "hidden[layers,batch,hidden] float32"],
                 "outputs": ["logits[batch,seq,vocab] float32", "hidden_out[layers,batch,hidden] float32"]},
        "sha256": sha,
        "training": {
            "data": os.path.basename(train_path) or "chembl_train.smi.gz",
            "molecules": count_lines(train_path) if train_path and os.path.exists(train_path) and not first_args.get("limit") else first_args.get("limit"),
            "epochs": sum(st["epoch"] for st in mle),
            "steps": sum(st["step"] for st, _ in stages),
            "tokens": sum(st.get("tokens", 0) for st, _ in stages),
            "seed": first_args.get("seed"),
            "batch_size": first_args.get("batch_size"),
            "learning_rate": first_args.get("lr"),
            "randomized_smiles": first_args.get("randomize", 0.0),
            "command": "models/train/README.md (models/train/reproduce.sh runs every stage)",
        },
        "metrics": old_metrics,
        "date": datetime.date.today().isoformat(),
        "license": "Model weights derived from ChEMBL (ChEMBL, EMBL-EBI), CC BY-SA 3.0",
    }
    if len(stages) > 1:  # the card shows the whole training, the stages say how it was split
        manifest["training_stages"] = [describe(st, ar, train_path) for st, ar in stages]
        if state.get("averaged"):
            manifest["training_stages"].append(averaged(state["averaged"]))
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"exported {model_id}: {manifest['parameters']} parameters, sha256 {sha[:16]}...")


def kept_metrics(manifest_path, sha):
    """The metrics of an existing manifest when it describes the same weights, else none."""
    if not os.path.exists(manifest_path):
        return {}
    with open(manifest_path) as f:
        old = json.load(f)
    return old.get("metrics", {}) if old.get("sha256") == sha else {}


def chain(state, args):
    """The training stages oldest first, as (state, args); a stage made with --init-from names its parent."""
    out = [(state, args)]
    while out[0][0].get("init_state"):
        parent_state = out[0][0]["init_state"]
        out.insert(0, (parent_state, parent_args(out[0][0].get("init_from"), parent_state)))
    return out


def parent_args(path, parent_state):
    """The arguments of the run a stage started from: its checkpoint, or else the committed snapshot at its state."""
    if path and os.path.exists(path):
        return torch.load(path).get("args", {})
    for snap in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "snapshots", "*", "weights.pt"))):
        ckpt = torch.load(snap)
        if all(ckpt["state"].get(k) == parent_state.get(k) for k in ("epoch", "step", "tokens", "samples")):
            return ckpt.get("args", {})
    return {}


def describe(state, args, first_train):
    if "valid" in state and "samples" in state:
        return {"stage": "policy gradient towards RDKit-valid SMILES, held to the stage before by a "
                         "log-likelihood-ratio penalty (reinforce_valid.py)" + matching(args) + pretraining_mix(args),
                "summary": rl_summary(state, args) + (", later with a pretraining mix on ChEMBL"
                                                      if args.get("mle_data") else ""),
                "steps": state["step"], "samples": state["samples"],
                "validity_of_samples": round(state["valid"] / max(1, state["samples"]), 4),
                "beta": args.get("beta"), "batch_size": args.get("batch_size"), "learning_rate": args.get("lr"),
                "match_gain": args.get("match_gain") or None, "match_filters_from_step": state.get("match_filters_from_step"),
                "seed": args.get("seed")}
    own_data = args.get("train") and first_train and os.path.basename(args["train"]) != os.path.basename(first_train)
    out = {"stage": "maximum likelihood on " + ("an earlier stage's valid samples, drawn to the training set's size "
                                                "classes (distill_valid.py, train.py)" if own_data else "ChEMBL (train.py)"),
           "epochs": state["epoch"], "steps": state["step"],
           "tokens": state["tokens"], "batch_size": args.get("batch_size"), "schedule": args.get("schedule", "exp"),
           "learning_rate": args.get("lr"), "learning_rate_min": args.get("lr_min") if args.get("schedule") == "cosine"
           else None, "seed": args.get("seed")}
    if own_data:
        out["summary"] = f"then trained on an earlier stage's valid samples redrawn to ChEMBL's sizes ({state['step']} steps)"
    return out


def averaged(parts):
    recipe = " + ".join(f"{p['weight']:.2f} x {p['stage'].replace('chembl-gru-v1-', '')}" for p in parts)
    return {"stage": f"weight average of stages (average.py): {recipe}",
            "summary": f"then the weights of its stages averaged ({recipe})", "parts": parts}


def pretraining_mix(args):
    if not args.get("mle_data"):
        return ""
    return (f", with a pretraining mix: each step also lowers the negative log-likelihood of "
            f"{os.path.basename(args['mle_data'])} molecules (weight {args.get('mle_weight')})")


def matching(args):
    if not args.get("match_size"):
        return ""
    if not args.get("match_gain"):
        return ", valid molecules weighted by the training set's share of their size class"
    return (", with adaptive matching of the training set's size" + (" x MOSES-filter" if args.get("match_filters") else "")
            + " classes")


def rl_summary(state, args):
    steps = state["step"]
    if not args.get("match_size"):
        return f"then tuned by reinforcement towards valid SMILES ({steps} steps)"
    if not args.get("match_gain"):
        return f"then towards valid SMILES weighted to ChEMBL's sizes ({steps} steps)"
    start = state.get("match_filters_from_step")
    if args.get("match_filters") and start:
        return (f"then towards valid SMILES holding ChEMBL's sizes ({start} steps), then its sizes and MOSES-filter "
                f"pass rate ({steps - start} steps)")
    what = "sizes and MOSES-filter pass rate" if args.get("match_filters") else "sizes"
    return f"then towards valid SMILES holding ChEMBL's {what} ({steps} steps)"


if __name__ == "__main__":
    main()

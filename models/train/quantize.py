#!/usr/bin/env python3
"""An int8 step model from the fp32 ONNX export: weights int8 (per output column), activations quantised per call.

The exported model runs each GRU layer as one ONNX GRU node. ONNX Runtime has no quantised GRU, so this rewrites
the graph as one GRU step per layer, written out: for input x and hidden state h,

    gx = x W^T + b_W,  gh = h R^T + b_R                 (two int8 products, gate order z, r, n)
    z = sigmoid(gx_z + gh_z),  r = sigmoid(gx_r + gh_r),  n = tanh(gx_n + r * gh_n)
    h' = n + z * (h - n)

which is ONNX's GRU with linear_before_reset = 1 (PyTorch's GRU). The output layer is quantised the same way.
Each product quantises its float input to uint8 row by row on every call and multiplies with ONNX's MatMulInteger
(u8 x s8 integer kernels, AVX-512 VNNI where the CPU has it); the scales are applied to the int32 result.

The result takes tokens[batch, 1] only (one step); the Java sampler feeds a prefix one token at a time.
Inputs, outputs and their names are those of the fp32 model. The output folder gets the fp32 folder's vocabulary
and training keys, and a manifest naming the fp32 model it came from; its metrics are measured again by ship.sh.

Usage: /usr/bin/python3 models/train/quantize.py --model models/chembl-gru-v2 --out models/chembl-gru-v2-int8
Needs python3-onnx (Debian) in addition to the training packages.
"""
import argparse
import datetime
import hashlib
import json
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export import kept_metrics  # noqa: E402


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", required=True, help="fp32 model folder written by export.py")
    p.add_argument("--out", required=True, help="int8 model folder to write")
    return p.parse_args()


LEVELS = 127  # symmetric int8


def quantize_columns(w):
    """w [k, n] float -> int8 [k, n] and per-column scales [n] (symmetric, zero point 0)."""
    scale = np.abs(w).max(axis=0) / LEVELS
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(w / scale), -LEVELS, LEVELS).astype(np.int8)
    return q, scale.astype(np.float32)


class Builder:
    def __init__(self):
        self.nodes = []
        self.inits = []
        self.count = 0

    def name(self, base):
        self.count += 1
        return f"{base}_{self.count}"

    def const(self, base, array):
        n = self.name(base)
        self.inits.append(numpy_helper.from_array(array, n))
        return n

    def op(self, op_type, inputs, base, domain=None, outputs=1, **attrs):
        outs = [self.name(base) for _ in range(outputs)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, domain=domain, **attrs))
        return outs[0] if outputs == 1 else outs

    def qmatmul(self, x, w_t, bias, base):
        """x [b, k] times w_t [k, n] (float, quantised here) plus bias [n].

        Each row of x is quantised on its own (symmetric, scale max|x_row| / 127, stored as uint8 around 128), so a
        row's result never depends on the other rows of the batch: samples stay the same whatever the batch size.
        """
        q, scale = quantize_columns(w_t)
        w = self.const(base + "_w", q)
        row_max = self.op("ReduceMax", [self.op("Abs", [x], base + "_abs")], base + "_row_max", axes=[1], keepdims=1)
        row_scale = self.op("Max", [self.op("Div", [row_max, self.const("c127", np.array(127.0, dtype=np.float32))],
                                            base + "_div"),
                                    self.const("tiny", np.array(1e-12, dtype=np.float32))], base + "_row_scale")
        xq = self.op("QuantizeLinear", [self.op("Div", [x, row_scale], base + "_scaled"),
                                        self.const("one", np.array(1.0, dtype=np.float32)),
                                        self.const("zp128", np.array(128, dtype=np.uint8))], base + "_xq")
        acc = self.op("MatMulInteger", [xq, w, self.const("zp128", np.array(128, dtype=np.uint8)),
                                        self.const("zp0", np.array(0, dtype=np.int8))], base + "_acc")
        # column scales first, then row scales: ONNX Runtime's MatMulIntegerToFloat fusion (extended optimisation)
        # would take a product of the two scales for a per-tensor one and get per-row scales wrong
        y = self.op("Mul", [self.op("Cast", [acc], base + "_accf", to=TensorProto.FLOAT),
                            self.const(base + "_scale", scale)], base + "_y_cols")
        y = self.op("Mul", [y, row_scale], base + "_y")
        if bias is not None:
            y = self.op("Add", [y, self.const(base + "_bias", bias.astype(np.float32))], base + "_biased")
        return y


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)
    onnx_out = os.path.join(args.out, "model.onnx")
    model = onnx.load(os.path.join(args.model, "model.onnx"))
    g = model.graph
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}
    grus = [n for n in g.node if n.op_type == "GRU"]
    gather = next(n for n in g.node if n.op_type == "Gather")
    head_mm = next(n for n in g.node if n.op_type == "MatMul")
    head_add = next(n for n in g.node if n.op_type == "Add")
    for n in grus:
        attrs = {a.name: helper.get_attribute_value(a) for a in n.attribute}
        if attrs.get("linear_before_reset") != 1 or attrs.get("direction", b"forward") not in (b"forward", "forward"):
            raise SystemExit("only forward GRUs with linear_before_reset = 1 are supported")
    hidden_size = helper.get_attribute_value(next(a for a in grus[0].attribute if a.name == "hidden_size"))

    b = Builder()
    emb = init[gather.input[0]]
    b.inits.append(numpy_helper.from_array(emb, "embedding"))
    x = b.op("Gather", ["embedding", "tokens"], "embed")            # [batch, 1, E]
    x = b.op("Squeeze", [x, b.const("axis1", np.array([1], dtype=np.int64))], "step_input")  # [batch, E]
    hidden_states = []
    for layer, n in enumerate(grus):
        w = init[n.input[1]][0]          # [3H, in], gates z, r, n
        r = init[n.input[2]][0]          # [3H, H]
        bias = init[n.input[3]][0]       # [6H]: W biases then R biases
        h = b.op("Gather", ["hidden", b.const("layer", np.array(layer, dtype=np.int64))], f"h{layer}")  # [batch, H]
        gx = b.qmatmul(x, w.T.copy(), bias[:3 * hidden_size], f"l{layer}_gx")
        gh = b.qmatmul(h, r.T.copy(), bias[3 * hidden_size:], f"l{layer}_gh")
        split = b.const("split", np.array([hidden_size] * 3, dtype=np.int64))
        xz, xr, xn = b.op("Split", [gx, split], f"l{layer}_gx_split", outputs=3, axis=1)
        hz, hr, hn = b.op("Split", [gh, split], f"l{layer}_gh_split", outputs=3, axis=1)
        z = b.op("Sigmoid", [b.op("Add", [xz, hz], f"l{layer}_z_in")], f"l{layer}_z")
        rg = b.op("Sigmoid", [b.op("Add", [xr, hr], f"l{layer}_r_in")], f"l{layer}_r")
        cand = b.op("Tanh", [b.op("Add", [xn, b.op("Mul", [rg, hn], f"l{layer}_rh")], f"l{layer}_n_in")], f"l{layer}_n")
        x = b.op("Add", [cand, b.op("Mul", [z, b.op("Sub", [h, cand], f"l{layer}_h_minus_n")], f"l{layer}_zd")],
                 f"l{layer}_h_new")
        hidden_states.append(b.op("Unsqueeze", [x, b.const("axis0", np.array([0], dtype=np.int64))], f"l{layer}_h_out"))
    logits = b.qmatmul(x, init[head_mm.input[1]], init[head_add.input[0]], "head")   # [batch, V]
    b.nodes.append(helper.make_node("Unsqueeze", [logits, b.const("axis1b", np.array([1], dtype=np.int64))],
                                    ["logits"]))
    b.nodes.append(helper.make_node("Concat", hidden_states, ["hidden_out"], axis=0))

    vocab = emb.shape[0]
    layers = len(grus)
    graph = helper.make_graph(
        b.nodes, "smiles_gru_step_int8",
        [helper.make_tensor_value_info("tokens", TensorProto.INT64, ["batch", 1]),
         helper.make_tensor_value_info("hidden", TensorProto.FLOAT, [layers, "batch", hidden_size])],
        [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", 1, vocab]),
         helper.make_tensor_value_info("hidden_out", TensorProto.FLOAT, [layers, "batch", hidden_size])],
        b.inits)
    out = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)],
                            producer_name="denovo quantize.py")
    out.ir_version = 7
    onnx.checker.check_model(out)
    onnx.save(out, onnx_out)
    for name in ("vocab.json", "train_keys.bin"):
        if os.path.exists(os.path.join(args.model, name)):
            shutil.copyfile(os.path.join(args.model, name), os.path.join(args.out, name))
    write_manifest(args.model, args.out, onnx_out)
    print(f"wrote {args.out}: {layers} GRU layers of {hidden_size}, int8 weights per output column")


def write_manifest(source_dir, out_dir, onnx_path):
    with open(os.path.join(source_dir, "manifest.json")) as f:
        source = json.load(f)
    with open(onnx_path, "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    path = os.path.join(out_dir, "manifest.json")
    old_metrics = kept_metrics(path, sha)
    manifest = dict(source)
    manifest["id"] = source["id"] + "-int8"
    manifest["sha256"] = sha
    manifest["onnx"] = {"file": "model.onnx", "opset": 14, "inputs": ["tokens[batch,1] int64", "hidden[layers,batch,hidden] float32"],
                        "outputs": ["logits[batch,1,vocab] float32", "hidden_out[layers,batch,hidden] float32"]}
    manifest["quantization"] = {
        "method": "int8 weights, symmetric per output column; activations quantised to uint8 per call "
                  "row by row (symmetric, so a sample never depends on the rest of its batch); ONNX MatMulInteger; gate arithmetic in float32",
        "from": source["id"], "from_sha256": source["sha256"], "command": "models/train/quantize.py"}
    manifest["metrics"] = old_metrics
    manifest["date"] = datetime.date.today().isoformat()
    manifest.pop("status", None)
    with open(path, "w") as f:
        json.dump(manifest, f, indent=2)


if __name__ == "__main__":
    main()

"""Shared pieces of the SMILES language model: tokenizer, vocabulary, network."""
import json
import re

import torch
from torch import nn

# Same pattern as org.denovo.core.generate.SmilesTokenizer; vocab.json records it.
TOKEN_PATTERN = (
    r"(\[[^\]]+]|Br?|Cl?|N|O|S|P|F|I|b|c|n|o|s|p|\(|\)|\.|=|#|-|\+|\\|\/|:|~|@|\?|>|\*|\$|%[0-9]{2}|[0-9])"
)
TOKEN_RE = re.compile(TOKEN_PATTERN)

PAD, BOS, EOS, UNK = "<pad>", "<bos>", "<eos>", "<unk>"
SPECIALS = [PAD, BOS, EOS, UNK]


def tokenize(smiles):
    tokens = TOKEN_RE.findall(smiles)
    if "".join(tokens) != smiles:
        return None
    return tokens


class Vocabulary:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.index = {t: i for i, t in enumerate(self.tokens)}

    @classmethod
    def build(cls, smiles_iter):
        seen = set()
        for s in smiles_iter:
            toks = tokenize(s)
            if toks:
                seen.update(toks)
        return cls(SPECIALS + sorted(seen))

    def encode(self, smiles):
        toks = tokenize(smiles)
        if toks is None:
            return None
        unk = self.index[UNK]
        return [self.index[BOS]] + [self.index.get(t, unk) for t in toks] + [self.index[EOS]]

    def decode(self, ids):
        out = []
        for i in ids:
            t = self.tokens[i]
            if t == EOS:
                break
            if t in SPECIALS:
                continue
            out.append(t)
        return "".join(out)

    def to_json(self):
        return {
            "pattern": TOKEN_PATTERN,
            "tokens": self.tokens,
            "pad": PAD, "bos": BOS, "eos": EOS, "unk": UNK,
        }

    def save(self, path):
        with open(path, "w") as f:
            json.dump(self.to_json(), f, indent=1)

    @classmethod
    def load(cls, path):
        with open(path) as f:
            return cls(json.load(f)["tokens"])


class SmilesGru(nn.Module):
    """Embedding -> stacked GRU -> linear head. forward() is also the ONNX step model."""

    def __init__(self, vocab_size, embed=128, hidden=384, layers=2, dropout=0.0):
        super().__init__()
        self.vocab_size, self.embed_dim, self.hidden_size, self.num_layers = vocab_size, embed, hidden, layers
        self.embedding = nn.Embedding(vocab_size, embed)
        self.gru = nn.GRU(embed, hidden, num_layers=layers, batch_first=True, dropout=dropout)
        self.head = nn.Linear(hidden, vocab_size)

    def forward(self, tokens, hidden):
        out, new_hidden = self.gru(self.embedding(tokens), hidden)
        return self.head(out), new_hidden

    def initial_hidden(self, batch):
        return torch.zeros(self.num_layers, batch, self.hidden_size)

    def config(self):
        return {"vocab_size": self.vocab_size, "embed": self.embed_dim,
                "hidden": self.hidden_size, "layers": self.num_layers}


@torch.no_grad()
def sample(model, vocab, n, max_len, gen, temperature=1.0):
    """Step-by-step batched sampling from softmax(logits / temperature); returns decoded strings."""
    bos, eos = vocab.index["<bos>"], vocab.index["<eos>"]
    tokens = torch.full((n, 1), bos, dtype=torch.long)
    hidden = model.initial_hidden(n)
    out = torch.zeros((n, max_len), dtype=torch.long)
    done = torch.zeros(n, dtype=torch.bool)
    for step in range(max_len):
        logits, hidden = model(tokens, hidden)
        probs = torch.softmax(logits[:, -1, :] / temperature, dim=-1)
        nxt = torch.multinomial(probs, 1, generator=gen).squeeze(1)
        nxt[done] = eos
        out[:, step] = nxt
        done |= nxt == eos
        if done.all():
            break
        tokens = nxt.unsqueeze(1)
    return [vocab.decode(row.tolist()) for row in out]


def load_checkpoint(path):
    """A training checkpoint or a weights-only snapshot, with the weights in float32."""
    ckpt = torch.load(path)
    ckpt["model"] = {k: v.float() if v.is_floating_point() else v for k, v in ckpt["model"].items()}
    return ckpt


def save_weights_snapshot(ckpt, path):
    """Weights in half precision plus what resuming needs (config, vocabulary, state, arguments); no optimizer."""
    slim = {"model": {k: v.half() if v.is_floating_point() else v for k, v in ckpt["model"].items()},
            "config": ckpt["config"], "vocab": ckpt["vocab"], "state": ckpt["state"], "args": ckpt.get("args", {}),
            "weights_only": True}
    tmp = path + ".tmp"
    torch.save(slim, tmp)
    import os
    os.replace(tmp, path)

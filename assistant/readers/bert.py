"""A minimal BERT encoder in plain torch, with the parameter names of transformers' ``BertModel``.

Why: importing transformers takes seconds in a fresh process (the first answer waits for it);
the reader needs only the encoder's forward pass. Same weights, same numbers (a test pins the
reader's scores against the transformers model it was trained as), and its ``nn.Linear``
layers can be quantized to int8 by ``torch.ao.quantization.quantize_dynamic``.
"""

from __future__ import annotations

import torch
from torch import nn
from torch.nn import functional as F


class _SelfAttention(nn.Module):
    def __init__(self, width: int):
        super().__init__()
        self.query, self.key, self.value = nn.Linear(width, width), nn.Linear(width, width), nn.Linear(width, width)


class _Output(nn.Module):
    def __init__(self, width_in: int, width: int, eps: float):
        super().__init__()
        self.dense = nn.Linear(width_in, width)
        self.LayerNorm = nn.LayerNorm(width, eps=eps)


class _Attention(nn.Module):
    def __init__(self, width: int, eps: float):
        super().__init__()
        self.self = _SelfAttention(width)
        self.output = _Output(width, width, eps)


class _Intermediate(nn.Module):
    def __init__(self, width: int, inner: int):
        super().__init__()
        self.dense = nn.Linear(width, inner)


class _Layer(nn.Module):
    def __init__(self, width: int, inner: int, heads: int, eps: float):
        super().__init__()
        self.heads = heads
        self.attention = _Attention(width, eps)
        self.intermediate = _Intermediate(width, inner)
        self.output = _Output(inner, width, eps)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        batch, length, width = x.shape
        head = width // self.heads

        def split(t):
            return t.view(batch, length, self.heads, head).transpose(1, 2)

        attn = self.attention
        q, k, v = split(attn.self.query(x)), split(attn.self.key(x)), split(attn.self.value(x))
        attended = F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
        attended = attended.transpose(1, 2).reshape(batch, length, width)
        x = attn.output.LayerNorm(attn.output.dense(attended) + x)
        hidden = F.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(self.output.dense(hidden) + x)


class _Embeddings(nn.Module):
    def __init__(self, vocab: int, width: int, positions: int, types: int, eps: float):
        super().__init__()
        self.word_embeddings = nn.Embedding(vocab, width)
        self.position_embeddings = nn.Embedding(positions, width)
        self.token_type_embeddings = nn.Embedding(types, width)
        self.LayerNorm = nn.LayerNorm(width, eps=eps)


class _Encoder(nn.Module):
    def __init__(self, layers: list[_Layer]):
        super().__init__()
        self.layer = nn.ModuleList(layers)


class Bert(nn.Module):
    """``Bert(config)(input_ids, attention_mask, token_type_ids) -> last hidden states``."""

    def __init__(self, config: dict):
        super().__init__()
        if config.get("model_type", "bert") != "bert" or config.get("hidden_act", "gelu") != "gelu":
            raise ValueError("only BERT encoders with GELU are supported")
        width, eps = int(config["hidden_size"]), float(config.get("layer_norm_eps", 1e-12))
        self.embeddings = _Embeddings(int(config["vocab_size"]), width, int(config["max_position_embeddings"]),
                                      int(config.get("type_vocab_size", 2)), eps)
        self.encoder = _Encoder([_Layer(width, int(config["intermediate_size"]), int(config["num_attention_heads"]), eps)
                                 for _ in range(int(config["num_hidden_layers"]))])

    def forward(self, input_ids, attention_mask, token_type_ids):
        e = self.embeddings
        positions = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = e.word_embeddings(input_ids) + e.position_embeddings(positions) + e.token_type_embeddings(token_type_ids)
        x = e.LayerNorm(x)
        # padding: keys outside the mask get no attention
        mask = attention_mask[:, None, None, :].bool()
        for layer in self.encoder.layer:
            x = layer(x, mask)
        return x


class MeanPooled(nn.Module):
    """A sentence embedder over :class:`Bert`: the mean of the token states under the mask,
    in float32, normalised to length 1 (sentence-transformers' mean pooling)."""

    def __init__(self, bert: Bert):
        super().__init__()
        self.bert = bert

    def forward(self, input_ids, attention_mask, token_type_ids):
        states = self.bert(input_ids, attention_mask, token_type_ids).float()
        weights = attention_mask.unsqueeze(-1).float()
        pooled = (states * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
        return F.normalize(pooled, dim=1)


def traced(model: nn.Module) -> nn.Module:
    """``model`` (a :class:`Bert` or a network over it, in eval mode, in its final dtype) as a
    TorchScript trace, or ``model`` itself when tracing fails.

    Why: eager torch takes Python's GIL back between its few hundred small operations, so on a
    server any Python work in another thread (indexing a file, handling requests, another
    question's retrieval) makes a forward pass wait at each one: beside one busy Python thread
    the reader took 3.8 s a question instead of 0.22 s. A trace runs the whole pass in C++
    without the GIL (0.89 s in the same test, with the span search in numpy too; the rest is the
    other thread's share of the CPU and the answer's own Python), with the
    same numbers (bitwise, checked on several batch sizes and lengths) and the same speed alone.
    Batch size and length stay dynamic."""
    import warnings

    example = (torch.full((2, 16), 1000, dtype=torch.long), torch.ones(2, 16, dtype=torch.long),
               torch.zeros(2, 16, dtype=torch.long))
    try:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")  # torch.jit's deprecation notice
            return torch.jit.trace(model, example, check_trace=False)
    except Exception:  # noqa: BLE001 - an untraceable model still works eagerly
        return model

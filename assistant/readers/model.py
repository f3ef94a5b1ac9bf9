"""The reader network and its input format, shared by training (scripts/train_reader.py) and
inference (:mod:`assistant.readers.learned`), so both always see identical inputs.

A MiniLM cross-encoder reads ``[CLS] question [SEP] context: passage [SEP]`` and produces

* an **answer logit** (from ``[CLS]``): does this passage answer the question? Its sigmoid is
  the answer score that abstention thresholds;
* **start/end logits** per token: where the answer is inside the passage (SQuAD-style span head).

Torch and transformers are imported lazily by the functions that need them.
"""

from __future__ import annotations

from dataclasses import dataclass

# How the passage's context (document title, section heading) is put before it. The prefix is
# part of the second segment; spans inside it are never answers.
CONTEXT_SEPARATOR = " | "
CONTEXT_END = ": "
MAX_CONTEXT_WORDS = 14
CONTEXT_PART_SEPARATOR = " · "
MAX_EXTRA_CONTEXT_PARTS = 2  # a table's caption and its header rows


def passage_input(text: str, title: str = "", section: str = "", context: str = "") -> tuple[str, int]:
    """The reader's second segment for a passage, and where the passage starts inside it.
    ``context``: what else says what the passage means, parts separated by " · " (a table
    row's caption and header rows, :func:`assistant.documents.table_context`)."""
    parts = []
    for part in (title, section, *context.split(CONTEXT_PART_SEPARATOR)[:MAX_EXTRA_CONTEXT_PARTS]):
        words = " ".join(part.split()).split(" ")
        part = " ".join(words[:MAX_CONTEXT_WORDS]).strip()
        if part and part not in parts:
            parts.append(part)
    prefix = CONTEXT_SEPARATOR.join(parts)
    prefix = prefix + CONTEXT_END if prefix else ""
    return prefix + text, len(prefix)


@dataclass(frozen=True)
class ReaderConfig:
    """Saved beside the weights as ``reader.json``."""

    max_length: int = 128
    max_answer_tokens: int = 40
    threshold: float = 0.5  # the calibrated no-answer threshold on the answer score


def build_model(encoder_path: str, num_layers: int | None = None):
    """A fresh reader whose encoder is initialised from ``encoder_path`` (a BERT-style model);
    ``num_layers``: keep only that many transformer layers (a smaller, faster student)."""
    import torch
    from transformers import AutoConfig, AutoModel

    class ReaderModel(torch.nn.Module):
        def __init__(self, encoder):
            super().__init__()
            self.encoder = encoder
            hidden = encoder.config.hidden_size
            self.answer_head = torch.nn.Sequential(
                torch.nn.Dropout(0.1), torch.nn.Linear(hidden, hidden), torch.nn.Tanh(),
                torch.nn.Linear(hidden, 1))
            self.span_head = torch.nn.Linear(hidden, 2)

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            out = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                               token_type_ids=token_type_ids)
            states = out.last_hidden_state
            answer = self.answer_head(states[:, 0]).squeeze(-1)
            start, end = self.span_head(states).unbind(-1)
            return answer, start, end

    config = AutoConfig.from_pretrained(encoder_path)
    if num_layers:
        config.num_hidden_layers = num_layers
    encoder = AutoModel.from_pretrained(encoder_path, config=config, add_pooling_layer=False)
    return ReaderModel(encoder)


def build_inference_model(config: dict):
    """The same network for inference, on :class:`assistant.readers.bert.Bert` (no transformers
    import); ``load_state_dict`` takes the weights :func:`build_model` saved."""
    import torch

    from .bert import Bert

    class ReaderNet(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.encoder = Bert(config)
            hidden = int(config["hidden_size"])
            self.answer_head = torch.nn.Sequential(
                torch.nn.Dropout(0.1), torch.nn.Linear(hidden, hidden), torch.nn.Tanh(),
                torch.nn.Linear(hidden, 1))
            self.span_head = torch.nn.Linear(hidden, 2)

        def forward(self, input_ids, attention_mask, token_type_ids):
            states = self.encoder(input_ids, attention_mask, token_type_ids)
            answer = self.answer_head(states[:, 0]).squeeze(-1)
            start, end = self.span_head(states).unbind(-1)
            return answer, start, end

    return ReaderNet()


MAX_QUESTION_TOKENS = 48  # a longer question is cut for the reader (the passage keeps its room)


def encode(tokenizer, questions: list[str], passages: list[str], max_length: int):
    """Tokenise question/passage pairs (passage truncated, never the question) with offsets."""
    return tokenizer(questions, passages, truncation="only_second", max_length=max_length,
                     padding=True, return_offsets_mapping=True, return_tensors="pt")

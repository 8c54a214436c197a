"""Component newsgraph_news_ner: newsgraph's news NER merged with the general model's entities.

Runs right after spaCy's ``ner`` (as pipe ``news_ner``) and rewrites ``doc.ents``. The news NER
(trained here on CoNLL-2003, shipped in ``newsgraph/models/news_ner``) is the stronger model for
names, but knows only PER, ORG, LOC and MISC; the general model knows the OntoNotes types the
graph needs. The merge rule:

1. Every span of the news NER is kept with its boundaries. Its type:
   PER -> PERSON; ORG -> ORG;
   LOC -> the general model's GPE, LOC or FAC on an overlapping span, else LOC when the name's
   last word is a geographic feature or the name is a continent or world region (closed
   lists), else GPE (in news a place name is mostly a country, state or city);
   MISC -> the general model's NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE or PRODUCT on an
   overlapping span, else EVENT or LAW when the name's last word says so (closed lists), else
   NORP (most often a nationality: "German", "Dutch").
2. The general model's numeric entities (DATE, TIME, MONEY, ...) are kept where they overlap no
   news NER span; so are its spans of the ``keep_general`` types.
3. Everything else of the general model is dropped: where the news NER found no name, its
   guesses are more often wrong than right.
"""

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "news_ner"

NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
PLACE_LABELS = frozenset("GPE LOC FAC".split())
MISC_LABELS = frozenset("NORP EVENT WORK_OF_ART LAW LANGUAGE PRODUCT".split())

# Closed class: last words of the names of natural features and regions, which OntoNotes tags LOC.
GEO_FEATURES = frozenset(
    """
    river rivers sea seas ocean lake lakes gulf bay strait straits channel mountain mountains
    mount mt mt. range hills hill valley desert peninsula island islands isles coast plain plains
    plateau basin delta canyon forest glacier cape falls region
    """.split()
)
# Closed class: continents and world regions (OntoNotes LOC, not GPE).
REGIONS = frozenset(
    """
    africa asia europe antarctica oceania australasia eurasia america americas
    middle east far east near east balkans caribbean caucasus scandinavia
    latin central north south east west western eastern northern southern southeast
    """.split()
)
# Closed class: last words that make a MISC name an event or a law.
EVENT_HEADS = frozenset(
    """
    cup championship championships open games olympics olympiad war wars tour trophy prix
    classic masters series festival summit election elections rally marathon grand
    """.split()
)
LAW_HEADS = frozenset("act acts law laws treaty accord accords constitution convention charter bill".split())


def available(path: Path = MODEL_PATH) -> bool:
    """True if the news NER model is there (it ships with the package)."""
    return (path / "config.cfg").exists()


@lru_cache(maxsize=2)
def load_news_ner(path: str = str(MODEL_PATH)) -> Language:
    """Load the trained news NER pipeline once per process; raise ConfigError if it is missing."""
    try:
        return spacy.load(path)
    except OSError as e:
        raise ConfigError(
            f"cannot load the news NER model at {path}: {e}. Tip: reinstall newsgraph, or run `newsgraph train-ner`."
        ) from e


def place_type(words: list[str], general: set[str]) -> str:
    """The OntoNotes type of a place name the news NER tagged LOC (``general``: overlapping labels)."""
    for label in ("GPE", "LOC", "FAC"):
        if label in general:
            return label
    lowered = [w.lower() for w in words if w[:1].isalpha()]
    if lowered and (lowered[-1] in GEO_FEATURES or all(w in REGIONS for w in lowered)):
        return "LOC"
    return "GPE"


def misc_type(words: list[str], general: set[str]) -> str:
    """The OntoNotes type of a name the news NER tagged MISC (``general``: overlapping labels)."""
    for label in ("NORP", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"):
        if label in general:
            return label
    last = words[-1].lower() if words else ""
    if last in EVENT_HEADS:
        return "EVENT"
    if last in LAW_HEADS:
        return "LAW"
    return "NORP"


def fine_type(label: str, words: list[str], general: set[str]) -> str:
    """The OntoNotes type for a news NER span of CoNLL type ``label``."""
    if label == "PER":
        return "PERSON"
    if label == "LOC":
        return place_type(words, general)
    if label == "MISC":
        return misc_type(words, general)
    return label


def merge_entities(doc: Doc, news_spans: list[tuple[int, int, str]], keep_general: frozenset[str]) -> list[Span]:
    """The merged entities of ``doc``: news NER spans (token ranges, CoNLL labels) typed finely,
    plus the general model's numeric spans and ``keep_general`` spans that overlap none of them."""
    general = list(doc.ents)
    merged = []
    for start, end, label in news_spans:
        overlapping = {e.label_ for e in general if e.start < end and start < e.end}
        words = [t.text for t in doc[start:end]]
        merged.append(Span(doc, start, end, label=fine_type(label, words, overlapping)))
    taken = [(s.start, s.end) for s in merged]
    for ent in general:
        if ent.label_ not in NUMERIC_LABELS and ent.label_ not in keep_general:
            continue
        if not any(ent.start < e and s < ent.end for s, e in taken):
            merged.append(ent)
    return sorted(merged, key=lambda s: s.start)


class NewsNerComponent:
    """Runs the news NER over each Doc's tokens and merges its spans into ``doc.ents``."""

    def __init__(self, model_path: str, keep_general: Iterable[str]) -> None:
        self.news = load_news_ner(model_path)
        self.ner = self.news.get_pipe("ner")
        self.keep_general = frozenset(keep_general)

    def _shadow(self, doc: Doc) -> Doc:
        # the same tokens in the news model's vocabulary, where its static vectors live
        return Doc(self.news.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])

    def _merge(self, doc: Doc, shadow: Doc) -> Doc:
        spans = [(e.start, e.end, e.label_) for e in shadow.ents]
        doc.ents = merge_entities(doc, spans, self.keep_general)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self._merge(doc, self.ner(self._shadow(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Batched: the news NER runs over a batch of shadows at once."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        yield from self._run(batch)

    def _run(self, batch: list[Doc]) -> Iterator[Doc]:
        shadows = list(self.ner.pipe([self._shadow(d) for d in batch], batch_size=len(batch) or 1))
        for doc, shadow in zip(batch, shadows):
            yield self._merge(doc, shadow)


@Language.factory(
    "newsgraph_news_ner",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"model_path": str(MODEL_PATH), "keep_general": []},
)
def make_news_ner(nlp: Language, name: str, model_path: str, keep_general: list[str]) -> NewsNerComponent:
    return NewsNerComponent(model_path, keep_general)

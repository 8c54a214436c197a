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
2. Boundaries: where the general model's place or title name (GPE, LOC, FAC, WORK_OF_ART,
   EVENT, LAW) wholly contains news spans and adds only title-case words, its span and label
   win (OntoNotes keeps "Russian Far East" whole and "The" in "The Tonight Show"; CoNLL does
   not). A hyphenated MISC name, or hyphenated place before a way ("air route"), whose first
   part the general model tags as a place becomes that place ("Alaska" of "Alaska-Siberia air
   route"), so the entities layer can join the route's name.
3. The general model's numeric entities (DATE, TIME, MONEY, ...) are kept where they overlap no
   news NER span; so are its spans of the ``keep_general`` types (default PERSON: the news NER,
   trained on 1996 news, misses some names of today that the general model knows), and its
   ORG and PRODUCT names written with digits ("3M", "G7", "737" after a capitalised word); a
   MISC name it tags ORG right before such a model number is the maker ("Boeing 737").
4. Everything else of the general model is dropped: where the news NER found no name, its
   guesses are more often wrong than right.

Before typing, the news NER's labels are made consistent within the article (one sense per
discourse): a name tagged with several types takes its most frequent one, a full personal name
voting PER for its last word ("Haddad" after "Omar Haddad").
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError
from newsgraph.pipeline.names import WAY_HEADS, WAY_MODIFIERS

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "news_ner"

NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
PLACE_LABELS = frozenset("GPE LOC FAC".split())
MISC_LABELS = frozenset("NORP EVENT WORK_OF_ART LAW LANGUAGE PRODUCT".split())
OUTER_LABELS = frozenset("GPE LOC FAC WORK_OF_ART EVENT LAW".split())

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
    """The OntoNotes type for a news NER span of CoNLL type ``label`` (OntoNotes labels pass)."""
    if label == "PER":
        return "PERSON"
    if label == "LOC":
        return place_type(words, general)
    if label == "MISC":
        return misc_type(words, general)
    return label  # ORG, or an OntoNotes label taken from the general model


def consistent_labels(doc: Doc, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """News NER spans (token ranges, CoNLL labels) with one label per name across the article.

    Each name takes the label it has most often; a full personal name votes PER for its last
    word ("Haddad" after "Omar Haddad"). Ties keep the span's own label.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        votes[doc[start:end].text][label] += 1
        if label == "PER" and end - start > 1:
            votes[doc[end - 1].text]["PER"] += 2  # a full name is the strongest evidence
    out = []
    for start, end, label in spans:
        counts = votes[doc[start:end].text]
        best, count = counts.most_common(1)[0]
        out.append((start, end, best if count > counts[label] else label))
    return out


def _extends_name(ent: Span, inside: list[tuple[int, int, str]]) -> bool:
    # the words the general model adds must be title-case words (no digits, punctuation or
    # all-caps headline words), and "The" only for the title of a work
    covered = {i for start, end, _ in inside for i in range(start, end)}
    extra = [t for t in ent if t.i not in covered]
    if (not extra and len(inside) < 2) or any(t.is_space or "\n" in t.whitespace_ for t in ent[:-1]):
        return False
    for token in extra:
        if not (token.text.isalpha() and token.text[:1].isupper() and not token.text.isupper()):
            return False
        if token.lower_ == "the" and ent.label_ != "WORK_OF_ART":
            return False
    return True


def outer_names(ents: list[Span], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Where the general model's place or title name (``OUTER_LABELS``) wholly contains news spans
    and adds only title-case words, take its boundaries and label: CoNLL splits "Russian Far
    East" and leaves "The" out of titles of works; OntoNotes, the graph's convention, does not."""
    out = list(spans)
    for ent in ents:
        if ent.label_ not in OUTER_LABELS:
            continue
        inside = [x for x in out if ent.start <= x[0] and x[1] <= ent.end]
        crossing = [x for x in out if x[0] < ent.end and ent.start < x[1] and x not in inside]
        if inside and not crossing and _extends_name(ent, inside):
            out = [x for x in out if x not in inside] + [(ent.start, ent.end, ent.label_)]
    return sorted(out)


def _before_way(doc: Doc, end: int) -> bool:
    # "... air route", "... pipeline": the name of a route or way follows (see names.extend_ways)
    words = [t.lower_ for t in doc[end : end + 2]]
    if words and words[0] in WAY_MODIFIERS:
        words = words[1:]
    return bool(words) and words[0] in WAY_HEADS


def split_hyphen_places(
    doc: Doc, ents: list[Span], spans: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A hyphenated MISC name, or a hyphenated place before a way ("air route"), whose first
    part the general model tags as a place becomes that place ("Alaska" of "Alaska-Siberia air
    route"), so the entities layer can join the route's name."""
    out = []
    for start, end, label in spans:
        place = next((e for e in ents if e.start == start and e.end < end and e.label_ in ("GPE", "LOC")), None)
        splits = label == "MISC" or (label == "LOC" and _before_way(doc, end))
        if splits and place is not None and doc[place.end].text in ("-", "–"):
            out.append((place.start, place.end, place.label_))
        else:
            out.append((start, end, label))
    return out


def _coded_name(ent: Span) -> bool:
    # names written with digits ("3M", "G7", "737" of "Boeing 737"): the news NER rarely tags
    # them, and without a name the quantities layer would read "3M" as three million
    if ent.label_ not in ("ORG", "PRODUCT"):
        return False
    if ent.label_ == "PRODUCT" and len(ent) == 1 and ent[0].text.isdigit() and ent.start > 0:
        return ent.doc[ent.start - 1].text[:1].isupper()
    return any(any(c.isdigit() for c in t.text) and any(c.isalpha() for c in t.text) for t in ent)


def _makers(ents: list[Span], spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A MISC name the general model tags ORG, right before its model number, is the maker."""
    out = []
    for start, end, label in spans:
        if label != "MISC":
            out.append((start, end, label))
            continue
        general = {e.label_ for e in ents if e.start < end and start < e.end}
        model = next((e for e in ents if e.start == end and _coded_name(e)), None)
        out.append((start, end, "ORG" if label == "MISC" and "ORG" in general and model is not None else label))
    return out


def merge_entities(doc: Doc, news_spans: list[tuple[int, int, str]], keep_general: frozenset[str]) -> list[Span]:
    """The merged entities of ``doc``: news NER spans (token ranges, CoNLL labels) typed finely,
    plus the general model's numeric spans and ``keep_general`` spans that overlap none of them."""
    general = list(doc.ents)  # spaCy builds doc.ents anew on every access: read it once
    spans = split_hyphen_places(doc, general, consistent_labels(doc, news_spans))
    spans = _makers(general, outer_names(general, spans))
    merged = []
    for start, end, label in spans:
        overlapping = {e.label_ for e in general if e.start < end and start < e.end}
        words = [t.text for t in doc[start:end]]
        merged.append(Span(doc, start, end, label=fine_type(label, words, overlapping)))
    taken = [(s.start, s.end) for s in merged]
    for ent in general:
        if ent.label_ not in NUMERIC_LABELS and ent.label_ not in keep_general and not _coded_name(ent):
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
    default_config={"model_path": str(MODEL_PATH), "keep_general": ["PERSON"]},
)
def make_news_ner(nlp: Language, name: str, model_path: str, keep_general: list[str]) -> NewsNerComponent:
    return NewsNerComponent(model_path, keep_general)

"""Component newsgraph_news_ner: newsgraph's news NER merged with the general model's entities.

Runs right after spaCy's ``ner`` (as pipe ``news_ner``) and rewrites ``doc.ents``. The news NER
(trained here on CoNLL-2003, shipped in ``newsgraph/models/news_ner``) is the stronger model for
names, but knows only PER, ORG, LOC and MISC; the general model knows the OntoNotes types the
graph needs. The merge rule:

1. Every span of the news NER is kept with its boundaries. Its type:
   PER -> PERSON; ORG -> ORG;
   LOC -> the general model's GPE, LOC or FAC on an overlapping span, else ORG for a one-word
   name that the general model lists with a news NER organisation in one organisation's name
   ("NBC News/Mediacom"), else LOC when the name's last word is a geographic feature or the
   name is a continent or world region (closed lists), else GPE (in news a place name is mostly
   a country, state or city);
   MISC -> the general model's NORP, EVENT, WORK_OF_ART, LAW, LANGUAGE or PRODUCT on an
   overlapping span, else what the name's words say (``misc_types``: an occasion, a law, a
   people), else the general model's ORG or FAC, else NORP.
2. Boundaries: where the general model's place or title name (GPE, LOC, FAC, WORK_OF_ART,
   EVENT, LAW) wholly contains news spans and adds only title-case words, its span and label
   win (OntoNotes keeps "Russian Far East" whole and "The" in "The Tonight Show"; CoNLL does
   not). A hyphenated MISC name of two names ("Alaska-Siberia"), or a hyphenated place before a
   way ("air route"), whose first part the general model tags as a place becomes that place
   ("Alaska" of "Alaska-Siberia air route"), so the entities layer can join the route's name;
   a place joined to a common word stays one MISC name ("Boston-based", as in CoNLL).
3. The general model's numeric entities (DATE, TIME, MONEY, ...) are kept where they overlap no
   news NER span; so are its spans of the ``keep_general`` types (default PERSON: the news NER,
   trained on 1996 news, misses some names of today that the general model knows), a PERSON
   only where it looks like a name (capitalised words, no determiner before it, and a single
   word opening a sentence only if the article names a person with it elsewhere), and its
   ORG and PRODUCT names written with digits and a capital ("3M", "G7"; not "499th") or a
   model number after a capitalised word ("737", not a number in a table row); a MISC name it
   tags ORG right before such a model number is the maker ("Boeing 737").
4. Everything else of the general model is dropped: where the news NER found no name, its
   guesses are more often wrong than right.

Before typing, the news NER's labels are made consistent within the article (one sense per
discourse): a name tagged with several types takes its most frequent one, a full personal name
voting PER for its last word ("Haddad" after "Omar Haddad"); a place name also used as an
organisation keeps both (a city and its club). An article too long for one pass goes through the
models in pieces (see ``pieces``): on a piece the component only keeps the two models' spans, and
``merge_pieces`` merges them once the article is whole again, so that the vote, like the rest of
the merge, sees the whole article.

Speed: the news NER runs over a "shadow" Doc of the same words in its own vocabulary (where its
vectors live), built from the Doc's arrays; its matrix products go to numpy's BLAS on one thread
(``matmul``) and its vocabulary computes only the lexeme attributes the model reads.
"""

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, cast

import spacy
from spacy.attrs import IDS, IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span

from newsgraph.errors import ConfigError
from newsgraph.pipeline.matmul import one_blas_thread, use_matmul
from newsgraph.pipeline.misc_types import clock_zone, misc_type, people_word
from newsgraph.pipeline.name_things import WAY_HEADS, WAY_MODIFIERS
from newsgraph.pipeline.zones import zone_of

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "news_ner"
# batches between two clear-outs of the news vocabulary's new words (a few MiB of them)
FORGET_EVERY = 32
# user_data keys of a piece of a longer article: its mark (set by ``pieces.split``), and the
# models' spans the component keeps on it for ``merge_pieces``
PIECE = "newsgraph_piece"
PIECE_SPANS = "newsgraph_piece_spans"

NUMERIC_LABELS = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
PLACE_LABELS = frozenset("GPE LOC FAC".split())
# Words that join the names of a list ("NBC News and Mediacom", "Register/Mediacom").
LIST_JOINS = frozenset(["and", "&", "/", ","])
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
DETERMINERS = frozenset("the a an this that these those".split())


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


def fine_type(label: str, words: list[str], general: set[str]) -> str:
    """The OntoNotes type for a news NER span of CoNLL type ``label`` (OntoNotes labels pass)."""
    if label == "PER":
        return "PERSON"
    if label == "LOC":
        return place_type(words, general)
    if label == "MISC":
        return misc_type(words, general)
    return label  # ORG, or an OntoNotes label taken from the general model


def lean_lexemes(news: Language) -> None:
    """Have the news vocabulary compute, for new words, only the lexeme attributes its NER reads.

    Every word the vocabulary has not seen becomes a lexeme with some twenty attributes, each a
    Python call; the NER reads its embedding's features (``attrs`` in its config) and IS_SPACE
    (no entity on a space); ORTH, which finds a word's vector, is always set. The shadow Docs
    are seen by nothing else. A config without the ``attrs`` leaves the vocabulary as it is.
    """
    try:
        features = news.config["components"]["ner"]["model"]["tok2vec"]["embed"]["attrs"]
    except KeyError:
        return
    needed = {IDS[name.upper()] for name in features} | {IS_SPACE}
    # Vocab's stub declares lex_attr_getters only as a constructor argument, not as an attribute
    getters = news.vocab.lex_attr_getters or {}  # type: ignore[attr-defined]
    news.vocab.lex_attr_getters = {attr: get for attr, get in getters.items() if attr in needed}  # type: ignore[attr-defined]


class Ent(NamedTuple):
    """An entity as token offsets (end exclusive) and a label: lighter than a spaCy Span."""

    start: int
    end: int
    label: str


class Overlaps:
    """Which of some entities, not overlapping one another and sorted, overlap a token range.

    By bisection: a long article's merge (``merge_pieces``) compares thousands of spans with
    thousands, which scanning every pair would make quadratic.
    """

    def __init__(self, ents: list[Ent]) -> None:
        self.ents = list(ents)
        self.ends = [ent.end for ent in ents]  # sorted too, as the entities do not overlap

    def __call__(self, start: int, end: int) -> list[Ent]:
        """The entities that share a token with ``start:end``, in order."""
        found = []
        i = bisect_right(self.ends, start)
        while i < len(self.ents) and self.ents[i].start < end:
            found.append(self.ents[i])
            i += 1
        return found


class PieceSpans(NamedTuple):
    """The spans of both models over one piece of an article (token offsets into the piece)."""

    general: list[Ent]
    news: list[Ent]
    keep_general: frozenset[str]


def doc_words(doc: Doc) -> tuple[list[str], list[bool]]:
    """The words of ``doc`` and whether a space follows each, read from its arrays (no Token objects)."""
    rows = doc.to_array([ORTH, SPACY]).tolist()
    strings = doc.vocab.strings
    return [strings[orth] for orth, _ in rows], [bool(space) for _, space in rows]


def consistent_labels(words: list[str], spans: list[Ent]) -> list[Ent]:
    """News NER spans (CoNLL labels) over ``words`` with one label per name across the article.

    Each name takes the label it has most often; a full personal name votes PER for its last
    word ("Haddad" after "Omar Haddad"). Ties keep the span's own label, and so does a place
    name also used as an organisation: a city is often its club's or company's name too
    ("New York" the city and the team), so both uses are right in one article.
    """
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for start, end, label in spans:
        votes[tuple(words[start:end])][label] += 1
        if label == "PER" and end - start > 1:
            votes[(words[end - 1],)]["PER"] += 2  # a full name is the strongest evidence
    out = []
    for start, end, label in spans:
        counts = votes[tuple(words[start:end])]
        best, count = counts.most_common(1)[0]
        if count > counts[label] and {best, label} != {"LOC", "ORG"}:
            label = best
        out.append(Ent(start, end, label))
    return out


def _extends_name(words: list[str], ent: Ent, inside: list[Ent]) -> bool:
    # the words the general model adds must be title-case words (no digits, punctuation or
    # all-caps headline words), and "The" only for the title of a work
    covered = {i for start, end, _ in inside for i in range(start, end)}
    extra = [words[i] for i in range(ent.start, ent.end) if i not in covered]
    if (not extra and len(inside) < 2) or any(words[i].isspace() for i in range(ent.start, ent.end - 1)):
        return False
    for word in extra:
        if not (word.isalpha() and word[:1].isupper() and not word.isupper()):
            return False
        if word.lower() == "the" and ent.label != "WORK_OF_ART":
            return False
    return True


def outer_names(words: list[str], general: list[Ent], spans: list[Ent]) -> list[Ent]:
    """Where the general model's place or title name (``OUTER_LABELS``) wholly contains news spans
    and adds only title-case words, take its boundaries and label: CoNLL splits "Russian Far
    East" and leaves "The" out of titles of works; OntoNotes, the graph's convention, does not."""
    # the general model's names do not overlap, so each meets only the original spans
    overlapping = Overlaps(spans)
    replaced: set[Ent] = set()
    outer = []
    for ent in general:
        if ent.label not in OUTER_LABELS:
            continue
        inside = overlapping(ent.start, ent.end)
        crossing = [x for x in inside if x.start < ent.start or ent.end < x.end]
        if inside and not crossing and _extends_name(words, ent, inside):
            replaced.update(inside)
            outer.append(ent)
    return sorted([x for x in spans if x not in replaced] + outer)


def _before_way(words: list[str], end: int) -> bool:
    # "... air route", "... pipeline": the name of a route or way follows (see name_things.extend_ways)
    after = [w.lower() for w in words[end : end + 2]]
    if after and after[0] in WAY_MODIFIERS:
        after = after[1:]
    return bool(after) and after[0] in WAY_HEADS


def split_hyphen_places(words: list[str], general: list[Ent], spans: list[Ent]) -> list[Ent]:
    """A hyphenated MISC name of two names, or a hyphenated place before a way ("air route"),
    whose first part the general model tags as a place becomes that place ("Alaska" of
    "Alaska-Siberia air route"), so the entities layer can join the route's name. A place joined
    to a common word stays whole ("Boston-based", "Amman-bound": one MISC name, as in CoNLL)."""
    places = {e.start: e for e in general if e.label in ("GPE", "LOC")}
    out = []
    for span in spans:
        start, end, label = span
        place = places.get(start)
        if place is not None and place.end >= end:
            place = None
        if place is None or words[place.end] not in ("-", "–"):
            out.append(span)
            continue
        second_name = place.end + 1 < end and words[place.end + 1][:1].isupper()
        splits = (label == "MISC" and second_name) or (label == "LOC" and _before_way(words, end))
        out.append(place if splits else span)
    return out


def _is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) and not any(c.isalpha() for c in word)


def _coded_name(words: list[str], ent: Ent) -> bool:
    # names written with digits ("3M", "G7", "737" of "Boeing 737"): the news NER rarely tags
    # them, and without a name the quantities layer would read "3M" as three million. Not
    # ordinals, decades or units ("182nd", "1990s", "000s": no capital), nor spans holding a
    # bare number ("M1 63.02"), nor a number followed by another or by a line break (a table row,
    # "Hyundai 57 5 49", not a model)
    if ent.label not in ("ORG", "PRODUCT"):
        return False
    span = words[ent.start : ent.end]
    if ent.label == "PRODUCT" and len(span) == 1 and span[0].isdigit() and ent.start > 0:
        after = words[ent.end] if ent.end < len(words) else ""
        return words[ent.start - 1][:1].isupper() and not _is_number(after) and not after.isspace()
    coded = [w for w in span if any(c.isdigit() for c in w) and any(c.isupper() for c in w)]
    return bool(coded) and not any(_is_number(w) for w in span)


def _makers(words: list[str], general: list[Ent], spans: list[Ent]) -> list[Ent]:
    """A MISC name the general model tags ORG, right before its model number, is the maker."""
    overlapping = Overlaps(general)
    out = []
    for span in spans:
        start, end, label = span
        if label == "MISC" and any(e.label == "ORG" for e in overlapping(start, end)):
            if any(e.start == end and _coded_name(words, e) for e in overlapping(end, end + 1)):
                span = Ent(start, end, "ORG")
        out.append(span)
    return out


def _name_word(word: str) -> bool:
    # "Haddad", "O'Neil", "Jean-Luc", an initial "J."; not "CLUB" (a headline) nor "naira"
    return word[:1].isupper() and (any(c.islower() for c in word) or (len(word) == 2 and word[1] == "."))


def plausible_person(words: list[str], ent: Ent, persons: set[str]) -> bool:
    """Whether a PERSON the general model found where the news NER found nothing looks like a name.

    Every word must be capitalised like a name, and no determiner may come before it ("the
    Ashes"). A single word that opens a sentence or line, where a capital says nothing
    ("Attendance :", "Death is"), counts only if the article names a person with it elsewhere
    (``persons``: the words of the merged PERSON names).
    """
    span = words[ent.start : ent.end]
    before = words[ent.start - 1] if ent.start > 0 else ""
    if not all(_name_word(w) for w in span) or before.lower() in DETERMINERS:
        return False
    mid_sentence = before == "," or any(c.isalnum() for c in before)
    return len(span) > 1 or mid_sentence or span[0] in persons


def listed_with_organisation(words: list[str], start: int, end: int, general: list[Ent], news_at: Overlaps) -> bool:
    """Whether a one-word place name of the news NER at ``start:end`` is an organisation listed with
    another: the general model puts it in no place's name, but in one organisation's name with an
    organisation the news NER found, the two joined by "and", "&", "/" or a comma ("The Des Moines
    Register and Mediacom", "NBC News/Mediacom": the news NER, trained on 1996 news, takes an unknown
    company's name for a place; not "SEATTLE AT CALIFORNIA", a fixture)."""
    if end - start != 1 or any(g.label in PLACE_LABELS for g in general):
        return False
    for g in general:
        if g.label != "ORG":
            continue
        for other in news_at(g.start, g.end):
            gap = words[other.end : start] if other.end <= start else words[end : other.start]
            if other.label == "ORG" and other.start != start and gap and all(w in LIST_JOINS for w in gap):
                return True
    return False


def merged_spans(words: list[str], general: list[Ent], news: list[Ent], keep_general: frozenset[str]) -> list[Ent]:
    """The merged entities over ``words``: news NER spans (CoNLL labels) typed finely, plus the
    general model's numeric spans and ``keep_general`` spans that overlap none of them."""
    general, news = sorted(general), sorted(news)
    spans = split_hyphen_places(words, general, consistent_labels(words, news))
    spans = _makers(words, general, outer_names(words, general, spans))
    general_at, news_at = Overlaps(general), Overlaps(spans)
    merged = []
    named = {w for s in spans if s.label == "PER" and s.end - s.start > 1 for w in words[s.start : s.end]}
    for start, end, label in spans:
        overlapping = {e.label for e in general_at(start, end)}
        if clock_zone(words, start, end):
            merged.append(Ent(start, end, "TIME"))  # "6 p.m. ET": the zone of a clock time
            continue
        if label == "PER" and end - start == 1 and words[start] not in named and people_word(words[start]):
            label = "MISC"  # "the first Black woman": a people, no one's name
        if label == "LOC" and listed_with_organisation(words, start, end, general_at(start, end), news_at):
            label = "ORG"  # "NBC News/Mediacom poll": a company the news NER took for a place
        merged.append(Ent(start, end, fine_type(label, words[start:end], overlapping)))
    taken = Overlaps(merged)
    persons = {w for s in merged if s.label == "PERSON" for w in words[s.start : s.end]}
    for ent in general:
        if ent.label in keep_general and ent.label == "PERSON":
            kept = plausible_person(words, ent, persons)
        else:
            kept = ent.label in NUMERIC_LABELS or ent.label in keep_general or _coded_name(words, ent)
        if kept and not taken(ent.start, ent.end):
            if ent.label == "PERSON" and ent.end - ent.start == 1 and words[ent.start] not in persons \
                    and people_word(words[ent.start]):
                ent = Ent(ent.start, ent.end, "NORP")  # "the first Black woman": no one's name
            merged.append(ent)
    return sorted(merged, key=lambda s: s.start)


def merge_entities(doc: Doc, news_spans: list[tuple[int, int, str]], keep_general: frozenset[str]) -> list[Span]:
    """The merged entities of ``doc`` as Spans: news NER spans (token ranges, CoNLL labels) typed
    finely, plus the general model's numeric spans and ``keep_general`` spans (see ``merged_spans``)."""
    words, _ = doc_words(doc)
    general = [Ent(e.start, e.end, e.label_) for e in doc.ents]  # spaCy builds doc.ents on every access
    news = [Ent(*span) for span in news_spans]
    return [Span(doc, s, e, label=label) for s, e, label in merged_spans(words, general, news, keep_general)]


def merge_pieces(doc: Doc, parts: list[Doc]) -> None:
    """Set the merged entities of ``doc``, the join of ``parts`` (pieces of one article, in order),
    from the spans the component kept on each piece: the merge and its one-label-per-name vote
    over the whole article, as if it had gone through the models at once. Leaves ``doc`` as it
    is when the pieces went through no news NER."""
    kept: list[PieceSpans] = [spans for part in parts if (spans := part.user_data.get(PIECE_SPANS)) is not None]
    if not kept or len(kept) < len(parts):
        return
    general: list[Ent] = []
    news: list[Ent] = []
    offset = 0
    for part, spans in zip(parts, kept):
        general.extend(Ent(start + offset, end + offset, label) for start, end, label in spans.general)
        news.extend(Ent(start + offset, end + offset, label) for start, end, label in spans.news)
        offset += len(part)
    words, _ = doc_words(doc)
    merged = merged_spans(words, general, news, kept[0].keep_general)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in merged]


class NewsNerComponent:
    """Runs the news NER over each Doc's tokens and merges its spans into ``doc.ents``."""

    def __init__(self, model_path: str, keep_general: Iterable[str]) -> None:
        self.news = load_news_ner(model_path)
        self.ner = cast(EntityRecognizer, self.news.get_pipe("ner"))  # the stub types every pipe as a Callable
        self.keep_general = frozenset(keep_general)
        self._fast_gemm = use_matmul(self.ner.model)
        lean_lexemes(self.news)

    def __call__(self, doc: Doc) -> Doc:
        return next(self._run([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Batched: the news NER runs over a batch of shadows at once."""
        batch: list[Doc] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Doc]) -> Iterator[Doc]:
        tokens = [doc_words(doc) for doc in batch]
        # The same tokens in the news model's vocabulary, where its static vectors live. That
        # vocabulary forgets its new words every FORGET_EVERY batches (see ``zones``); no shadow
        # outlives this block.
        zone = zone_of(self.news)
        with zone.lock, one_blas_thread():
            zone.turn(FORGET_EVERY)
            shadows = [Doc(self.news.vocab, words=words, spaces=spaces) for words, spaces in tokens]
            found = [[Ent(e.start, e.end, e.label_) for e in shadow.ents]
                     for shadow in self.ner.pipe(shadows, batch_size=len(batch) or 1)]
        for doc, (words, _), news in zip(batch, tokens, found):
            general = [Ent(e.start, e.end, e.label_) for e in doc.ents]  # doc.ents is rebuilt on each access
            if doc.user_data.get(PIECE):
                # a piece of a longer article: merged when the article is whole (``merge_pieces``)
                doc.user_data[PIECE_SPANS] = PieceSpans(general, news, self.keep_general)
                yield doc
                continue
            merged = merged_spans(words, general, news, self.keep_general)
            doc.ents = [Span(doc, start, end, label=label) for start, end, label in merged]
            yield doc


@Language.factory(
    "newsgraph_news_ner",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={"model_path": str(MODEL_PATH), "keep_general": ["PERSON"]},
)
def make_news_ner(nlp: Language, name: str, model_path: str, keep_general: list[str]) -> NewsNerComponent:
    return NewsNerComponent(model_path, keep_general)

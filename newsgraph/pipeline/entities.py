"""Layer newsgraph_entities: named entities from spaCy's NER, repaired and grouped per article.

Runs right after spaCy's ``ner``. It repairs the model's spans with general rules (see
``names``), writes them back to ``doc.ents`` (numeric types such as DATE and MONEY included, for
the later layers) and groups the mentions of the non-numeric types into ``layers(doc).entities``
(see ``clusters``): one entity per real-world thing, named by the fullest form in the article.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.model import Mention
from newsgraph.pipeline import name_repeats, name_things, names
from newsgraph.pipeline.brands import fix_brands
from newsgraph.pipeline.clusters import Named, cluster
from newsgraph.pipeline.codes import find_codes
from newsgraph.pipeline.common_nouns import common_nouns, drop_common_nouns
from newsgraph.pipeline.located_names import split_located
from newsgraph.pipeline.name_diseases import drop_diseases
from newsgraph.pipeline.name_national import fix_national
from newsgraph.pipeline.name_owners import split_owners
from newsgraph.pipeline.name_positions import fix_positions
from newsgraph.pipeline.name_shapes import common_words, fix_shapes
from newsgraph.pipeline.name_surnames import add_bare_surnames, fix_place_surnames
from newsgraph.pipeline.name_teams import fix_teams
from newsgraph.pipeline.org_people import fix_org_people
from newsgraph.pipeline.outlets import fix_outlets
from newsgraph.pipeline.platforms import fix_platforms
from newsgraph.pipeline.state import layers
from newsgraph.pipeline.title_places import add_title_holders, fix_title_places
from newsgraph.pipeline.work_titles import fix_titles


def repaired_spans(
    doc: Doc, dictionary: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()
) -> list[names.Cand]:
    """The model's entity spans of ``doc`` after every repair rule, in text order, not overlapping
    (``dictionary``: common verbs, adjectives and adverbs, see ``name_shapes.common_words``;
    ``nouns``: common nouns, see ``common_nouns``)."""
    cands = names.from_doc(doc)
    codes = [(c.start, c.end) for c in find_codes(doc)]
    cands = names.drop_spans(cands, codes, doc)
    cands = names.split_lists(doc, cands)
    cands = names.fix_regions(doc, cands)
    cands = names.trim(doc, cands)
    cands = names.drop_titles(doc, cands)
    cands = names.split_holder_titles(doc, cands)
    cands = names.split_titled_names(doc, cands)
    cands = split_owners(doc, cands)
    cands = fix_positions(doc, cands)
    cands = names.fix_persons(doc, cands)
    cands = fix_outlets(doc, cands)
    cands = split_located(doc, cands)
    cands = fix_shapes(doc, cands, dictionary)
    cands = fix_titles(doc, cands)
    cands = drop_common_nouns(doc, cands, nouns)
    cands = fix_title_places(doc, cands)
    cands = add_title_holders(doc, cands)
    cands = fix_platforms(doc, cands)
    cands = fix_org_people(doc, cands)
    cands = fix_brands(doc, cands)
    cands = name_repeats.add_repeats(doc, cands)
    cands = name_repeats.add_first_names(doc, cands)
    cands = fix_teams(doc, cands)
    cands = fix_national(doc, cands)
    cands = fix_place_surnames(doc, cands)
    cands = add_bare_surnames(doc, cands)
    cands = name_things.add_designators(doc, cands)
    cands = name_things.extend_ways(doc, cands)
    cands = drop_diseases(doc, cands)
    return names.without_overlaps(cands)


def add_entities(doc: Doc) -> None:
    """Group the named mentions in ``doc.ents`` into entities of ``layers(doc)``.

    Each mention's span in ``doc.ents`` takes its entity's type, so that later layers see
    "Adams" as a PERSON where the article named "Eric Adams" even if the model said ORG.
    """
    named = [
        Named(e.start_char, e.end_char, e.text, e.label_, _title_before(doc, e.start))
        for e in doc.ents if e.label_ in names.ENTITY_LABELS
    ]
    state = layers(doc)
    relabel: dict[int, str] = {}
    for group in cluster(named):
        mentions = [Mention(m.start, m.end, m.text, "name") for m in group.mentions]
        entity = state.add_entity(group.name(), group.label(), mentions)
        relabel.update((m.start, entity.type) for m in group.mentions if m.label != entity.type)
    if relabel:
        doc.ents = [
            Span(doc, e.start, e.end, label=relabel.get(e.start_char, e.label_)) for e in doc.ents
        ]


def _title_before(doc: Doc, i: int) -> str:
    """The title word right before token ``i``, lower case and without its dot ("president",
    "sen"), or "" where there is none."""
    if i == 0:
        return ""
    word = doc[i - 1].lower_.rstrip(".")
    return word if word in names.TITLES or f"{word}." in names.TITLES else ""


class EntitiesComponent:
    """Repairs ``doc.ents`` and fills ``layers(doc).entities``."""

    def __init__(self, dictionary: frozenset[str] = frozenset(), nouns: frozenset[str] = frozenset()) -> None:
        self.dictionary = dictionary
        self.nouns = nouns

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [Span(doc, c.start, c.end, label=c.label) for c in repaired_spans(doc, self.dictionary, self.nouns)]
        add_entities(doc)
        return doc


@Language.factory("newsgraph_entities", requires=["doc.ents"], assigns=["doc.ents", "doc._.newsgraph"])
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(common_words(nlp), common_nouns(nlp))

"""Layer newsgraph_identifiers: codes that name one thing, linked to the entity they name.

Finds aircraft registrations, flight numbers, IMO, MMSI and ISBN numbers (see ``codes``) and
adds them to ``layers(doc).identifiers``. A registration or a ship number refers to the vehicle
entity the sentence names just before it ("an Il-96 with the tail number RA-..." -> the Il-96).
"""

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.model import Entity, Identifier
from newsgraph.pipeline.codes import find_codes, sentence_at
from newsgraph.pipeline.state import layers

# What kind of entity each kind of code may name.
REFERENT_TYPES = {
    "aircraft_registration": ("PRODUCT",),
    "imo_number": ("PRODUCT", "ORG", "FAC", "WORK_OF_ART", "PERSON"),
    "mmsi": ("PRODUCT", "ORG", "FAC", "WORK_OF_ART", "PERSON"),
}


def referent(doc: Doc, code: Identifier, entities: list[Entity]) -> str | None:
    """The id of the entity ``code`` names: the nearest fitting entity mention in its sentence.

    A mention before the code is preferred ("an Il-96 with the tail number ..."); one right
    after it counts too ("RA-96023, an Il-96, ..."). None where the sentence names no such thing.
    """
    types = REFERENT_TYPES.get(code.kind)
    if not types:
        return None
    sent = sentence_at(doc, code.start, code.end)
    lo, hi = (sent.start_char, sent.end_char) if sent is not None else (code.start - 200, code.end + 200)
    earlier = _previous_sentence_start(sent) if sent is not None else lo
    best: tuple[int, str] | None = None
    for entity in entities:
        if entity.type not in types:
            continue
        for mention in entity.mentions:
            if mention.end <= code.start and mention.start >= earlier:
                # the sentence before counts ("An Il-96 landed. Its tail number is ..."), after this one
                distance = code.start - mention.end + (0 if mention.start >= lo else 10_000)
            elif mention.start >= code.end and mention.end <= hi:
                distance = 2 * (mention.start - code.end)  # a name after the code is the weaker reading
            else:
                continue
            if best is None or distance < best[0]:
                best = (distance, entity.id)
    return best[1] if best else None


def _previous_sentence_start(sent: Span) -> int:
    """The character where the sentence before ``sent`` starts (``sent``'s own start if first)."""
    if sent.start == 0:
        return sent.start_char
    return sent.doc[sent.start - 1].sent.start_char


class IdentifiersComponent:
    """Adds the codes in ``doc`` to ``layers(doc).identifiers``."""

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        for code in find_codes(doc):
            code.refers_to = referent(doc, code, state.entities)
            state.identifiers.append(code)
        return doc


@Language.factory("newsgraph_identifiers", assigns=["doc._.newsgraph"])
def make_identifiers(nlp: Language, name: str) -> IdentifiersComponent:
    return IdentifiersComponent()

"""Which organisation "the agency", "the company" or "the school" is when it speaks.

News names a body once ("Houston Public Works reported the spill", "the National Hurricane
Center said") and then speaks of it by its kind ("the center said"). The speaker is the
organisation named in the description's paragraph or the two before it whose name says it is
of that kind: the noun itself ("Center"), or a word of the same kind ("University" for "the
school", "Inc." for "the company"); the latest such one. Where no name says so, the speaker
stays unnamed even if only one organisation was named nearby: on modern news the one named
nearby was the wrong one as often as the right one (the recognizer misses the right one:
"asked Air Canada ... the airline said"), and a wrong speaker is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.model import Entity
from newsgraph.pipeline.attribution_spans import paragraphs_back
from newsgraph.pipeline.state import doc_text

# Closed class: nouns by which news speaks of an organisation it has named.
BODY_NOUNS = frozenset(
    """
    agency company firm corporation department ministry bureau school university college
    district hospital airline bank union league club team network newspaper magazine
    organization organisation nonprofit charity council committee commission board museum church
    campaign retailer chain restaurant startup automaker manufacturer carrier insurer utility
    institute foundation center centre association society coalition
    """.split()
)
# Words in a name that say it is of a description's kind, besides the noun itself.
KIND_WORDS = {
    "company": frozenset("inc inc. corp corp. co co. llc ltd ltd. plc corporation company".split()),
    "firm": frozenset("inc inc. corp corp. co co. llc ltd ltd. plc corporation company partners".split()),
    "school": frozenset("school university college academy".split()),
    "university": frozenset(["university"]),
    "agency": frozenset("agency administration".split()),
    "union": frozenset("union workers teamsters federation".split()),
    "hospital": frozenset("hospital clinic".split()),
}
PARAGRAPHS_BACK = 2


def described_body(doc: Doc, head: Token, entities: list[Entity]) -> Entity | None:
    """The organisation the source ``head`` ("the agency") stands for, or None (see the module)."""
    if head.lower_ not in BODY_NOUNS or head.tag_ != "NN" or list(head.rights):
        return None
    words = list(head.children)
    if len(words) != 1 or words[0].dep_ != "det" or words[0].lower_ != "the":
        return None
    low = paragraphs_back(doc_text(doc), head.idx, PARAGRAPHS_BACK)
    kind = KIND_WORDS.get(head.lower_, frozenset()) | {head.lower_}
    latest: tuple[int, Entity] | None = None
    for entity in entities:
        if entity.type != "ORG" or not _of_kind(entity, kind):
            continue
        for mention in entity.name_mentions():
            if low <= mention.start < head.idx and (latest is None or mention.start > latest[0]):
                latest = (mention.start, entity)
    return latest[1] if latest is not None else None


def _of_kind(entity: Entity, kind: frozenset[str]) -> bool:
    """Whether one of ``entity``'s names holds a word of ``kind`` ("National Hurricane Center":
    "center"; "Transportation Security Administration", named once, for "TSA": "agency")."""
    return any(word in kind for mention in entity.name_mentions() for word in mention.text.lower().split())

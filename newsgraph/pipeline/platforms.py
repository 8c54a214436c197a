"""Streaming services, apps and platforms that the model took for people or places.

The small model often tags "Hulu", "Peacock" or "Max" as a PERSON or a GPE. Here the context
decides: a name after "streaming on", "available on" or "watch on", before "subscribers",
"app" or "users", after "the streamer" or "the streaming service", a name ending in "+"
("Disney+"), or a name in a list with such a platform ("Netflix, Hulu and Max") is an
organisation, and so is every other mention of it in the article. A short closed list of the
largest platforms is the tie-breaker where the context says nothing ("Twitter" alone). A name
that is part of a person's full name in the article is left alone ("Max Verstappen", "Max").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.pipeline.names import POSSESSIVES, Cand, cand_text

# Labels the model puts on a platform's name by mistake.
# Not NORP: a nationality before "users" or "app" ("Chinese app") is no platform.
MISTYPED = frozenset(["PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART"])
# Closed class: words before "on X" that put a programme, a post or a product on a platform.
SERVICE_CUES = frozenset(
    """
    stream streams streaming streamed livestream livestreamed livestreaming available watch watching
    watched airs aired airing premiere premieres premiered premiering debut debuts debuted
    exclusively exclusive binge rent download downloaded subscribe subscribed subscribing posted posts
    wrote tweeted
    """.split()
)
# Closed class: nouns after a platform's name ("Peacock subscribers", "the Netflix app").
SERVICE_NOUNS = frozenset(
    """
    subscriber subscribers subscription subscriptions app apps platform platforms streamer users original
    originals
    """.split()
)
# Modifiers between a platform's name and such a noun ("Hulu's streaming service").
SERVICE_MODIFIERS = frozenset("streaming video music mobile subscription".split())
# Closed class: the largest platforms, never people; the tie-breaker where the context is silent.
# Names that are also common words or first names ("Max", "Peacock") are left to the context.
PLATFORMS = frozenset(
    """
    netflix hulu youtube tiktok spotify instagram facebook twitter snapchat twitch roku tubi fubotv
    crunchyroll disney+ paramount+ espn+ whatsapp linkedin reddit pinterest
    """.split()
)
LIST_WORDS = frozenset([",", "and", "or", "&"])


def fix_platforms(doc: Doc, cands: list[Cand]) -> list[Cand]:
    """Relabel as ORG every mistyped mention of a name the article shows to be a platform.

    ``cands`` in text order; the same candidates come back, some with the label ORG.
    """
    people = _person_words(doc, cands)
    cands = [part for c in cands for part in _split_list(doc, c, people)]
    named = [(c, cand_text(doc, c).lower()) for c in cands if c.label in MISTYPED or c.label in ("ORG", "NORP")]
    wrong = [_mistyped(c.label, text) for c, text in named]
    if not any(wrong):
        return cands
    # the context matters only for mistyped names and the organisations listed next to one
    near = [w or (i > 0 and wrong[i - 1]) or (i + 1 < len(wrong) and wrong[i + 1]) for i, w in enumerate(wrong)]
    named = [(c, text) for (c, text), w in zip(named, near, strict=True) if w]
    found = {text for c, text in named if _is_platform(doc, c, text, people)}
    found |= _listed_with(doc, named, found, people)
    if not found:
        return cands
    return [
        Cand(c.start, c.end, "ORG")
        if c.label in MISTYPED | {"NORP"} and _mistyped(c.label, text := cand_text(doc, c).lower()) and text in found
        else c
        for c in cands
    ]


def _mistyped(label: str, text: str) -> bool:
    """A label a platform's name may wrongly carry; NORP only for a name that says it itself."""
    if label == "NORP":
        return text in PLATFORMS or text.endswith("+")
    return label in MISTYPED


def _split_list(doc: Doc, cand: Cand, people: set[str]) -> list[Cand]:
    """A name the model ran over a list of one-word platforms ("streaming on Hulu and Peacock")
    as one name per platform; any other candidate as it is."""
    size = cand.end - cand.start
    if size < 3 or size % 2 == 0 or cand.label not in MISTYPED | {"ORG"}:
        return [cand]
    tokens = list(doc[cand.start : cand.end])
    names, gaps = tokens[0::2], tokens[1::2]
    if not all(t.lower_ in LIST_WORDS for t in gaps) or not all(t.text[:1].isupper() for t in names):
        return [cand]
    if not _is_platform(doc, cand, cand_text(doc, cand).lower(), people):
        return [cand]
    return [Cand(t.i, t.i + 1, cand.label) for t in names]


def _person_words(doc: Doc, cands: list[Cand]) -> set[str]:
    """The words of the article's multiword personal names, lower case."""
    return {
        t.lower_ for c in cands if c.label == "PERSON" and c.end - c.start > 1 for t in doc[c.start : c.end]
    }


def _is_platform(doc: Doc, cand: Cand, text: str, people: set[str]) -> bool:
    """Whether ``cand`` (its ``text`` in lower case) names a platform, by its context."""
    if cand.end - cand.start == 1 and text in people:
        return False
    if text in PLATFORMS or text.endswith("+"):
        return True
    # "wrote on Smith's behalf": a possessive after the name belongs to something else of its owner
    owned = cand.end < len(doc) and doc[cand.end].text in POSSESSIVES
    cued = _cue_before(doc, cand.start) and not owned
    return cued or _noun_after(doc, cand.end) or _head_before(doc, cand.start)


def _cue_before(doc: Doc, start: int) -> bool:
    """"streaming on X", "available now on X", "subscribe to X"."""
    if start < 2 or doc[start - 1].lower_ not in ("on", "via", "to"):
        return False
    words = [t.lower_ for t in doc[max(0, start - 4) : start - 1]]
    if doc[start - 1].lower_ == "to":
        return any(w.startswith("subscri") for w in words)
    return any(w in SERVICE_CUES for w in words)


def _noun_after(doc: Doc, end: int) -> bool:
    """"X subscribers", "X's app", "X's streaming service"."""
    i = end + 1 if end < len(doc) and doc[end].text in POSSESSIVES else end
    if i < len(doc) and doc[i].lower_ in SERVICE_NOUNS:
        return True
    return i + 1 < len(doc) and doc[i].lower_ in SERVICE_MODIFIERS and _service_noun(doc[i + 1])


def _service_noun(token: Token) -> bool:
    return token.lower_ in SERVICE_NOUNS or token.lower_ in ("service", "services")


def _head_before(doc: Doc, start: int) -> bool:
    """"the streamer X", "the app X", "streaming service X"."""
    if start < 1:
        return False
    before = doc[start - 1]
    if before.lower_ in ("streamer", "app") and before.text.islower():
        return True
    return start >= 2 and before.text.islower() and _service_noun(before) and doc[start - 2].lower_ in SERVICE_MODIFIERS


def _listed_with(doc: Doc, names: list[tuple[Cand, str]], found: set[str], people: set[str]) -> set[str]:
    """Mistyped one-word names in a list ("X, Y and Z") with a platform, grown until no more join;
    ``names`` are candidates with their text in lower case, in text order."""
    joined: set[str] = set()
    changed = True
    while changed:
        changed = False
        for (left, left_text), (right, right_text) in zip(names, names[1:]):
            if not _listed(doc, left, right):
                continue
            for cand, text, other in ((left, left_text, right_text), (right, right_text, left_text)):
                known = found | joined
                if other in known and text not in known and _may_join(cand, text, people):
                    joined.add(text)
                    changed = True
    return joined


def _listed(doc: Doc, left: Cand, right: Cand) -> bool:
    gap = doc[left.end : right.start]
    return 0 < len(gap) <= 2 and all(t.lower_ in LIST_WORDS for t in gap)


def _may_join(cand: Cand, text: str, people: set[str]) -> bool:
    return cand.label in MISTYPED and cand.end - cand.start == 1 and text not in people

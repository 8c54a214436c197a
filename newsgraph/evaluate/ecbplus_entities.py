"""Cross-document clustering of ECB+ entity mentions, within predicted sub-topics.

Entities join by name (person names by surname, as ``newsgraph.resolve.names`` reduces them; an
acronym with the long name it abbreviates), common nouns by head lemma, and a description with the
name the sub-topic's own text gives it ("actress Jane Roe", "Roe, the actress": "the actress" is
Roe). A pronoun joins the nearest fitting mention before it in its document.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from newsgraph.evaluate.ecbplus_cluster import Key, MentionView, UnionFind, by_subtopic

PERSONAL = frozenset("he him his himself she her hers herself".split())
PLURAL = frozenset("they them their theirs themselves".split())
NEUTER = frozenset("it its itself".split())
RELATIVE = frozenset("who whom whose which that".split())


def singular(word: str) -> str:
    """A name word without a plural 's' ("Colts" -> "colt"), so a team's name meets its member's."""
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def entity_key(mention: MentionView) -> str:
    """What entity mentions of a sub-topic must share to join: a surname, or a head lemma."""
    if mention.name:
        return "name:" + singular(mention.name[-1])
    return "lemma:" + mention.lemma


def is_pronoun(mention: MentionView) -> bool:
    return mention.head.pos_ == "PRON" or mention.head.lower_ in PERSONAL | PLURAL | NEUTER | RELATIVE


def _holding(token: Token, mentions: list[MentionView], doc: str) -> MentionView | None:
    """The last of ``mentions`` in document ``doc`` whose span holds ``token``."""
    for mention in reversed(mentions):
        if mention.doc == doc and mention.tokens[0] <= token.i <= mention.tokens[-1] and mention.head.doc is token.doc:
            return mention
    return None


def syntactic_antecedent(pronoun: MentionView, before: list[MentionView]) -> MentionView | None:
    """What the parse says a pronoun stands for: the noun a relative clause ("the man who ...")
    hangs on, or the subject of a reflexive's verb ("she checked herself in")."""
    word, verb = pronoun.head.lower_, pronoun.head.head
    if word in RELATIVE and verb.dep_ == "relcl":
        return _holding(verb.head, before, pronoun.doc)
    if word.endswith(("self", "selves")):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return _holding(subject, before, pronoun.doc) if subject is not None else None
    return None


def antecedent(pronoun: MentionView, before: list[MentionView]) -> MentionView | None:
    """What a pronoun stands for: its syntactic antecedent, else the nearest earlier non-pronoun
    mention of the same document that fits it."""
    word = pronoun.head.lower_
    found = syntactic_antecedent(pronoun, before)
    if found is not None or word in RELATIVE:
        return found
    for candidate in reversed(before):
        if is_pronoun(candidate) or candidate.doc != pronoun.doc:
            continue
        head = candidate.head
        person = head.ent_type_ in ("PERSON", "NORP") or (head.pos_ == "PROPN" and head.ent_type_ == "") or (
            head.pos_ == "NOUN" and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass"))
        if word in PERSONAL and not person:
            continue
        if word in NEUTER and head.ent_type_ == "PERSON":
            continue
        if word in PLURAL and head.tag_ not in ("NNS", "NNPS") and head.ent_type_ not in ("ORG", "NORP"):
            continue
        return candidate
    return None


def cluster_entities(mentions: list[MentionView], seeds: list[set[Key]] | None = None) -> list[set[Key]]:
    """Entity clusters: names by surname across the topic (a person or company is the same in each
    of its events); common nouns by head lemma within a sub-topic, a description with the name its
    sub-topic gives it; pronouns with their antecedent. ``seeds`` are groups of mentions known to
    corefer (the pipeline's own entities), joined first."""
    sets = UnionFind(m.key for m in mentions)
    for seed in seeds or []:
        members = [k for k in seed if k in sets.parent]
        for member in members[1:]:
            sets.union(member, members[0])
    topic_names: dict[tuple[str, str], Key] = {}
    for group in by_subtopic(mentions).values():
        first = _join_by_key(sets, group)
        _join_descriptions(sets, first, described_names(_documents(group)))
        for joins_on, mention_key in first.items():
            if joins_on.startswith("name:"):
                sets.union(mention_key, topic_names.setdefault((group[0].topic, joins_on), mention_key))
    return sets.clusters()


def _join_by_key(sets: UnionFind, group: list[MentionView]) -> dict[str, Key]:
    """Join a sub-topic's mentions that share an ``entity_key``, acronyms with their long names and
    pronouns with their antecedents; return the first mention of each key."""
    first: dict[str, Key] = {}
    initials: dict[str, Key] = {}
    ordered = sorted(group, key=lambda m: (m.doc, m.tokens))
    for i, mention in enumerate(ordered):
        if is_pronoun(mention):
            found = antecedent(mention, ordered[:i])
            if found is not None:
                sets.union(mention.key, found.key)
            continue
        joins_on = entity_key(mention)
        if len(mention.name) > 1:
            initials.setdefault("name:" + "".join(w[0] for w in mention.name), mention.key)
        if joins_on in first:
            sets.union(mention.key, first[joins_on])
        else:
            first[joins_on] = mention.key
    for joins_on, mention_key in first.items():  # an acronym with the long name it abbreviates
        if joins_on in initials:
            sets.union(mention_key, initials[joins_on])
    return first


def _documents(group: list[MentionView]) -> list[Doc]:
    """The parsed documents the mentions of a sub-topic come from, each once."""
    return list({id(m.head.doc): m.head.doc for m in group}.values())


def described_names(docs: list[Doc]) -> dict[str, str]:
    """For each common noun the documents put next to a name, the name it is put with most often.

    "actress Jane Roe" (a compound on the name), "Jane Roe, the actress" (an apposition), "Roe is an
    actress" (an attribute of the name) each give "actress" -> "roe". Returns lemma -> surname key.
    """
    seen: dict[str, Counter[str]] = {}
    for doc in docs:
        for token in doc:
            name = _name_described(token)
            if name is not None:
                seen.setdefault(token.lemma_.lower(), Counter())[singular(name.lower_)] += 1
    return {lemma: names.most_common(1)[0][0] for lemma, names in seen.items()}


def _name_described(token: Token) -> Token | None:
    """The last word of the name a common noun describes, or None."""
    if token.pos_ != "NOUN":
        return None
    if token.dep_ in ("compound", "appos") and token.head.pos_ == "PROPN":
        return token.head
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return None


def _join_descriptions(sets: UnionFind, first: dict[str, Key], names: dict[str, str]) -> None:
    """Join the cluster of each common-noun head lemma to that of the name it describes, or of
    the name it spells ("the saints" with "the Saints")."""
    for key, mention in first.items():
        if key.startswith("lemma:"):
            lemma = key.removeprefix("lemma:")
            name = names.get(lemma) or (singular(lemma) if "name:" + singular(lemma) in first else None)
            if name and "name:" + name in first:
                sets.union(mention, first["name:" + name])

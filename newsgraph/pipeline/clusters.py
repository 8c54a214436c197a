"""Group an article's named mentions into entities: one cluster per real-world thing.

Within one article a surname stands for the full name given before it ("Putin" for "Vladimir
Putin"), an acronym for the name whose initials it spells ("EU", "European Union"), and a few
countries go by well-known other names ("U.S.", "United States", "America"). Two people who
share a surname are never merged: a bare surname goes to the one of them the article has named
most so far, the nearest on a tie ("Trump" after "Donald Trump ... Trump ... Melania Trump" is
still Donald Trump: a relative is named in full, the story's principal by surname), unless a
title before it was given to one of them ("President Biden" after "President Joe Biden").
An organisation's name also goes by its first or last word ("Mavericks", "Treasury" for
"Treasury Department"), a clipped first word ("Fed" for "Federal Reserve") and its name
without a leading country ("CBP" and "Customs and Border Protection" for "U.S. Customs and
Border Protection"); a committee's first word names its parent body ("Senate"). A storm's bare
name joins the storm ("Helene" of "Hurricane Helene"), before or after it, whatever its type.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field

from newsgraph.aliases import ALIASES, UNION_ALIASES

FAMILIES = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org", "NORP": "norp"}
# Closed class: words that begin or end many organisation names, so never stand for one alone.
ORG_GENERIC = frozenset(
    """
    university college school party bank department ministry council committee commission company
    corporation corp inc ltd llc plc co group association union court house office agency service
    services authority board institute institution foundation fund federation league club team news
    times post journal press reserve international national american british european federal state
    city county royal united new north south east west central first general global world
    """.split()
)
# Closed class: head words of newspapers' names (not "news" or "daily", which head many other
# names: "Fox News" is tagged whole already, "Ohio Daily ..." is no paper of its own).
OUTLET_HEADS = frozenset(
    """
    today times post journal herald tribune gazette globe chronicle courier telegraph guardian
    observer inquirer examiner sentinel
    """.split()
)
ACRONYM_SKIP = frozenset("of the and for in on at to".split())
# Closed class: heads of a body inside or around another body or a person, or of its bills; the
# first word of "Senate Judiciary Committee", "Trump Administration" or "Senate Bill" names the
# parent ("the Senate", the man), not a short form of the whole.
SUB_BODY_HEADS = frozenset(
    """
    committee committees subcommittee caucus panel delegation administration campaign cabinet bill bills
    resolution resolutions
    """.split()
)
# Closed class: legislatures, whose name opens the names of their committees, members and bills
# ("Senate Appropriations", "House Republicans", "Congress Democrats"): such a first word names
# the legislature, never the longer name, even where the model cut the name's head off.
LEGISLATURES = frozenset("senate house congress parliament assembly legislature".split())
# Words before a name's last word that make it another body: "Library of Congress" is no Congress.
OWNER_WORDS = frozenset(["of", "for"])
# Types whose single-word mentions may be a person's surname the model tagged wrongly.
SURNAME_LABELS = frozenset(["PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"])
_POSSESSIVE = re.compile(r"(?:'s|')$")
STORM_WORDS = frozenset("hurricane typhoon cyclone tropical".split())


@dataclass
class Named:
    """One named mention: character offsets, its text and the model's label."""

    start: int
    end: int
    text: str
    label: str
    title: str = ""  # the title word right before it, lower case ("president" of "President Biden")


@dataclass
class Cluster:
    """Mentions of one entity, in text order."""

    mentions: list[Named] = field(default_factory=list)

    def name(self) -> str:
        """The fullest form the article gives: the longest mention, not counting a leading "the";
        if tied, one not in capitals throughout unless an acronym ("San Francisco" over a dateline's
        "SAN FRANCISCO"), the form written most often ("Crimson Tide" over one "The Crimson Tide"
        opening a sentence), then the first."""
        written = Counter(m.text for m in self.mentions)
        return max(
            self.mentions,
            key=lambda m: (_size(m), is_acronym(m.text) or not m.text.isupper(), written[m.text], -m.start),
        ).text

    def label(self) -> str:
        """The label of the fullest mention where it has several words, else the majority label.

        A full name is the most reliable evidence: the model often tags a bare surname as an
        organisation ("Adams" after "Eric Adams") or an acronym as something else ("BSE").
        A tie goes to the fullest mention too. A nationality or group (NORP) is mostly one word,
        so a long name tagged NORP gets no such precedence ("National Football League").
        """
        counts = Counter(m.label for m in self.mentions)
        best = max(counts.values())
        size = max(_size(m) for m in self.mentions)
        # of several fullest mentions (the same name tagged twice), the label most mentions share
        fullest = max(
            (m for m in self.mentions if _size(m) == size),
            key=lambda m: (counts[m.label], -m.start),
        )
        if counts[fullest.label] == best or (size[0] > 1 and fullest.label != "NORP"):
            return fullest.label
        return next(m.label for m in self.mentions if counts[m.label] == best)


def _size(mention: Named) -> tuple[int, int]:
    """How full a mention is: its words and letters, without a leading "the" (the model keeps
    "The Crimson Tide" at a sentence's start, as a work's title: no fuller than "Crimson Tide")."""
    words = mention.text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return len(words), len(" ".join(words))


_AMBIGUOUS = Cluster()  # marks a name part that two organisations share


def key(text: str) -> str:
    """Normalised form for matching: no dots, possessive, case or leading "the"; single spaces
    ("The Washington Post" is the "Washington Post")."""
    text = _POSSESSIVE.sub("", text.strip().replace("’", "'"))
    words = text.replace(".", "").lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


def acronym(text: str) -> str | None:
    """The initials of a multiword capitalised name ("European Union" -> "eu"), else None.

    A name holding an acronym of its own has none: its initials abbreviate nothing ("USA
    TODAY" is no "UT", "UN Security Council" no "USC")."""
    words = [w for w in re.split(r"[\s-]+", text) if w and w.lower() not in ACRONYM_SKIP]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    if any(_holds_acronym(w, words) for w in words):
        return None
    return "".join(w[0] for w in words).lower()


def _holds_acronym(word: str, words: list[str]) -> bool:
    """Whether ``word`` of the name ``words`` is an acronym itself: two or more capitals in a name
    not all in capitals, or a country's or union's short form in one that is ("USA TODAY")."""
    bare = word.replace(".", "")
    if len(bare) < 2 or not bare.isupper():
        return False
    shouting = all(w.replace(".", "").isupper() for w in words)
    return not shouting or bare.lower() in ALIASES


def without_country(text: str) -> str | None:
    """An organisation's name without a leading country code ("U.S. Customs and Border
    Protection" -> "Customs and Border Protection"), else None."""
    first, _, rest = text.partition(" ")
    if not rest or not first.replace(".", "").isupper() or key(first) not in ALIASES:
        return None
    return rest


def _initials(text: str) -> list[str]:
    """The initials of a name, of the name without a leading country code, and of the name
    without a last "and ..." word, which agencies add and leave out of their acronyms
    ("Centers for Disease Control and Prevention", the CDC)."""
    forms = [text]
    bare = without_country(text)
    if bare is not None:
        forms.append(bare)
    for form in list(forms):
        head, sep, tail = form.rpartition(" and ")
        if sep and head and len(tail.split()) == 1:
            forms.append(head)
    found = [initials for form in forms if (initials := acronym(form))]
    return list(dict.fromkeys(found))


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


def cluster(mentions: list[Named]) -> list[Cluster]:
    """Group ``mentions`` (in text order) into clusters, in order of first mention."""
    full_names: dict[str, list[Named]] = {}
    for m in mentions:
        if m.label == "PERSON" and len(m.text.split()) > 1:
            full_names.setdefault(key(m.text).split()[-1], []).append(m)
    clusters: list[Cluster] = []
    by_key: dict[str, Cluster] = {}
    by_person: dict[tuple[str, str], Cluster] = {}
    for mention in mentions:
        target = _find(mention, full_names, by_key, by_person) or _org_part(mention, by_key, full_names)
        if target is None:
            target = Cluster()
            clusters.append(target)
        target.mentions.append(mention)
        _register(mention, target, by_key, by_person)
    return join_storms(join_same_names(join_short_forms(clusters)))


def _find(
    mention: Named,
    full_names: dict[str, list[Named]],
    by_key: dict[str, Cluster],
    by_person: dict[tuple[str, str], Cluster],
) -> Cluster | None:
    k = key(mention.text)
    words = k.split()
    # "The Hill" keys as "hill", but a name with its article is no surname
    if len(words) == 1 and mention.label in SURNAME_LABELS and " " not in mention.text.strip():
        found = _surname_owner(mention, words[0], full_names, by_person)
        if found is not None:
            return found
    if mention.label == "PERSON" and len(words) > 1:
        found = by_person.get(_person_key(mention.text))
        if found is not None:
            return found
        single = by_key.get("person:" + words[-1])
        if single is not None and all(len(m.text.split()) == 1 for m in single.mentions):
            return single
    for candidate in _keys(mention):
        if candidate in by_key and not candidate.startswith("initials:"):
            return by_key[candidate]
        swapped = _swap_acronym(candidate)
        if swapped in by_key and not _names_another(mention, by_key[swapped]):
            return by_key[swapped]
    return None


def _names_another(mention: Named, group: Cluster) -> bool:
    """Whether ``group``, met through an acronym, holds another full name with the same initials
    and as many words as ``mention``: one that differs from it in a word before the last ("Boone
    Grove" is not "Beech Grove", both "BG"), or in the last word where the two are of different
    kinds ("Republican National Committee", an organisation, is not the "Republican National
    Convention", an event, both "RNC"). Spellings of one word are one ("Player"/"Players",
    "Protective"/"Protection"), a last word alone may vary ("Drug Enforcement Agency" and
    "... Administration", both "DEA"), and names holding capitals ("GM Sierra") are left alone."""
    if not _spelled_out(mention.text):
        return False
    words = _full_words(mention.text)
    for m in group.mentions:
        other = _full_words(m.text)
        if len(other) != len(words) or other == words or len(words) < 2 or not _spelled_out(m.text):
            continue
        differ = [i for i, (a, b) in enumerate(zip(words, other, strict=True)) if not _one_word(a, b)]
        if differ and (differ != [len(words) - 1] or _kind(m) != _kind(mention)):
            return True
    return False


def _spelled_out(text: str) -> bool:
    return not any(len(w) > 1 and w.replace(".", "").isupper() for w in text.split())


def _one_word(a: str, b: str) -> bool:
    """The same word, or two spellings of one: four letters or more in common at its start."""
    common = len(os.path.commonprefix([a, b]))
    return a == b or common >= 4


def _kind(mention: Named) -> str:
    return FAMILIES.get(mention.label, mention.label)


def _full_words(text: str) -> list[str]:
    return key(without_country(text) or text).split()


def _swap_acronym(candidate: str) -> str:
    if candidate.startswith("initials:"):
        return "acronym:" + candidate.removeprefix("initials:")
    if candidate.startswith("acronym:"):
        return "initials:" + candidate.removeprefix("acronym:")
    return ""


def _surname_owner(
    mention: Named, surname: str, full_names: dict[str, list[Named]], by_person: dict[tuple[str, str], Cluster]
) -> Cluster | None:
    """The person a bare ``surname`` at ``mention`` stands for, or None.

    Of the people named in full before it with that surname, the one with the most mentions so
    far, the nearest on a tie; with none before it, the first named in full after it (whose
    cluster does not exist yet: None). ``full_names`` maps a surname to its full names in text order.
    """
    same = full_names.get(surname, [])
    before = [f for f in same if f.end <= mention.start]
    if not before:
        after = next((f for f in same if f.start >= mention.end), None)
        return by_person.get(_person_key(after.text)) if after is not None else None
    people: list[Cluster] = []  # nearest first, each person once
    for full in reversed(before):
        found = by_person.get(_person_key(full.text))
        if found is not None and all(found is not p for p in people):
            people.append(found)
    titled = [p for p in people if mention.title and any(m.title == mention.title for m in p.mentions)]
    if len(titled) == 1:
        return titled[0]  # "President Biden" is the one the article called President ("President Joe Biden")
    return max(people, key=lambda c: len(c.mentions)) if people else None  # max keeps the first: the nearest


def _person_key(text: str) -> tuple[str, str]:
    words = key(text).split()
    return words[0], words[-1]


def _keys(mention: Named) -> list[str]:
    """Every key under which ``mention`` may meet an earlier mention of the same thing.

    The normalised form matches within a family of types only: "MILWAUKEE" the dateline
    (a place) is not "Milwaukee" the team (an organisation). Measured on CoNLL-2003 dev,
    merging across types cost more (metonymy) than it mended (the model's flip-flops).
    """
    k = key(mention.text)
    family = FAMILIES.get(mention.label, "other")
    keys = [f"{family}:{k}"]
    if k in ALIASES and not (mention.label == "ORG" and ALIASES[k] not in UNION_ALIASES):
        keys.append("alias:" + ALIASES[k])  # an organisation never joins a country ("Emirates", the airline)
    if mention.label == "ORG":
        bare = without_country(mention.text)
        if bare is not None:
            keys.append(f"{family}:{key(bare)}")  # "U.S. Supreme Court" is the "Supreme Court"
    if mention.label != "PERSON":
        # a full name meets an acronym of its initials, never another full name with the same ones
        for initials in _initials(mention.text):
            keys.append("initials:" + initials)
        if is_acronym(mention.text):
            keys.append("acronym:" + k)
        if k.endswith("s") and len(k) > 3:
            keys.append(f"{family}:{k[:-1]}")  # plural of a nationality or group: "Russians", "Democrats"
    return keys


def _register(
    mention: Named, target: Cluster, by_key: dict[str, Cluster], by_person: dict[tuple[str, str], Cluster]
) -> None:
    for k in _keys(mention):
        by_key.setdefault(k, target)
    for part in _org_parts(mention):
        if by_key.setdefault(part, target) is not target:
            by_key[part] = _AMBIGUOUS
    if mention.label == "PERSON" and len(mention.text.split()) > 1:
        by_person.setdefault(_person_key(mention.text), target)


def _org_parts(mention: Named) -> list[str]:
    """Keys for the first and last word of a multiword organisation name, unless generic, and
    for the name of a storm ("Helene" of "Hurricane Helene")."""
    words = mention.text.replace("’", "'").split()
    if mention.label == "EVENT" and len(words) > 1 and words[0].lower() in STORM_WORDS:
        return [f"orgpart:{key(words[-1])}"]
    if mention.label != "ORG" or len(words) < 2:
        return []
    parts = set() if _owned_last(words) else {_POSSESSIVE.sub("", words[-1])}
    if not _is_sub_body(words):
        parts.add(words[0])
    return [f"orgpart:{w.lower()}" for w in parts if w[:1].isupper() and w.isalpha() and w.lower() not in ORG_GENERIC]


def _org_part(mention: Named, by_key: dict[str, Cluster], full_names: dict[str, list[Named]]) -> Cluster | None:
    """The organisation a one-word mention shortens ("Mavericks" after "Dallas Mavericks"), also
    where the model took the word for a person ("Goldman" after "Goldman Sachs") unless some
    person in the article has it as a surname."""
    words = mention.text.split()
    if len(words) != 1 or mention.label not in ("ORG", "PERSON"):
        return None
    if mention.label == "PERSON" and key(mention.text) in full_names:
        return None
    found = by_key.get("orgpart:" + key(mention.text))
    return None if found is _AMBIGUOUS else found


def _is_sub_body(words: list[str]) -> bool:
    """Whether a name ends in the head of a body inside another one ("Senate Judiciary Committee")
    or begins with a legislature ("Senate Appropriations", "House Democrats")."""
    return _POSSESSIVE.sub("", words[-1]).lower() in SUB_BODY_HEADS or words[0].lower() in LEGISLATURES


def _owned_last(words: list[str]) -> bool:
    """Whether a name's last word follows "of" or "for": it names another thing, the body the
    name belongs to or serves ("Library of Congress"), not the name."""
    return len(words) > 2 and words[-2].lower() in OWNER_WORDS


def join_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """Join each cluster of a one-word organisation name to the one longer organisation name in
    the article it shortens, where the short form comes first ("the Fed ... the Federal Reserve")
    or the model tagged it otherwise. Two candidates leave it alone. Clusters come back in order
    of first mention."""
    longs = [(c, m) for c in clusters for m in c.mentions if m.label == "ORG" and len(m.text.split()) > 1]
    if not longs:
        return clusters
    # a place's name is a team's first word, not its short form ("Milwaukee", "Milwaukee Bucks")
    places = {key(m.text) for c in clusters for m in c.mentions if FAMILIES.get(m.label) == "place"}
    kept: list[Cluster] = []
    for group in clusters:
        short = _short_form(group)
        if short is not None and key(short.text) in places:
            short = None
        targets = {id(c): c for c, m in longs if c is not group and short and _shortens(short, m)} if short else {}
        if len(targets) == 1:
            target = next(iter(targets.values()))
            target.mentions = sorted(target.mentions + group.mentions, key=lambda m: m.start)
        else:
            kept.append(group)
    return sorted(kept, key=lambda c: c.mentions[0].start)


def _short_form(group: Cluster) -> Named | None:
    """The first mention of a cluster made of one capitalised word, repeated, else None."""
    first = group.mentions[0]
    word = key(first.text)
    if len(word.split()) != 1 or not first.text[:1].isupper() or first.label not in ("ORG", "PERSON"):
        return None
    return first if all(key(m.text) == word for m in group.mentions) else None


def _shortens(short: Named, long: Named) -> bool:
    """Whether one-word ``short`` stands for the organisation name ``long``: its first or last
    word, not generic (said of an ORG only: a lone surname before "Trump Organization" is
    mostly the man), or a clip of its first word whose other words are generic ("Fed",
    "Federal Reserve"). Never the first word of a committee or caucus."""
    word = key(short.text)
    words = [w for w in key(long.text).split() if w not in ACRONYM_SKIP]
    if len(words) < 2 or not word.isalpha() or is_acronym(short.text):
        return False
    sub_body = _is_sub_body(words)
    last = word == words[-1] and not _owned_last(key(long.text).split())
    if short.label == "ORG" and word not in ORG_GENERIC and (last or word == words[0] and not sub_body):
        return True
    if short.label == "ORG" and last and word in OUTLET_HEADS:
        return True  # a paper's head word alone ("the Post", "The Times") is the paper
    # a clip drops a good part of one word: "Fed" of "Federal", not "Democrat" of "Democratic",
    # nor "Perry" of "Perry-Taylor County"
    clipped = len(word) >= 3 and words[0].isalpha() and words[0].startswith(word) and len(words[0]) - len(word) >= 3
    return clipped and not sub_body and all(w in ORG_GENERIC for w in words[1:])


def join_storms(clusters: list[Cluster]) -> list[Cluster]:
    """Join each cluster made only of one bare name ("Helene", whatever its type) to the one storm
    the article names with it ("Hurricane Helene"), also where the bare name comes first or the
    model took it for a person. Two storms of the name leave it alone. Clusters come back in
    order of first mention."""
    storms: dict[str, list[Cluster]] = {}
    for group in clusters:
        for m in group.mentions:
            words = key(m.text).split()
            if m.label == "EVENT" and len(words) > 1 and words[0] in STORM_WORDS:
                storms.setdefault(words[-1], []).append(group)
    if not storms:
        return clusters
    kept: list[Cluster] = []
    for group in clusters:
        names = {key(m.text) for m in group.mentions}
        targets = {id(c): c for c in storms.get(next(iter(names)), []) if c is not group} if len(names) == 1 else {}
        if len(targets) == 1 and group.mentions[0].text[:1].isupper():
            target = next(iter(targets.values()))
            target.mentions = sorted(target.mentions + group.mentions, key=lambda m: m.start)
        else:
            kept.append(group)
    return sorted(kept, key=lambda c: c.mentions[0].start)


def join_same_names(clusters: list[Cluster]) -> list[Cluster]:
    """Join clusters of the same name that the model tagged with types of different families
    ("Hunter Biden" once a PERSON, once an ORG), into the one with most mentions. A place and
    an organisation of the same name stay apart: a city and its team, a country and its
    government. Clusters come back in order of first mention."""
    anchors: dict[str, Cluster] = {}
    merged: set[int] = set()
    for group in sorted(clusters, key=lambda c: -len(c.mentions)):
        name = key(group.name())
        anchor = anchors.get(name)
        if anchor is None:
            anchors[name] = group
        elif _may_share_name(anchor, group):
            anchor.mentions = sorted(anchor.mentions + group.mentions, key=lambda m: m.start)
            merged.add(id(group))
    return sorted((c for c in clusters if id(c) not in merged), key=lambda c: c.mentions[0].start)


def _may_share_name(anchor: Cluster, group: Cluster) -> bool:
    families = {FAMILIES.get(m.label, "other") for m in anchor.mentions + group.mentions}
    return not {"place", "org"} <= families

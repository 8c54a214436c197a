"""Layer newsgraph_coref: pronouns, "there" and definite descriptions joined to their entities.

Runs after ``newsgraph_entities``. Reads the entities in ``layers(doc)`` and adds to them
``Mention`` objects of kind "pronoun" (he, his, she, they ..., "there") or "description"
("the plane", "this aircraft", "the region"). Resolution is rule-based and prefers precision:
each candidate antecedent gets a salience score (recency, grammatical role, parallelism, see
``newsgraph.pipeline.salience``) and a pronoun is resolved only when one candidate clearly wins.
Where the parse alone tells whom a pronoun means (a bracketed aside, its own clause's subject, a
name set beside its noun, a name written as a thing) ``newsgraph.pipeline.coref_rules`` decides.
"""

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsgraph.model import Entity
from newsgraph.pipeline.binding import in_own_clause, understood_subject
from newsgraph.pipeline.coref_quotes import (
    PREVIOUS_SUBJECT_BONUS,
    last_reporter,
    named_only_in_report,
    previous_subjects,
    quoted_shares,
    unknown_speaker,
)
from newsgraph.pipeline.coref_rules import (
    LISTING_DEPS,
    apposed_owners,
    bracket_antecedent,
    cataphoric_subject,
    clause_subject_owner,
    clause_subjects,
    concessive_antecedent,
    dominating_person,
    list_head,
    named_apposition,
    named_in_brackets,
    noun_owner,
    relative_clause_owner,
    reported_in_third_person,
    thing_like,
)
from newsgraph.pipeline.descriptions import country_of_demonym, description_determiner, fits_place_head, named_by
from newsgraph.pipeline.discourse import (
    SUBJECT_DEPS,
    Discourse,
    Quotation,
    apposed_noun,
    clause_verb,
    dominating_subject,
    effective_dep,
    grammatical_weight,
)
from newsgraph.pipeline.lexicon import (
    COUNTRY_PLACE_HEADS,
    DESCRIPTION_CLASSES,
    FIRST_PERSON_SINGULAR,
    GENDERED_NOUNS,
    HEADS_NAMED_IN_NAME,
    NON_COUNTRY_PLACE_HEADS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    REFLEXIVE_PRONOUNS,
)
from newsgraph.pipeline.salience import Salience, pick
from newsgraph.pipeline.state import layers
from newsgraph.pipeline.unnamed_people import is_indefinite, is_title, person_by_pronoun, person_noun, titled_person

PERSON_TYPES = ("PERSON",)
GROUP_TYPES = ("ORG", "NORP")
# how clearly the best candidate must beat the runner-up
PRONOUN_MARGIN = 1.25
UNKNOWN_GENDER_FACTOR = 0.5
# the subject of the clause a pronoun is embedded in is its likeliest antecedent (Hobbs 1978)
DOMINATING_SUBJECT_BONUS = 150.0
CLAUSE_MATE_BONUS = 250.0
DESCRIPTION_MARGIN = 2.0


class Component:
    """The ``newsgraph_coref`` pipeline component."""

    def __init__(self, first_person_in_quotes: bool = False) -> None:
        self.first_person_in_quotes = first_person_in_quotes

    def __call__(self, doc: Doc) -> Doc:
        state = layers(doc)
        if not state.entities or not doc.has_annotation("DEP"):
            return doc
        Resolver(Discourse.build(doc, state), self.first_person_in_quotes).run()
        return doc


@Language.factory("newsgraph_coref", default_config={"first_person_in_quotes": False})
def make_coref(nlp: Language, name: str, first_person_in_quotes: bool) -> Component:
    return Component(first_person_in_quotes)


class Resolver:
    """Walks a document once, left to right, resolving each anaphor against what came before."""

    def __init__(self, disc: Discourse, first_person_in_quotes: bool = False) -> None:
        self.disc = disc
        self.salience = Salience(disc)
        self.first_person_in_quotes = first_person_in_quotes
        self.speaker_cache: dict[int, Entity | None] = {}
        self.things: dict[str, bool] = {}

    def run(self) -> None:
        """Resolve every anaphor in the document and add the mentions to the entities."""
        for token in self.disc.doc:
            if token.i in self.disc.token_entity:
                continue
            lower = token.lower_
            if lower in PERSONAL_PRONOUNS and token.tag_ in ("PRP", "PRP$"):
                self._attach(token, self.resolve_pronoun(token), "pronoun", token.idx)
            elif lower == "there" and token.tag_ == "RB":
                self._attach(token, self.resolve_there(token), "pronoun", token.idx)
            elif lower in FIRST_PERSON_SINGULAR and self.first_person_in_quotes:
                quotation = self.disc.quotation_at(token.idx)
                self._attach(token, quotation.speaker if quotation else None, "pronoun", token.idx)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in DESCRIPTION_CLASSES:
                det = description_determiner(token)
                # "this company" in a quotation is the speaker's own, not the last one named
                if det is not None and self.disc.quotation_at(token.idx) is None:
                    self._attach(token, self.resolve_description(token), "description", det.idx)

    def _attach(self, token: Token, entity: Entity | None, kind: str, start: int) -> None:
        if entity is None:
            return
        self.disc.add_mention(entity, start, token.idx + len(token.text), kind)
        self.salience.add(entity, token, kind)
        # a pronoun inside quoted words is resolved on less evidence: it teaches no gender
        quoted = self.disc.quotation_at(token.idx) is not None
        if kind == "pronoun" and token.lower_ in PERSONAL_PRONOUNS and not quoted:
            self.salience.learn_gender(entity, PERSONAL_PRONOUNS[token.lower_][0])

    def resolve_pronoun(self, token: Token) -> Entity | None:
        """The entity a personal pronoun refers to, or None when no candidate clearly wins."""
        gender, number = PERSONAL_PRONOUNS[token.lower_]
        if number == "pl":
            return self.resolve_plural(token)
        if token.lower_ in REFLEXIVE_PRONOUNS:
            return self.reflexive_antecedent(token, gender)
        named = named_in_brackets(self.disc, token) or bracket_antecedent(self.disc, token)
        if self.fitting(named, gender) is not None:
            return named
        # "During his visit, X said", "X voted for Roe, though he has said": the parse says whom
        concessive = concessive_antecedent(self.disc, token, lambda e: self.fitting(e, gender) is not None)
        cataphor = self.fitting(cataphoric_subject(self.disc, token), gender) or concessive
        if cataphor is not None:
            return cataphor
        decided, reporter = self.reporter_of(token, gender)
        if decided:
            return reporter
        if self.unnamed_person_nearer(token, gender):
            return None
        excluded = self.excluded_antecedents(token) | named_only_in_report(self.disc, self.salience, token)
        mate = clause_subject_owner(self.disc, token)
        if mate is not None and self.salience.known_gender(mate) != gender:
            mate = None  # a guess on a guess: only a person the text shows of the pronoun's gender
        relative, rival = relative_clause_owner(self.disc, token)
        if self.fitting(relative, gender) is not None and self.fitting(rival, gender) is not None:
            return None  # "Doe had disagreements with Roe, who once berated his service": either
        owner = self.coordinated_owner(token, gender) or self.fitting(mate, gender) or self.fitting(relative, gender)
        if owner is not None and owner.id not in excluded:
            return owner
        titled = self.titled_subject(token, gender)
        if titled is not None and titled.id not in excluded:
            return titled
        entities = self.salience.entities
        scores = {
            e: s for e, s in self.salience.scores(token, PERSON_TYPES).items()
            if e not in excluded and self.fitting(entities[e], gender)
        }
        for entity_id, bonus in self.apposition_subjects(token).items():
            if entity_id in scores:
                scores[entity_id] += bonus
        introduced: set[str] = set()
        for entity_id, bonus in previous_subjects(self.disc, self.salience, token).items():
            # only for a person the text shows to be of the pronoun's gender: a guess on a guess is too weak
            if entity_id in scores and gender and self.salience.known_gender(entities[entity_id]) == gender:
                scores[entity_id] += bonus
                introduced |= {entity_id} if bonus > PREVIOUS_SUBJECT_BONUS else set()
        for entity_id, share in quoted_shares(self.disc, self.salience, token).items():
            if entity_id in scores:
                scores[entity_id] -= share
        subject = dominating_subject(token)
        ruling = dominating_person(self.disc, token)
        near = self.disc.entity_of(subject) if subject is not None else None
        if ruling is not None and ruling is not near and self.salience.known_gender(ruling) != gender:
            ruling = None  # found higher up or as an owner: only a person shown of the pronoun's gender
        if ruling is not None and ruling.id in scores:
            verb = clause_verb(token)
            # "where X played for most of his career": the own clause's subject binds a possessive
            clause_mate = subject is not None and verb is not None and subject.head.i == verb.i
            clause_mate = clause_mate and token.dep_ == "poss" and near is ruling
            scores[ruling.id] += CLAUSE_MATE_BONUS if clause_mate else DOMINATING_SUBJECT_BONUS
        stated = self.salience.stated_gender
        if gender and any(stated.get(e) == gender for e in scores):
            # a person the text calls Mr./Mrs. ... beats people of unknown gender; so does one just introduced
            sure = {e for e in scores if stated.get(e)} | introduced
            scores = {e: s if e in sure else s * UNKNOWN_GENDER_FACTOR for e, s in scores.items()}
        return self._entity(pick(scores, PRONOUN_MARGIN, floor=40.0))

    def reporter_of(self, token: Token, gender: str) -> tuple[bool, Entity | None]:
        """For "“...,” she said" after a paragraph whose last speech verb has a subject of the
        pronoun's gender (see ``coref_quotes.last_reporter``): (True, that person), or (True,
        None) where the subject is a person no entity holds ("Juror 10 said ...", a pronoun left
        unresolved): a guess past the one who spoke would likely be wrong. (False, None) where
        the rule does not apply or the subject is of another gender or no person."""
        word = last_reporter(self.disc, token)
        if word is None:
            return False, None
        if word.lower_ in PERSONAL_PRONOUNS:
            same = PERSONAL_PRONOUNS[word.lower_] == (gender, "sg")
            return same, self.disc.token_entity.get(word.i) if same else None
        entity = self.disc.entity_of(word) or named_apposition(self.disc, word)
        if entity is None and word.pos_ == "NOUN":
            entity = titled_person(self.disc.doc, self.disc.state.entities, word)  # "the president said"
        if entity is not None and entity.type in PERSON_TYPES:
            fits = self.fitting(entity, gender) is not None
            return fits, entity if fits else None
        return unknown_speaker(word, entity, gender), None

    def fitting(self, entity: Entity | None, gender: str) -> Entity | None:
        """``entity`` if a pronoun of ``gender`` may refer to it (a name written as a thing,
        "the Oscar", takes no "he" or "she"), else None."""
        if entity is None or not self.salience.gender_fits(entity, gender):
            return None
        if gender and entity.id not in self.things:
            self.things[entity.id] = thing_like(self.disc, entity)
        return None if gender and self.things[entity.id] else entity

    def _entity(self, entity_id: str | None) -> Entity | None:
        return self.salience.entities.get(entity_id) if entity_id else None

    def unnamed_person_nearer(self, token: Token, gender: str) -> bool:
        """"the woman who was walking outside when she was struck": a person named by a common
        noun is the latest subject in the sentence, so the pronoun likely means that person. So
        too a person brought in by an indefinite noun in this sentence or the one before ("...,
        a Syrian officer told Reuters. Troops pulled back, he said") and a bare title in this
        sentence that no one named before carried ("the President held an address, and he
        described ...")."""
        subject = self.salience.latest_subject(token, sentences_back=0)
        unclaimed = subject is not None and subject.i not in self.disc.token_entity
        if unclaimed and subject is not None and subject.pos_ == "NOUN" and subject.tag_ == "NN":
            lemma = subject.lemma_.lower()
            if lemma in PERSON_NOUNS and GENDERED_NOUNS.get(lemma, gender) == gender:
                return True
        word = self.latest_person_subject(token, gender)
        if word is None:
            return False
        if is_indefinite(word) or word.pos_ == "PROPN" and person_by_pronoun(word, gender):
            return True  # "a Syrian officer", or a person's name the recognizer took for a place
        same_sentence = self.disc.sentence_index(word) == self.disc.sentence_index(token)
        if not same_sentence or not is_title(word):
            return False  # "the suspect" further back: the rule above covers the latest subject
        return titled_person(self.disc.doc, self.disc.state.entities, word) is None

    def coordinated_owner(self, token: Token, gender: str) -> Entity | None:
        """The person a possessive refers to when its noun is listed after a noun of that
        person's ("Trump's tariff policies, his immigration policy and his opposition to clean
        energy") or after that person's name ("Trump and his lawyer"), within one paragraph.
        After a bare name, not when another person is the clause's subject ("Semenyo got the
        better of Ake and his cross found ...": the parser's list may be a new clause)."""
        first = list_head(token)
        if first is None or any("\n" in t.text for t in self.disc.doc[first.i : token.i]):
            return None  # a list the parser ran over a paragraph break
        listed = [first, *(c for c in first.subtree if c.dep_ in LISTING_DEPS and c.i < token.head.i)]
        for noun in listed:
            owner = noun_owner(noun)
            entity = self.disc.entity_of(owner) if owner is not None else None
            if entity is not None and entity.type in PERSON_TYPES:
                return entity if self.salience.gender_fits(entity, gender) else None
        entity = self.disc.entity_of(first) if token.head.dep_ == "conj" else None  # "Roe, his lawyer": not Roe
        if entity is None or entity.type not in PERSON_TYPES or not self.salience.gender_fits(entity, gender):
            return None
        verb = clause_verb(first)
        subject = understood_subject(verb) if verb is not None else None
        rival = self.disc.entity_of(subject) if subject is not None and subject.i != first.i else None
        if rival is not None and rival.type in PERSON_TYPES and self.salience.gender_fits(rival, gender):
            return None
        return entity

    def titled_subject(self, token: Token, gender: str) -> Entity | None:
        """"President Paulo Silva ... the President held an address, and he described ...": a
        bare title, the latest person subject in the pronoun's sentence, stands for the person
        named last with that title, and so does the pronoun."""
        word = self.latest_person_subject(token, gender)
        if word is None or is_indefinite(word) or self.disc.sentence_index(word) != self.disc.sentence_index(token):
            return None
        verb = clause_verb(token)
        object_of_verb = effective_dep(token) not in SUBJECT_DEPS and token.dep_ != "poss"
        if verb is not None and word.head.i == verb.i and object_of_verb:
            return None  # "the President told him": not the title's own clause-mate
        entity = titled_person(self.disc.doc, self.disc.state.entities, word)
        if entity is None or entity.id not in self.salience.entities:
            return None
        return entity if self.salience.gender_fits(entity, gender) else None

    def latest_person_subject(self, token: Token, gender: str) -> Token | None:
        """The latest subject before ``token``, in its sentence or the one before, that names a
        person of ``gender`` by a common noun or title (see ``unnamed_people``); None if a person
        entity is a subject nearer to the pronoun. Subjects that are no person are passed over."""
        sentence = self.disc.sentence_index(token)
        first = self.disc.sentence_starts[max(0, sentence - 1)]
        for i in range(token.i - 1, first - 1, -1):
            word = self.disc.doc[i]
            if word.dep_ not in SUBJECT_DEPS or self.disc.quotation_at(word.idx) is not None:
                continue
            if word.tag_ in ("WP", "WDT") and word.head.dep_ in ("relcl", "acl"):
                word = word.head.head  # "a canvasser who had no idea": the canvasser
            # "A spokeswoman for the firm, Jane Roe, said": the noun's apposition names the person
            entity = self.disc.entity_of(word) or named_apposition(self.disc, word)
            if entity is not None and entity.type in PERSON_TYPES:
                return None
            if entity is None and person_noun(word, gender) or person_by_pronoun(word, gender):
                return word
        return None

    def excluded_antecedents(self, token: Token) -> set[str]:
        """Entities a non-reflexive pronoun cannot refer to: the speaker of the quotation it is in and
        whom X spoke to (a third-person "he" in X's quotation is someone else), and its co-arguments."""
        excluded: set[str] = set()
        quotation = self.disc.quotation_at(token.idx)
        speaker = self.quotation_speaker(quotation) if quotation is not None else None
        if quotation is not None and not reported_in_third_person(self.disc, quotation, token):
            excluded |= {e.id for e in (speaker, quotation.addressee) if e is not None}
        excluded |= apposed_owners(self.disc, token)
        verb = clause_verb(token)
        if verb is not None and effective_dep(token) not in SUBJECT_DEPS and token.dep_ != "poss":
            subject = understood_subject(verb)
            entity = self.disc.entity_of(subject) if subject is not None else None
            if entity is not None:
                excluded.add(entity.id)
        return excluded | self.named_under_subject(token)

    def named_under_subject(self, token: Token) -> set[str]:
        """For a subject pronoun, the people named later in its own clause: "he said after
        watching Doe" is not Doe (a name below the pronoun's verb is someone else;
        binding theory's principle C). Only within the sentence and its paragraph, where the
        parse is to be trusted."""
        if effective_dep(token) not in SUBJECT_DEPS or token.head.pos_ not in ("VERB", "AUX"):
            return set()
        doc = self.disc.doc
        end = self.disc.sent_of(token).end
        end = next((i for i in range(token.i, end) if "\n" in doc[i].text), end)
        named: set[str] = set()
        own = {w.i for w in token.subtree}  # "he (Trump) has ...": a name set beside the pronoun is it
        for word in token.head.subtree:
            if word.i <= token.i or word.i >= end or word.i in own:
                continue
            entity = self.disc.entity_of(word)
            if entity is not None and entity.type in PERSON_TYPES and not in_own_clause(word, token.head):
                named.add(entity.id)
        return named

    def quotation_speaker(self, quotation: Quotation) -> Entity | None:
        """Who speaks ``quotation``: its speaker entity, or whom the "he" or "she" reporting it
        refers to ("“... could hurt him,” he said": the speaker's "he" comes after the quoted
        "him" and is resolved first here, outside the quotation)."""
        if quotation.speaker is not None or quotation.speaker_word is None:
            return quotation.speaker
        word = self.disc.doc[quotation.speaker_word]
        if word.lower_ not in PERSONAL_PRONOUNS or PERSONAL_PRONOUNS[word.lower_][1] != "sg":
            return None
        if word.i in self.disc.token_entity:
            return self.disc.token_entity[word.i]  # resolved already, before the quotation
        if word.i not in self.speaker_cache:
            self.speaker_cache[word.i] = None  # quotations whose speakers' pronouns wait on each other: none
            self.speaker_cache[word.i] = self.resolve_pronoun(word)
        return self.speaker_cache[word.i]

    def apposition_subjects(self, token: Token) -> dict[str, float]:
        """For each name set beside a subject before ``token`` ("a lawyer for the family, Ben
        Carter, told jurors"), what it would weigh more as the subject itself: the name, not
        the noun it stands by, is whom a later "he" means."""
        bonus: dict[str, float] = {}
        sentence = self.disc.sentence_index(token)
        for item in self.salience.window(token, sentences_back=3):
            name = self.disc.doc[item.token]
            noun = apposed_noun(name)
            if noun is None or effective_dep(noun) not in SUBJECT_DEPS or noun.i in self.disc.token_entity:
                continue
            gain = grammatical_weight(noun) - grammatical_weight(name)
            bonus[item.entity] = bonus.get(item.entity, 0.0) + gain * 0.5 ** (sentence - item.sentence)
        return bonus

    def reflexive_antecedent(self, token: Token, gender: str) -> Entity | None:
        """A reflexive ("himself") refers to the subject of its own clause."""
        verb = clause_verb(token)
        if verb is None:
            return None
        for child in verb.children:
            entity = self.disc.entity_of(child)
            if child.dep_ in SUBJECT_DEPS and entity is not None and entity.type in PERSON_TYPES:
                return entity if self.salience.gender_fits(entity, gender) else None
        return None

    def resolve_plural(self, token: Token) -> Entity | None:
        """they/them/their: an organisation or group, only when the latest subject was one."""
        if self.disc.quotation_at(token.idx) is not None:
            return None
        subject = self.salience.latest_subject(token, sentences_back=1)
        if subject is None or subject.tag_ in ("NNS", "NNPS") and subject.i not in self.disc.token_entity:
            return None
        if any(c.dep_ == "conj" for c in subject.children):
            return None
        entity = self.disc.entity_of(subject)
        return entity if entity is not None and entity.type in GROUP_TYPES else None

    def resolve_there(self, token: Token) -> Entity | None:
        """"there" refers to the place that was last the destination or setting of the story."""
        if token.dep_ not in ("advmod", "npadvmod") or any(c.dep_ == "prep" for c in token.children):
            return None
        return self.salience.focus_place(token, sentences_back=2)

    def resolve_description(self, token: Token) -> Entity | None:
        """"the plane", "this aircraft": a prior entity of the type the head noun names."""
        head = token.lemma_.lower()
        if token.dep_ == "appos":
            # "Santos, the city where he grew up": the apposition names the entity it stands by
            anchor = self.disc.token_entity.get(token.head.i)
            fits = anchor is not None and anchor.type in DESCRIPTION_CLASSES[head] and fits_place_head(anchor, head)
            return anchor if fits else None
        if any(a.dep_ == "appos" for a in token.ancestors):
            return None  # "NAV Canada, the country's air traffic agency": the country is inside the name
        if head in COUNTRY_PLACE_HEADS:
            country = country_of_demonym(token, self.disc.sent_of(token).start, self.salience.entities.values())
            if country is not None:
                return country
        candidates = self.salience.scores(token, DESCRIPTION_CLASSES[head], sentences_back=3)
        entities = self.salience.entities
        # "Delaware has the lowest pay in the region": a description is never its own clause's subject
        bound = clause_subjects(self.disc, token)
        candidates = {e: s for e, s in candidates.items() if fits_place_head(entities[e], head) and e not in bound}
        # "the ministry" after "the Defense Ministry": the head noun is part of the name
        named = {e: s for e, s in candidates.items() if named_by(entities[e], head)}
        if head in HEADS_NAMED_IN_NAME:
            # "the party" is not any organisation, "the storm" not any event: the name must say so
            candidates = {}
        if head in NON_COUNTRY_PLACE_HEADS:
            candidates = self.salience.with_focus(token, candidates)
        elif not named:
            # "the company" in a story about one company is that company: count its earlier
            # mentions, and an organisation mentioned once is too weak a guess
            least = 2 if DESCRIPTION_CLASSES[head] == ("ORG",) else 1
            candidates = self.salience.with_prominence(token, candidates, least)
        return self._entity(pick(named or candidates, DESCRIPTION_MARGIN, floor=10.0))


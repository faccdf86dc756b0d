"""Stage 3, actor: the subject, resolved through appositions, relative pronouns, quotes
("we" -> the speaker's organisation) and pronouns (the last person / organisation named).

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- "He" is the last person who was a subject before it; a person named just after a reporting
  verb with no subject is who spoke ("..., a annoncé jeudi Brad Smith"); "the central bank" or
  "the parent company" is not the story's main organisation.
- French: "qui" names its antecedent; "nous" in a quote ("« ... », a-t-il expliqué") is the
  person who said it.
- A participle's actor is the noun it describes ("the letter, dated Monday"), as a passive's is
  its subject; a main verb the parser hung under a noun as a participle takes the sentence's
  root noun; the nearest noun before a verb is never another verb's object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from timeline.events.link import _verb_of
from timeline.lang.en import events as en
from timeline.lang.fr import events as fr
from timeline.nlp import REPORTING_VERBS

# Entity labels worth listing as participants.
ENTITY_LABELS = frozenset(
    "PERSON ORG GPE LOC NORP FAC PRODUCT EVENT LAW WORK_OF_ART".split()
    + ["PER"]  # French (WikiNER): PER ORG LOC; its MISC is too mixed to name an actor
)
# How good a token is as a name for an actor: people and organisations first.
PERSON_LABELS = ("PERSON", "PER")  # English (OntoNotes), then French (WikiNER) entity labels
_NAME_RANK = {"PERSON": 0, "PER": 0, "ORG": 0, "GPE": 1, "NORP": 1, "FAC": 1, "LOC": 1, "PRODUCT": 1}

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "nsubj:pass")  # last: UD (fr)
# Word tables (timeline.lang); where both languages' words are read, one set of both.
ORG_NOUNS = en.ORG_NOUNS
OTHER_ORG_ADJECTIVES = en.OTHER_ORG_ADJECTIVES
FIRST_PERSON_PLURAL = en.FIRST_PERSON_PLURAL | fr.FIRST_PERSON_PLURAL
FIRST_PERSON_SINGULAR = en.FIRST_PERSON_SINGULAR | fr.FIRST_PERSON_SINGULAR
PERSON_PRONOUNS = en.PERSON_PRONOUNS  # French "il", "elle" are things too
PRONOUN_GENDER = en.PRONOUN_GENDER
TITLE_GENDER = {**en.TITLE_GENDER, **fr.TITLE_GENDER}
SPEAKER_PRONOUNS = en.SPEAKER_PRONOUNS | fr.SPEAKER_PRONOUNS
THING_PRONOUNS = en.THING_PRONOUNS
RELATIVE_PRONOUNS = en.RELATIVE_PRONOUNS | fr.RELATIVE_PRONOUNS
RELATIVE_CLAUSES = ("relcl", "acl:relcl")  # English labels, then Universal Dependencies (fr)


@dataclass(slots=True)
class _Memory:
    """What earlier sentences said, for pronouns and short names (mutable, internal)."""

    last_person: str = ""
    last_thing: str = ""
    people: dict[str, str] = field(default_factory=dict)  # "Smith" -> "Brad Smith"
    affiliation: dict[str, str] = field(default_factory=dict)  # "Brad Smith" -> "Microsoft"
    organisations: list[tuple[int, str]] = field(default_factory=list)  # (token, name) in order
    persons: list[tuple[int, str]] = field(default_factory=list)  # (token, full name) in order
    person_subjects: list[tuple[int, str]] = field(default_factory=list)  # persons who are subjects, in order
    gender: dict[str, str] = field(default_factory=dict)  # full name -> "m" | "f", from titles and pronouns
    pronoun_person: dict[int, str] = field(default_factory=dict)  # token of "he"/"she" -> the person it names
    earlier_organisations: dict[str, int] = field(default_factory=dict)  # name -> count in earlier pieces


# People named in earlier pieces that a pronoun or a speaker may still name: the latest ones.
CARRIED_PERSONS = 50


def _carry_over(memory: _Memory) -> None:
    """Make the memory of one piece the memory before the next:
    what it learnt by token now lies before every token of the next one (index -1)."""
    for _, name in memory.organisations:
        memory.earlier_organisations[name] = memory.earlier_organisations.get(name, 0) + 1
    memory.organisations = []
    memory.persons = [(-1, name) for _, name in memory.persons[-CARRIED_PERSONS:]]
    memory.person_subjects = [(-1, name) for _, name in memory.person_subjects[-CARRIED_PERSONS:]]
    memory.pronoun_person = {}


def _entity(token):
    """The named entity ``token`` is part of, found from its IOB tags.

    (``doc.ents`` builds every entity span on each access: too slow per token.)
    """
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _rank(token) -> int:
    if token.ent_type_ in _NAME_RANK:
        return _NAME_RANK[token.ent_type_]
    if token.pos_ == "PROPN":
        return 2
    if token.pos_ == "PRON":
        return 3
    return 4


def named_referent(token):
    """Prefer a name among a noun and its appositions.

    "The other juggernaut of the IA, Google" -> Google; "Sundar Pichai, the
    boss of the group" -> Sundar Pichai; ties keep the token itself.
    """
    group = [token]
    head = token
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
        group.append(head)
    for member in list(group):
        group.extend(c for c in member.children if c.dep_ == "appos" and c not in group)
    return min(group, key=lambda t: (_rank(t), t.i != token.i, abs(t.i - token.i)))


def noun_phrase(token) -> str:
    """Readable name of a noun: its entity, else the noun with its modifiers, no article."""
    ent = _entity(token)
    if ent is not None and ent.label_ in ENTITY_LABELS:
        words = [t for t in ent if t.lower_ != "the" or t.i != ent.start]
        return "".join(t.text_with_ws for t in words).strip()
    keep = {token.i}
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nummod", "poss", "nmod"):
            keep.update(t.i for t in child.subtree)
    for child in token.rights:  # "shares of Apple", "la mort de George Floyd": "of" + name stays with the noun
        names = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
        if child.dep_ == "prep" and child.lower_ == "of" and names:
            keep.update(t.i for t in child.subtree)
        elif child.dep_ == "nmod" and child.ent_type_ and any(c.dep_ == "case" and c.lower_ in fr.NAME_CASE_MARKERS for c in child.children):
            keep.update(t.i for t in child.subtree if not _aside(t, child))
    tokens = [token.doc[i] for i in sorted(keep) if not token.doc[i].is_punct]
    return _join(tokens)


def _aside(token, top) -> bool:
    """Whether ``token`` is in a clause or aside hung under ``top``'s phrase (not part of the name)."""
    while token.i != top.i:
        if token.dep_ in ("punct", "acl", "acl:relcl", "appos", "relcl"):
            return True
        token = token.head
    return False


def _join(tokens) -> str:
    out = []
    for n, t in enumerate(tokens):
        text = "not" if t.dep_ == "neg" and t.lower_ in ("n't", "n’t", "nt") else t.text
        if n and t.is_sent_start is not True and tokens[n - 1].i > t.i and t.pos_ != "PROPN" and text != "I":
            text = text[:1].lower() + text[1:]  # a quote moved after its verb: "said banks will"
        gap = n and (tokens[n - 1].i + 1 != t.i or tokens[n - 1].whitespace_ or text == "not")
        out.append((" " if gap else "") + text)
    return "".join(out).strip()


def subject_of(verb):
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    return None


def actor_token(trigger):
    """The token naming who does ``trigger`` (not yet resolved), and the rule used.

    Order: own subject; a relative clause's antecedent; for an event noun its
    possessor or "of"/"by" complement, else the actor of the verb it depends
    on; the subject a coordinated or
    complement verb shares with its head; the nearest noun phrase before the
    verb in its own subtree (the parser missed the subject); finally the
    subject of the nearest verb above.
    """
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ not in ("acomp", "attr"):
        for child in trigger.children:
            if child.dep_ == "poss":
                return child, "possessor"
        for child in trigger.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj, f"'{child.lower_}' complement"
        verb = _verb_of(trigger)
        if verb.i == trigger.i or verb.pos_ not in ("VERB", "AUX"):
            return None, "none"
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("before", "after") \
                and any(c.dep_ == "npadvmod" for c in trigger.head.children):
            return None, "none"  # "resigned two days after the election": not his election
        # "said in a statement on Friday": the statement is the sayer's.
        token, rule = actor_token(verb)
        return token, f"{rule} of the verb above"
    verb = trigger.head if trigger.dep_ in ("acomp", "attr") else trigger
    for _ in range(12):
        subject = subject_of(verb)
        if subject is not None:
            return subject, "subject"
        if verb.dep_ in RELATIVE_CLAUSES:
            return verb.head, "relative clause antecedent"
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and _participle(verb):
            root = _verbless_root(verb)
            if root is not None:  # the main verb taken for a participle: its subject is the root
                return root, "noun before a main verb taken for a participle"
            return verb.head, "noun the participle describes"  # "George Floyd, killed ...": as a passive's subject
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, "noun before a finite verb"  # "the quake hit at ...", misparsed as a modifier
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        speaker = _inverted_speaker(verb)
        if speaker is not None:
            return speaker, "speaker after the verb"
        for token in reversed(list(verb.doc[verb.left_edge.i:verb.i])):
            # never another verb's object: "IBM quits face recognition, calls for police reform"
            # is IBM's call, not face recognition's
            if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ != "pobj" \
                    and token.dep_ not in ("npadvmod", "compound", "poss", "dobj", "obj", "iobj", "dative", "attr"):
                return token, "nearest noun before the verb"
        above = verb.head
        while above.i != verb.i and above.pos_ not in ("VERB", "AUX"):
            if above.head.i == above.i:
                break
            above = above.head
        if above.i == verb.i or above.pos_ not in ("VERB", "AUX"):
            return None, "none"
        verb = above
    return None, "none"


def _participle(verb) -> bool:
    """A past participle in a passive sense after its noun: Penn's VBN (en), or the Universal
    Dependencies feature (fr), with no object of its own (a reduced passive takes none; "called
    Orion" is a complement, not an object). A participle with an object is an active verb the
    parser hung under a noun, and its noun is no actor."""
    past = verb.tag_ == "VBN" or ("Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense"))
    return past and verb.head.i < verb.i and not any(  # a date taken for an object is none ("trades made that day")
        c.dep_ in ("dobj", "obj", "dative", "iobj", "ccomp") and c.ent_type_ not in ("DATE", "TIME") for c in verb.children)


def _verbless_root(verb):
    """The noun at the root of ``verb``'s sentence when no verb stands between them: the parser
    found no main verb and hung it under a noun ("The U-boat threat lessened in 1917", "The
    ACLU, which has been fighting ..., called on Wednesday ...": the root noun is the subject)."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    # a comma before the participle closes a relative clause of the root's ("which ..., called")
    after_comma = verb.i > 0 and verb.nbor(-1).text == ","
    token = verb.head
    while token.i != root.i:
        if token.pos_ in ("VERB", "AUX") and not (after_comma and token.dep_ in RELATIVE_CLAUSES and token.head.i == root.i):
            return None
        token = token.head
    return root


def _inverted_speaker(verb):
    """"..., a annoncé jeudi Brad Smith", "..., said Tuesday John Smith": a person named
    just after a reporting verb with no subject is who spoke (the parser may call him
    anything but a subject)."""
    if verb.lemma_ not in REPORTING_VERBS:
        return None
    # Not the hearer ("told John Smith"); the French parse calls the speaker an "obj".
    for token in verb.doc[verb.i + 1 : verb.i + 5]:
        if token.ent_type_ in PERSON_LABELS and verb.i in (token.head.i, token.head.head.i) \
                and token.dep_ not in ("dobj", "dative", "iobj"):
            return token
        if token.is_punct:
            return None
    return None


def _speaker(trigger):
    """The reporting verb's subject when ``trigger`` is inside reported speech."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ in _QUOTE_DEPS and token.head.lemma_ in REPORTING_VERBS:
            subject = subject_of(token.head) or next((c for c in token.head.children if c.dep_ == "expl:subj"
                                                      and c.lower_.lstrip("-") != "t"), None)  # "a-t-il expliqué"
            return named_referent(subject) if subject is not None else None
        token = token.head
    return None


# How a quote hangs on its reporting verb: English "ccomp"; the French parse also uses
# "parataxis" and "advcl" ("« ... », a-t-il expliqué").
_QUOTE_DEPS = ("ccomp", "parataxis", "advcl")


def resolve_actor(token, trigger, memory: _Memory) -> str:
    """Name the actor: relative pronouns, appositions, quotes and pronouns resolved."""
    if token is None:
        return ""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ in RELATIVE_CLAUSES:
        pronoun = token.lower_
        token = token.head.head  # "the ACLU, which has been fighting" -> the ACLU
        if pronoun in ("who", "whom") and token.dep_ == "pobj" and token.ent_type_ not in PERSON_LABELS \
                and token.head.head.pos_ in ("NOUN", "PROPN"):
            # "who" names people: "Workers at the plant, who walked out" -> Workers
            token = token.head.head
    token = named_referent(token)
    lower = token.lower_
    if lower in FIRST_PERSON_PLURAL or lower in FIRST_PERSON_SINGULAR:
        speaker = _speaker(trigger)
        if speaker is None or speaker.lower_ in FIRST_PERSON_PLURAL | FIRST_PERSON_SINGULAR:
            return token.text
        name = _person_name(speaker, memory)
        if speaker.lower_.lstrip("-") in SPEAKER_PRONOUNS:  # "he said", "a-t-il expliqué": the last person named
            named_before = [person for start, person in memory.persons if start < speaker.i]
            if not named_before:
                return token.text
            name = memory.pronoun_person.get(speaker.i) or named_before[-1]
        if lower in FIRST_PERSON_PLURAL:  # "we" in a quote: the speaker's organisation
            return memory.affiliation.get(name, name)
        return name
    if lower in PERSON_PRONOUNS:
        return memory.pronoun_person.get(token.i) or memory.last_person or token.text
    if lower in THING_PRONOUNS:
        sayer = _speaker(token) if token.dep_ in SUBJECT_DEPS and token.head.dep_ in _QUOTE_DEPS else None
        if sayer is not None and sayer.lower_ not in THING_PRONOUNS | PERSON_PRONOUNS and sayer.ent_type_ not in PERSON_LABELS:
            return resolve_actor(sayer, trigger, memory)  # "The company said it would ...": the company
        return memory.last_thing or token.text
    if _is_org_description(token):
        main = _main_organisation(token, memory)
        if main:  # "Tesla said ... The company, which has faced ..."
            return main
    return _person_name(token, memory)


def _main_organisation(token, memory: _Memory) -> str:
    """The organisation named most often before ``token`` (the first on ties)."""
    counts = dict(memory.earlier_organisations)  # first named first: ties go to it
    for start, name in memory.organisations:
        if start >= token.i:
            break
        counts[name] = counts.get(name, 0) + 1
    return max(counts, key=counts.get) if counts else ""


def _is_org_description(token) -> bool:
    """"the company", "the German carmaker": a definite description of an organisation."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in ORG_NOUNS:
        return False
    dets = [c for c in token.lefts if c.dep_ == "det"]
    return bool(dets) and dets[0].lower_ == "the" and not any(
        c.dep_ in ("poss", "compound") or c.lower_ in OTHER_ORG_ADJECTIVES for c in token.lefts)


def _person_name(token, memory: _Memory) -> str:
    name = noun_phrase(token)
    if token.ent_type_ in PERSON_LABELS and " " not in name:
        name = memory.people.get(name, name)  # "Mr. Smith" -> "Brad Smith"
    return name


def _remember(token, name: str, memory: _Memory) -> None:
    if not name or token is None:
        return
    if token.ent_type_ in PERSON_LABELS:
        memory.last_person = name
    elif token.pos_ in ("NOUN", "PROPN") and not _quoted(token):  # "The council ... It says": any non-person noun,
        memory.last_thing = name  # but not a word of a quote ("Security is the last item," she said)


_QUOTE_MARKS = en.QUOTE_MARKS | fr.QUOTE_MARKS


def _quoted(token) -> bool:
    """Whether ``token`` stands inside quotation marks in its sentence (an odd number before it)."""
    return sum(t.text in _QUOTE_MARKS for t in token.doc[token.sent.start:token.i]) % 2 == 1


def _learn_pronouns(doc, memory: _Memory) -> None:
    """Who each "he"/"she" names, in text order: the last person who was a subject before it
    ("..., said Vitali Klitschko. He said ..."), else the last person named, skipping anyone
    the text has already called by the other gender ("She married Peter Voss. He died in
    2009": not her). A pronoun resolved to a person tells that person's gender from then on."""
    for token in doc:
        gender = PRONOUN_GENDER.get(token.lower_)
        if gender is None or token.pos_ != "PRON":
            continue
        subjects = [name for start, name in memory.person_subjects
                    if start < token.i and memory.gender.get(name, gender) == gender]
        named = [name for start, name in memory.persons if start < token.i and memory.gender.get(name, gender) == gender]
        person = subjects[-1] if subjects else named[-1] if named else ""
        if person:
            memory.pronoun_person[token.i] = person
            memory.gender.setdefault(person, gender)


def learn_names(doc, memory: _Memory) -> None:
    """Full names and affiliations: "Brad Smith, a top official of Microsoft"."""
    for ent in doc.ents:
        if ent.label_ == "ORG":
            memory.organisations.append((ent.start, ent.text))
        if ent.label_ in PERSON_LABELS:
            memory.persons.append((ent.start, memory.people.get(ent.text, ent.text)))
            if ent.root.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                memory.person_subjects.append((ent.start, memory.people.get(ent.text, ent.text)))
        if ent.label_ not in PERSON_LABELS:
            continue
        title = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if title in TITLE_GENDER:  # "Mr. Voss", "Ms. Ellery"
            memory.gender.setdefault(memory.people.get(ent.text, ent.text), TITLE_GENDER[title])
        if len(ent) < 2:
            continue
        memory.people.setdefault(ent[-1].text, ent.text)
        root = ent.root
        places = [c for c in root.children if c.dep_ == "appos"] + [
            c for c in root.lefts if c.dep_ in ("compound", "poss") and c.i < ent.start
        ]
        for place in places:
            orgs = [t for t in place.subtree if t.ent_type_ == "ORG"]
            if orgs:
                org = _entity(orgs[0])
                memory.affiliation.setdefault(ent.text, org.text if org else orgs[0].text)
                break
    _learn_pronouns(doc, memory)

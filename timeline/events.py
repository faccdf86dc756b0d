"""Events: what each temporal expression dates -- who did what, when.

Stages, in this order (each a small function below):
    1. units      sentences, also cut at paragraph breaks (titles and
                  paragraphs the parser glued together stay apart)
    2. link       each Mention -> its governing word in the dependency parse:
                  the verb it modifies, or an event noun ("the death of X")
    3. actor      the subject, resolved through appositions, relative
                  pronouns, quotes ("we" -> the speaker's organisation) and
                  pronouns (the last person / organisation named)
    4. action     the verb with negation, particle and object, as a short phrase
    5. time       the Mention's interval; a duration is spanned from the date
                  of its clause (forward) or back from it (perfect aspect)
    6. undated    sentences with no expression: reports and present-tense news
                  are dated at publication; future plans stay upcoming
Resolution of expressions is the temporal core's job; this module only reads
the resolved Timex and, for durations, lays the duration on a date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from timeline import french, nlp
from timeline.errors import InputError
from timeline.nlp import REPORTING_VERBS
from timeline.periods import STEP
from timeline.temporal import CHUNK_CHARS, closes_period, find_mentions, names_a_baseline, tagged_pieces
from timeline.types import GRANULARITIES, Anchor, Article, Event, Mention, Timex

# --- word lists (data, not code) ---------------------------------------------

# Nouns that name an event; a time attached to them dates the noun itself.
EVENT_NOUNS = frozenset(
    "death birth murder killing shooting bombing attack war battle invasion election "
    "vote referendum meeting summit conference talks visit trip speech interview "
    "trial hearing verdict sentence arrest raid strike protest riot demonstration "
    "crash collapse explosion fire flood storm earthquake hurricane accident "
    "launch release sale purchase deal merger takeover acquisition bid offer "
    "agreement announcement decision statement ruling ban rise fall drop decline "
    "increase decrease loss gain win victory defeat crisis outbreak resignation "
    "appointment ceremony funeral wedding game match race tournament festival "
    "release opening closing shutdown lockdown deadline move call holiday "
    "flight trip journey tour stay ride march siege standoff ceasefire truce occupation "
    "blockade campaign mission operation rally boom slump recession recovery tenure term reign".split()
)
EVENT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing")
# Nouns with those endings that name things, not happenings.
NON_EVENT_NOUNS = frozenset(
    "government department management parliament apartment equipment document "
    "instrument monument element segment compliment environment nation station "
    "population region religion version question mission commission position "
    "condition tradition institution organization organisation administration "
    "corporation association foundation information population section option "
    "finance audience evidence science experience difference conference intelligence "
    "distance balance insurance licence license culture future nature picture "
    "structure feature figure measure procedure legislature temperature building "
    "thing morning evening something nothing anything everything king spring ring "
    "wing string ceiling clothing housing funding training meaning earning earnings "
    "reading setting".split()
)

# Entity labels worth listing as participants.
ENTITY_LABELS = frozenset(
    "PERSON ORG GPE LOC NORP FAC PRODUCT EVENT LAW WORK_OF_ART".split()
    + ["PER"]  # French (WikiNER): PER ORG LOC; its MISC is too mixed to name an actor
)
# How good a token is as a name for an actor: people and organisations first.
PERSON_LABELS = ("PERSON", "PER")  # English (OntoNotes), then French (WikiNER) entity labels
_NAME_RANK = {"PERSON": 0, "PER": 0, "ORG": 0, "GPE": 1, "NORP": 1, "FAC": 1, "LOC": 1, "PRODUCT": 1}

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "nsubj:pass")  # last: UD (fr)
# Dependents that belong in a short action phrase ("banned the police", "cut off").
# English labels, then the Universal Dependencies ones other pipelines (fr) use.
PHRASE_DEPS = frozenset(
    "neg prt dobj dative attr acomp oprd xcomp auxpass agent obj iobj compound:prt".split()
)
# Dependents never shown in an action phrase: they are other clauses or asides.
PRUNED_DEPS = frozenset(
    "relcl appos advcl ccomp conj cc punct parataxis acl mark advmod npadvmod "
    "meta dep intj".split()
)
# Heads of definite descriptions that news uses for its main organisation.
ORG_NOUNS = frozenset(
    "company firm group carmaker automaker maker manufacturer bank lender insurer retailer "
    "airline agency startup conglomerate giant corporation business chain operator "
    "publisher broadcaster producer supplier".split()
)
# Adjectives that make "the ... bank" another institution than the one the story is about:
# "the central bank", "the parent company", "the rival carmaker".
OTHER_ORG_ADJECTIVES = frozenset(
    "central federal national state regional local public world parent rival other "
    "former new merged combined".split()
)
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ours", "nous"})
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "je", "j'", "j’", "moi"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})  # French "il", "elle" are things too
# Which person a pronoun or title can name: "m" or "f" (English; French "il"/"elle" are things too).
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
TITLE_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "lord": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                "miss": "f", "lady": "f", "dame": "f", "madam": "f", "m.": "m", "mme": "f", "mme.": "f"}
SPEAKER_PRONOUNS = frozenset({"he", "she", "il", "elle"})  # as the subject of a reporting verb: a person
THING_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "whom", "that", "whose", "qui", "que", "qu'", "qu’", "lequel", "laquelle", "lesquels", "lesquelles"})
RELATIVE_CLAUSES = ("relcl", "acl:relcl")  # English labels, then Universal Dependencies (fr)
MAX_PHRASE_WORDS = 10
MIN_WORDS_FOR_LANGUAGE = 5

# Confidence by how the event was dated (issue: stated day > stated month >
# inferred by tense > publication date).
CONFIDENCE_STATED = {"day": 0.9, "week": 0.8, "month": 0.75}
CONFIDENCE_STATED_COARSE = 0.65  # quarter, season, year and coarser
CONFIDENCE_STATED_VAGUE = 0.5  # PRESENT_REF, PAST_REF: stated but without a span
CONFIDENCE_INFERRED = 0.45
CONFIDENCE_PUBLICATION = 0.3
CONFIDENCE_UPCOMING = 0.2
PREVIOUS_MENTION_FACTOR = 0.9  # an anaphoric date can inherit a wrong antecedent


# --- linking -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Link:
    """A Mention (or None for an undated sentence) tied to the word it dates."""

    trigger: object  # spaCy Token: the verb or event noun
    rule: str  # dependency path or sentence rule that made the link
    mention: Mention | None = None
    phrase_head: object = None  # Token the action phrase is built from
    period_end: Mention | None = None  # "the year *ended Sept. 30*": the day the period closes


def is_event_noun(token) -> bool:
    """True for nouns that name a happening: "death", "election", "announcement"."""
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    if lemma in EVENT_NOUNS or token.lower_ in EVENT_NOUNS:  # "talks" has lemma "talk"
        return True
    return lemma not in NON_EVENT_NOUNS and lemma.endswith(EVENT_NOUN_SUFFIXES) and len(lemma) > 5


def governing_word(span) -> tuple[object, str] | None:
    """The verb or event noun a temporal expression's span attaches to.

    Climbs from the span's root through prepositions, adverbs ("two weeks
    *ago*") and ordinary nouns until it meets a verb or an event noun; the
    path climbed is returned as the rule, e.g. ``"pobj<prep<VERB"``.
    """
    token = span.root
    path = [token.dep_]
    inside = range(span.start, span.end)
    happening = _of_event_noun(token)
    if happening is not None and happening.i not in inside:
        return happening, "of<NOUN"  # "after 10 hours of talks": the talks took the hours
    happening = _offset_event(token)
    if happening is not None:
        return happening, OFFSET_RULES[happening.head.lower_]  # "two days after the election"
    if token.head.i == token.i:
        # The expression is the root: a fragment such as a dateline, or a misparse that hangs the
        # verb below it ("The quake hit at 6:58 p.m. local time on Saturday": root "time"). Climb
        # instead from a word of the expression that a word outside governs ("hit at [6:58 p.m.]").
        token = next((t for t in span if t.head.i not in inside and t.head.i < span.start), token)
        path = [token.dep_]
    for _ in range(len(token.sent)):  # bounded: a parse is a tree, but be safe
        head = token.head
        if head.i == token.i:
            return None  # the expression is the root: a fragment such as a dateline
        if head.i in inside:
            token = head
            continue
        if head.pos_ in ("VERB", "AUX") and not _names_a_period(head):
            return _predicate(head), "<".join(path + ["VERB"])
        if is_event_noun(head):
            return head, "<".join(path + ["NOUN"])
        path.append(head.dep_)
        token = head
    return None


def _of_event_noun(token):
    """The event noun of "10 hours *of talks*", "two years of war", if any."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj" and is_event_noun(obj):
                    return obj
    return None


# Link rules of a length that separates an event noun from its clause's date.
OFFSET_RULES = {"before": "npadvmod<before<NOUN", "after": "npadvmod<after<NOUN"}


def _offset_event(token):
    """The event noun a length separates from the clause: "resigned Friday, two days
    *after the election*" -> election (which the length then dates, two days back)."""
    prep = token.head
    if token.dep_ != "npadvmod" or prep.dep_ != "prep" or prep.lower_ not in ("before", "after"):
        return None
    return next((c for c in prep.children if c.dep_ == "pobj" and is_event_noun(c)), None)


def _names_a_period(verb) -> bool:
    """"the quarter *ended* Sept. 30", "the year ending tomorrow", "the third quarter,
    which *ends* Sept. 30": the clause only says which period is meant; what happened
    in it is told by the clause above."""
    if verb.lemma_ != "end":
        return False
    if verb.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG", "VBD")


def _predicate(verb):
    """A copula's predicate is what happens: "sales *were weak* in May" -> weak."""
    if verb.lemma_ == "be":
        for child in verb.children:
            if child.dep_ in ("acomp", "attr") and child.i > verb.i:
                return child
    return verb


def _phrase_head(trigger):
    """Where the action phrase starts: a bare infinitive joins its governing verb.

    "decided to ban the police to use its software for a year": the year dates
    "use", but the readable action is "ban the police to use its software".
    """
    if trigger.dep_ in ("acomp", "attr") and trigger.head.lemma_ == "be":
        return trigger.head
    head = trigger.head
    if (trigger.tag_ == "VB" and trigger.dep_ in ("xcomp", "advcl") and head.pos_ == "VERB"
            and head.lemma_ not in REPORTING_VERBS and head.i != trigger.i):
        return head
    return trigger


# --- sentence units ----------------------------------------------------------


def sentence_units(doc) -> list[tuple[int, int]]:
    """Token ranges of sentences, also cut where the text has a blank line.

    The parser often runs a title, a subtitle and the first paragraph into one
    sentence; a blank line always ends a unit. A single newline does not: hard-
    wrapped text breaks lines inside sentences.
    """
    units = []
    for sent in doc.sents:
        start = sent.start
        for token in sent:
            if token.is_space and token.text.count("\n") >= 2:
                if token.i > start:
                    units.append((start, token.i))
                start = token.i + 1
        if sent.end > start:
            units.append((start, sent.end))
    return [(s, e) for s, e in units if any(not t.is_space and not t.is_punct for t in doc[s:e])]


def _unit_of(units, i) -> tuple[int, int]:
    n = bisect.bisect_right(units, (i, float("inf"))) - 1  # units are sorted by start
    if n >= 0 and units[n][0] <= i < units[n][1]:
        return units[n]
    return i, i + 1


# --- actor -------------------------------------------------------------------


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
    for child in token.rights:  # "shares of Apple": an "of" + name stays with the noun
        names = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
        if child.dep_ == "prep" and child.lower_ == "of" and names:
            keep.update(t.i for t in child.subtree)
    tokens = [token.doc[i] for i in sorted(keep) if not token.doc[i].is_punct]
    return _join(tokens)


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
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head, "noun before a finite verb"  # "the quake hit at ...", misparsed as a modifier
        if verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head
            continue
        speaker = _inverted_speaker(verb)
        if speaker is not None:
            return speaker, "speaker after the verb"
        for token in reversed(list(verb.doc[verb.left_edge.i:verb.i])):
            if token.pos_ in ("NOUN", "PROPN", "PRON") and token.dep_ != "pobj" \
                    and token.dep_ not in ("npadvmod", "compound", "poss"):
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


_QUOTE_MARKS = {'"', "“", "”", "``", "''", "«", "»"}


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


# --- action and entities ------------------------------------------------------


def action_phrase(head, exclude: frozenset[int] = frozenset(), trigger=None) -> tuple[str, list]:
    """A short readable phrase for what happens: verb (+ not, particle) + object.

    Returns the phrase and its tokens. Other clauses, asides and the temporal
    expression itself are left out; long phrases are cut at MAX_PHRASE_WORDS.
    """
    keep: set[int] = set()

    def add(token, depth: int) -> None:
        keep.add(token.i)
        has_object = any(c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp") for c in token.children)
        first_prep = True
        for child in token.children:
            if child.i in exclude:
                for inner in child.children:  # the parser hung the object under the date:
                    if inner.i not in exclude and inner.dep_ in ("dobj", "obj"):  # "annoncé dimanche soir la dissolution"
                        add(inner, depth + 1)
                continue
            if child.dep_ == "ccomp" and depth == 0 and token.lemma_ in REPORTING_VERBS:
                add(child, 1)  # what was said: "explained that Google would not provide"
            elif child.dep_ == "mark" and token.dep_ == "ccomp" and depth > 0:
                keep.add(child.i)  # "said *that* ..."
            elif child.dep_ in PRUNED_DEPS:
                continue
            elif child.dep_ == "aux" and child.tag_ == "MD":
                keep.add(child.i)  # "will deny", "would not provide"
                keep.update(a.i for a in token.children if a.dep_ in ("aux", "auxpass") and a.i > child.i
                            and a.lemma_ in ("have", "be"))  # "would have cried", not "would cried"
            elif (child.dep_ in PHRASE_DEPS or (depth > 0 and child.dep_ in (
                    "det", "poss", "compound", "amod", "nummod", "pobj", "pcomp", "case", "aux",
                    "prep", "nsubj", "nsubjpass", "nmod"))) and not (child.dep_ == "xcomp" and depth > 0):
                add(child, depth + 1)  # one level of "decided to ban", not a chain of them
            elif child.dep_ == "prep" and not has_object and first_prep and child.i > token.i:
                first_prep = False  # "focused on the development"
                add(child, depth + 1)
            elif child.dep_ in ("pobj",) and head.pos_ in ("NOUN", "PROPN"):
                add(child, depth + 1)

    if head.pos_ in ("NOUN", "PROPN"):  # an event noun: "death of George Floyd"
        keep.add(head.i)
        for child in head.children:
            if child.dep_ in ("prep", "compound", "amod") and child.i not in exclude:
                keep.update(t.i for t in child.subtree if t.i not in exclude
                            and t.dep_ not in ("appos", "punct", "relcl"))
    else:
        add(head, 0)
        if trigger is not None and trigger.i not in keep:
            add(trigger, 1)  # the phrase climbed to a governing verb: keep the trigger
    tokens = [head.doc[i] for i in sorted(keep) if i not in exclude]
    tokens = [t for t in tokens if t.dep_ != "punct"]
    quote = next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)
    if quote is not None and head.lemma_ in REPORTING_VERBS:
        # "Banks will stay shut, the bank said": the saying first, then what was said
        said = range(quote.left_edge.i, quote.right_edge.i + 1)
        tokens = [t for t in tokens if t.i not in said] + [t for t in tokens if t.i in said]
    if len(tokens) > MAX_PHRASE_WORDS:
        return _join(tokens[:MAX_PHRASE_WORDS]) + " …", tokens[:MAX_PHRASE_WORDS]
    return _join(tokens), tokens


def entities_in(tokens, actor: str) -> tuple[str, ...]:
    """Named participants in the phrase, the actor first."""
    names = [actor] if actor and actor[:1].isupper() else []
    seen = {t.i for t in tokens}
    for token in tokens:
        ent = _entity(token)
        if ent is not None and ent.label_ in ENTITY_LABELS and ent.root.i in seen:
            if ent.text not in names:
                names.append(ent.text)
    return tuple(names)


# --- time --------------------------------------------------------------------

_DURATION = re.compile(
    r"P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?"
    r"(?:(?P<D>\d+(?:\.\d+)?)D)?(?:T(?:(?P<H>\d+(?:\.\d+)?)H)?(?:(?P<MI>\d+)M)?(?:(?P<S>\d+)S)?)?$"
)


def duration_delta(value: str) -> relativedelta | None:
    """TimeML duration -> relativedelta: "P1Y" -> 1 year, "P2W" -> 14 days; None if vague."""
    match = _DURATION.match(value or "")
    if not match or value in ("P", "PT") or not any(match.groupdict().values()):
        return None
    part = {k: float(v) for k, v in match.groupdict().items() if v}
    months = round(part.get("Y", 0) * 12 + part.get("M", 0))
    days = round(part.get("W", 0) * 7 + part.get("D", 0) + part.get("H", 0) / 24)
    if months == 0 and days == 0:
        days = 1  # hours or minutes still cover (part of) a day
    return relativedelta(months=months, days=days)


def duration_span(value: str, anchor: dt.date, backward: bool) -> tuple[dt.date, dt.date] | None:
    """Lay a duration on its anchor date: forward from it, or back to it.

    >>> duration_span("P1Y", dt.date(2020, 6, 10), backward=False)
    (datetime.date(2020, 6, 10), datetime.date(2021, 6, 10))
    >>> duration_span("P2Y", dt.date(2020, 6, 11), backward=True)
    (datetime.date(2018, 6, 11), datetime.date(2020, 6, 11))
    """
    delta = duration_delta(value)
    if delta is None:
        return None
    try:
        return (anchor - delta, anchor) if backward else (anchor, anchor + delta)
    except (OverflowError, ValueError):
        return None


def next_day(day: dt.date) -> dt.date:
    """The day after (the last representable day stays itself rather than overflow)."""
    return day + dt.timedelta(days=1) if day < dt.date.max else day


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def value_span(value: str) -> tuple[dt.date, dt.date] | None:
    """Fallback when the core gives no interval: the calendar unit an ISO value names."""
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value):
            day = dt.date.fromisoformat(value[:10])
            return day, day + dt.timedelta(days=1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            first = dt.date(int(value[:4]), int(value[5:7]), 1)
            return first, first + relativedelta(months=1)
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value) + 1, 1, 1)
        week = _WEEK.match(value)
        if week:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
            return monday, monday + dt.timedelta(days=7)
    except (ValueError, OverflowError):
        return None
    return None


def tense(verb) -> str:
    """"future" | "perfect" | "pluperfect" | "present" | "past" | "other" (verb group)."""
    if verb.doc.lang_ == "fr":
        return french.clause_tense(verb)
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    lowers = {a.lower_ for a in auxes}
    if lowers & FUTURE_AUX or any(a.lower_ == "going" for a in auxes):
        return "future"
    perfect = [a for a in auxes if a.lemma_ == "have"]
    if perfect:  # "had decided" happened before a past time, "has decided" up to now
        return "pluperfect" if perfect[0].tag_ == "VBD" else "perfect"
    tags = [a.tag_ for a in auxes if a.tag_ != "MD"] + [verb.tag_]
    if any(a.tag_ == "MD" for a in auxes):
        return "other"
    if tags[0] in ("VBZ", "VBP"):
        return "present"
    if tags[0] == "VBD":
        return "past"
    return "other"


def _verb_of(token):
    """The verb a predicate belongs to (itself if a verb)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _granularity_index(granularity: str) -> int:
    return GRANULARITIES.index(granularity) if granularity in GRANULARITIES else len(GRANULARITIES)


def confidence(anchor: str, granularity: str, dated: bool, upcoming: bool = False) -> float:
    """How far to trust the event's date, from how it was anchored (0..1).

    >>> confidence("stated", "day", True) > confidence("stated", "month", True)
    True
    >>> confidence("stated", "month", True) > confidence("inferred", "day", True)
    True
    """
    if upcoming:
        return CONFIDENCE_UPCOMING
    if anchor == "publication":
        return CONFIDENCE_PUBLICATION
    if anchor == "inferred":
        return CONFIDENCE_INFERRED
    if not dated:
        value = CONFIDENCE_STATED_VAGUE
    elif _granularity_index(granularity) >= _granularity_index("day"):
        value = CONFIDENCE_STATED["day"]
    else:
        value = CONFIDENCE_STATED.get(granularity, CONFIDENCE_STATED_COARSE)
    return round(value * (PREVIOUS_MENTION_FACTOR if anchor == "previous mention" else 1), 3)


@dataclass(frozen=True, slots=True)
class _When:
    start: dt.date | None
    end: dt.date | None
    anchor: str
    granularity: str
    note: str = ""


def time_of(link: Link, dated_triggers: dict[int, tuple[dt.date, str]], published: dt.date) -> _When:
    """Where the link's mention puts its event on the calendar."""
    timex: Timex = link.mention.timex
    stated = "previous mention" if timex.anchor == Anchor.PREVIOUS_MENTION else "stated"
    if link.period_end is not None:
        closed = _closed_period(timex, link.period_end.timex)
        if closed is not None:
            return _When(closed[0], closed[1], "stated", timex.granularity, f"ended {link.period_end.text}")
    if timex.value == "FUTURE_REF":
        return _When(None, None, stated, timex.granularity)
    if timex.type == "DURATION" and link.rule in OFFSET_RULES.values():
        return _offset_time(link, timex, dated_triggers)
    if timex.type == "DURATION" and timex.interval is None:
        verb = _verb_of(link.trigger)
        when = tense(verb)
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") and tense(verb.head) == "past":
            when = "past"  # "convicted him on Thursday, capping a four-week trial": the participle shares the past
        anchor_date, _ = _clause_date(link.trigger, dated_triggers) or (published, "day")
        # "has run for two years", "depuis deux ans": the length runs back to the anchor
        backward = (when in ("perfect", "pluperfect") or (when == "present" and verb.tag_ == "VBG")
                    or _introduced_by_since(link) or (when == "past" and (_after_a_length(link) or _told_later(verb, dated_triggers))))
        if when == "past" and anchor_date == published and not _has_clause_date(link.trigger, dated_triggers):
            return _When(None, None, "inferred", timex.granularity, "past duration, no date")
        span = duration_span(timex.value, anchor_date, backward)
        if span is None:
            return _When(None, None, stated, timex.granularity)
        direction = "back from" if backward else "forward from"
        return _When(span[0], span[1], "inferred", timex.granularity,
                     f"{direction} {anchor_date}")
    span = timex.interval or value_span(timex.value)
    if span is None and timex.value == "PRESENT_REF":
        reference = timex.reference or published
        span = (reference, next_day(reference))
        return _When(span[0], span[1], stated, "day")
    if span is None:
        return _When(None, None, stated, timex.granularity)
    if _introduced_by_since(link) and span[0] < published:
        # "has faced recalls since 2018": from that date up to publication.
        return _When(span[0], published, stated, timex.granularity, "since: up to publication")
    # A span keeps the duration's own granularity ("the past two years" is a
    # year-grained fact, not a stated day), so it sorts after finer events.
    return _When(span[0], span[1], stated, timex.granularity)


def _closed_period(period: Timex, last: Timex) -> tuple[dt.date, dt.date] | None:
    """The days of a period that ends on a stated day: "the year ended Sept. 30" is
    Oct. 1 to Sept. 30 (a fiscal year, not the calendar one its value names)."""
    if last.interval is None:
        return None
    end = last.interval[1]
    if period.type == "DURATION":
        return duration_span(period.value, end, backward=True)
    if period.granularity in _CLOSABLE_PERIODS:
        return end - STEP[period.granularity], end
    return None


def _offset_time(link: Link, timex: Timex, dated_triggers) -> _When:
    """"resigned on Friday, two days after the election": the election is two days
    before Friday; "six months before a national vote": six months after the clause's date."""
    prep = link.trigger.head
    verb = prep.head
    dated = _clause_date(verb, dated_triggers) or next(  # "suffered losses in elections on Sunday"
        (dated_triggers[i] for i in sorted(dated_triggers) if _verb_of(verb.doc[i]) == verb), None)
    # "after the election": the election is the length back from the date; "before": ahead of it
    span = duration_span(timex.value, dated[0], backward=prep.lower_ == "after") if dated is not None else None
    if span is None:
        return _When(None, None, "inferred", timex.granularity, "no date to count from")
    day = span[0] if prep.lower_ == "after" else span[1]
    return _When(day, next_day(day), "inferred", timex.granularity, f"{link.mention.text} {prep.lower_} {dated[0]}")


def _after_a_length(link: Link) -> bool:
    """"returned to work Monday after four days of sick leave", "arrived after a 16-hour
    flight", "ended his decade-long dominance": the length ran up to the clause's date."""
    doc = link.trigger.doc
    span = doc.char_span(link.mention.start, link.mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.root.dep_ == "pobj" and span.root.head.lower_ == "after":
        return True
    noun = link.trigger  # a length that modifies its event noun ("a 16-hour flight")
    if noun.i in range(span.start, span.end) or noun.pos_ not in ("NOUN", "PROPN", "VERB"):
        return False
    return (noun.dep_ == "pobj" and noun.head.lower_ == "after") or (
        noun.dep_ in ("dobj", "obj") and noun.head.lemma_ in _ENDING_VERBS)


# Verbs whose object was under way until the clause's date: "ended a decade-long dominance".
_ENDING_VERBS = frozenset("end finish conclude complete halt break wrap cap close".split())


def _introduced_by_since(link: Link) -> bool:
    mention = link.mention
    if mention.text.lower().startswith("since "):
        return True
    doc = link.trigger.doc
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ == "depuis":
        return True
    return span.root.dep_ == "pobj" and span.root.head.lower_ == "since"


def _clause_date(trigger, dated_triggers) -> tuple[dt.date, str] | None:
    """The date stated for this clause or a clause above it in the same sentence."""
    token = trigger
    while True:
        if token.i in dated_triggers:
            return dated_triggers[token.i]
        if token.head.i == token.i:
            return None
        token = token.head


def _told_later(verb, dated_triggers) -> bool:
    """Whether a past clause is dated only by the saying that reports it ('"We spent three weeks
    on this," she said on Wednesday'): what was done was over by then."""
    token = verb
    while token.i not in dated_triggers:
        if token.head.i == token.i:
            return False
        token = token.head
    return token.i != verb.i and token.lemma_ in REPORTING_VERBS


def _has_clause_date(trigger, dated_triggers) -> bool:
    return _clause_date(trigger, dated_triggers) is not None


# --- undated sentences -------------------------------------------------------


def _main_verb(doc, start: int, end: int):
    """The unit's main verb: the verb whose head lies outside the unit (or is itself)."""
    for token in doc[start:end]:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass") and (
                token.head.i == token.i or not start <= token.head.i < end):
            return token
    for token in doc[start:end]:
        if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm"):
            return token
    return None


def undated_link(doc, start: int, end: int) -> tuple[Link, str] | None:
    """A unit with no expression: a report or present news (publication), or a plan.

    Returns the link and ``"publication"``, ``"upcoming"`` or ``"narrative"``
    (past narration: dated only if the sentence before gives it a past date).
    """
    main = _main_verb(doc, start, end)
    if main is None:
        return None
    trigger, rule = main, "main verb"
    if main.lemma_ in REPORTING_VERBS:
        reported = [c for c in main.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if reported and reported[0].lemma_ == "be" and _quoted(reported[0]) and not any(
                c.dep_ == "auxpass" for c in reported[0].children):
            reported = []  # '"Security is the last item," she said': an opinion quoted; the news is the saying
        if reported and tense(reported[0]) in ("present", "perfect", "future"):
            trigger, rule = reported[0], "reported clause"
        else:
            rule = "reporting verb"
    when = tense(trigger)
    if when == "future":
        return Link(_predicate(trigger), f"{rule}, future tense", None, trigger), "upcoming"
    if when in ("present", "perfect") or (rule == "reporting verb" and when != "pluperfect"):
        kind = "reporting verb" if rule == "reporting verb" else f"{rule}, {when} tense"
        return Link(_predicate(trigger), kind, None, trigger), "publication"
    if when in ("past", "pluperfect"):
        if trigger.lemma_ == "be" and not any(c.dep_ == "auxpass" for c in trigger.children):
            return None  # "Lahaina was home to 12,000 people": a state, not the next step of the story
        return Link(_predicate(trigger), f"{rule}, {when} tense", None, trigger), "narrative"
    return None


# --- the stage ---------------------------------------------------------------


def _in_language(text: str, language: str) -> bool:
    """False for a line in another language (a subtitle left untranslated).

    Only undated sentences are checked: they become events on the strength of
    their grammar alone, which the parser gets wrong in a foreign language.
    Lines under MIN_WORDS_FOR_LANGUAGE words are too short to tell.
    """
    if len(text.split()) < MIN_WORDS_FOR_LANGUAGE:
        return True
    try:
        import py3langid
    except ImportError:  # optional: without it every line is kept
        return True
    return py3langid.classify(text)[0] == language


def link_mentions(doc, mentions) -> list[Link]:
    """Tie each dated mention to its governing word (SET expressions date nothing single).

    A day that only closes a period told just before it ("the year ended Sept. 30")
    is folded into that period's link: one event over the year up to Sept. 30,
    not a second one on Sept. 30.
    """
    text = doc.text  # built anew on each access: once per doc, not per mention
    ends = _period_ends(text, mentions)  # the parse's text: blanked datelines, same offsets
    closing_days = {day.start for day in ends.values()}
    links = []
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.timex.type == "SET" or mention.start in closing_days:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0 or all(t.is_space for t in span):
            continue  # blanked for the parser: "WASHINGTON, June 3 (AP) --" is when the story was filed
        modified = _modified_noun(span) if mention.timex.type == "DURATION" else None
        if modified is not None and not is_event_noun(modified) and modified.lower_ not in EVENT_NOUNS:
            continue  # "a 10-year bond", "a five-year plan": a kind of thing, no event on the calendar
        found = (modified, f"{span.root.dep_}<NOUN") if modified is not None else governing_word(span)
        if found is None:
            continue
        trigger, rule = found
        if trigger.pos_ in ("VERB", "AUX") and names_a_baseline(text, mention):
            continue  # "rose to $412 million from $298 million a year earlier": the old figure's date, not the rise's
        links.append(Link(trigger, rule, mention, _phrase_head(trigger), ends.get(mention.start)))
    return links


def _modified_noun(span):
    """The noun a length modifies: "a *16-hour* flight", "*one-day* shipping" (a gerund
    the tagger may call a verb)."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "amod", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN", "VERB"):
        return head
    return None


def _period_ends(text: str, mentions) -> dict[int, Mention]:
    """{start of a period's mention: the day mention that closes it}, for "the quarter
    ended Sept. 30", "the six months ending June 30" (a period with a length)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    return {period.start: day for period, day in zip(ordered, ordered[1:])
            if (period.timex.type == "DURATION" or period.timex.granularity in _CLOSABLE_PERIODS)
            and closes_period(text, period, day)}


# Calendar periods a story closes on a day ("the quarter ended Sept. 30"); their lengths are periods.STEP's.
_CLOSABLE_PERIODS = frozenset({"year", "half", "quarter", "month", "week"})


def extract_events(article: Article, *, doc=None, mentions=None) -> list[Event]:
    """Events of one article, in text order.

    ``doc`` (the spaCy parse of ``article.text``) and ``mentions`` (from
    :func:`timeline.temporal.find_mentions`) are computed when not given.
    Raises InputError when the article has no publication date.
    """
    return mentions_and_events(article, doc=doc, mentions=mentions)[1]


def mentions_and_events(article: Article, *, doc=None, mentions=None) -> tuple[list[Mention], list[Event]]:
    """(mentions, events) of one article from one parse: the mentions are those
    :func:`timeline.temporal.find_mentions` finds in the text (piece by piece
    for a long one), the events those of :func:`extract_events`."""
    if article.published is None:
        raise InputError(
            f"{article.article_id}: no publication date; events are dated relative to it."
        )
    if not article.text.strip():
        return [], []
    if doc is None and len(article.text) > CHUNK_CHARS:
        return _events_in_pieces(article)
    if doc is None:
        doc = nlp.parse(article.text, article.language)
    if mentions is None:
        mentions = find_mentions(article.text, published=article.published,
                                 lang=article.language, doc=doc)
    events = _events_of(article, doc, mentions, _Memory())
    return list(mentions), [_with_id(event, n) for n, event in enumerate(events, start=1)]


def _events_in_pieces(article: Article) -> tuple[list[Mention], list[Event]]:
    """A long text's mentions and events, piece by piece (see
    :data:`timeline.temporal.CHUNK_CHARS`): the names and pronouns learnt go on
    to the next piece, each parse is released."""
    from dataclasses import replace

    memory, mentions, events = _Memory(), [], []
    for piece in tagged_pieces(article.text, article.published, article.language):
        mentions.extend(piece.mentions)
        a = piece.start
        for event in _events_of(article, piece.doc, list(piece.local_mentions), memory):
            events.append(replace(
                event, char_start=event.char_start + a, char_end=event.char_end + a,
                sentence_start=event.sentence_start + a, sentence_end=event.sentence_end + a,
                expression_start=event.expression_start + a if event.expression_start >= 0 else -1,
                expression_end=event.expression_end + a if event.expression_end >= 0 else -1))
        _carry_over(memory)
    return mentions, [_with_id(event, n) for n, event in enumerate(events, start=1)]


def _events_of(article: Article, doc, mentions, memory: _Memory) -> list[Event]:
    """Events of ``doc`` (the parse of the article or of one piece), unnumbered."""
    units = sentence_units(doc)
    links = link_mentions(doc, mentions)
    linked_units = {_unit_of(units, link.trigger.i) for link in links}
    linked_units |= {_unit_of(units, doc.char_span(m.start, m.end, alignment_mode="expand").start)
                     for m in mentions if doc.char_span(m.start, m.end, alignment_mode="expand")}
    # Past dates stated per unit: the next sentence's past narration continues them.
    unit_dates: dict[tuple[int, int], tuple[_When, str]] = {}
    for link in links:
        if link.mention.timex.type in ("DATE", "TIME"):
            when = time_of(link, {}, article.published)
            if when.start is not None and when.start < article.published:
                unit_dates.setdefault(_unit_of(units, link.trigger.i), (when, link.mention.timex.value))
    kinds: dict[int, str] = {}
    inherited: dict[int, tuple[_When, str]] = {}
    for n, (start, end) in enumerate(units):
        if (start, end) in linked_units:
            continue
        found = undated_link(doc, start, end)
        if found is None or not _in_language(doc[start:end].text, article.language):
            continue
        link, kind = found
        if kind == "narrative":
            if n == 0 or units[n - 1] not in unit_dates:
                continue  # nothing says when it happened
            inherited[id(link)] = unit_dates[units[n - 1]]
        links.append(link)
        kinds[id(link)] = kind
    links.sort(key=lambda link: (link.trigger.i, link.mention.start if link.mention else -1))

    # Dates stated for clauses: durations in the same clause are laid on them.
    dated_triggers: dict[int, tuple[dt.date, str]] = {}
    for link in links:
        if link.mention is not None and link.mention.timex.type in ("DATE", "TIME"):
            when = time_of(link, {}, article.published)
            if when.start is not None:
                for token in (link.trigger, link.phrase_head):
                    dated_triggers.setdefault(token.i, (when.start, when.granularity))

    learn_names(doc, memory)
    events = []
    for link in links:
        events.append(_build(article, doc, units, link, kinds.get(id(link)), dated_triggers,
                             memory, inherited.get(id(link))))
    return events


def _with_id(event: Event, n: int) -> Event:
    from dataclasses import replace

    return replace(event, event_id=f"{event.article_id}-e{n}")


def expression_tokens(span) -> frozenset[int]:
    """The expression's tokens and the preposition that introduces it ("in January")."""
    tokens = set(range(span.start, span.end))
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep" and head.i not in tokens:
        tokens.add(head.i)
    return frozenset(tokens)


def _build(article, doc, units, link: Link, kind, dated_triggers, memory: _Memory,
           inherited: tuple[_When, str] | None = None) -> Event:
    trigger = link.trigger
    exclude = frozenset()
    if link.mention is not None:
        span = doc.char_span(link.mention.start, link.mention.end, alignment_mode="expand")
        exclude = expression_tokens(span)
    subject, actor_rule = actor_token(trigger)
    actor = resolve_actor(subject, trigger, memory)
    if subject is not None:
        _remember(named_referent(subject), actor, memory)
        if subject.i > trigger.i:  # a speaker after the verb is the actor, not part of the action
            exclude = exclude | {t.i for t in subject.subtree}
    action, tokens = action_phrase(link.phrase_head or trigger, exclude, trigger)
    unit_start, unit_end = _unit_of(units, trigger.i)
    sentence = doc[unit_start:unit_end]
    common = dict(
        article_id=article.article_id, actor=actor, action=action, trigger=trigger.text,
        char_start=trigger.idx, char_end=trigger.idx + len(trigger.text),
        sentence=sentence.text.strip(), sentence_start=sentence.start_char,
        sentence_end=sentence.end_char, entities=entities_in(tokens, actor),
    )
    published = article.published
    if link.mention is None:
        if inherited is not None:
            when, value = inherited
            return Event(**common, anchor="previous mention",
                         confidence=round(CONFIDENCE_INFERRED * PREVIOUS_MENTION_FACTOR, 3),
                         rule=f"previous sentence's date: {link.rule}; actor: {actor_rule}",
                         type="DATE", value=value, granularity=when.granularity,
                         start=when.start, end=when.end)
        if kind == "upcoming":
            return Event(**common, anchor="inferred", confidence=CONFIDENCE_UPCOMING,
                         rule=f"{link.rule}; actor: {actor_rule}", type="DATE",
                         value="FUTURE_REF", granularity="unknown")
        return Event(**common, anchor="publication", confidence=CONFIDENCE_PUBLICATION,
                     rule=f"publication: {link.rule}; actor: {actor_rule}", type="DATE",
                     value=published.isoformat(), granularity="day", start=published,
                     end=next_day(published))
    mention = link.mention
    timex = mention.timex
    when = time_of(link, dated_triggers, published)
    upcoming = timex.value == "FUTURE_REF"
    return Event(
        **common, anchor=when.anchor,
        # PRESENT_REF, PAST_REF: stated, but no span of days is stated.
        confidence=confidence(when.anchor, when.granularity,
                              when.start is not None and not timex.value.endswith("_REF"), upcoming),
        rule=f"{link.rule}{'; span ' + when.note.strip() if when.note else ''}; actor: {actor_rule}",
        type=timex.type, value=timex.value, granularity=when.granularity, start=when.start,
        end=when.end, mod=timex.mod, expression=mention.text, expression_start=mention.start,
        expression_end=mention.end, timex=timex,
    )

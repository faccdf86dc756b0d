"""Stage 4, action: the verb with negation, particle and object, as a short phrase,
and the named participants in it.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A quote before its verb comes after it in the action ("told reporters we will fight"); an
  object the parser hung under the date stays in the action ("a annoncé dimanche soir la
  dissolution de l'Assemblée nationale").
- A date that is its verb's object or attribute stays in the action ("would use the year to pass
  rules"); a date that only modifies ("on Monday", "last week") is left out.
"""

from __future__ import annotations

from timeline.events.actor import ENTITY_LABELS, _entity, _join
from timeline.nlp import REPORTING_VERBS

# Dependents that belong in a short action phrase ("banned the police", "cut off").
# English labels, then the Universal Dependencies ones other pipelines (fr) use.
PHRASE_DEPS = frozenset(
    "neg prt dobj dative attr acomp oprd xcomp auxpass agent obj iobj compound:prt obl:arg".split()
)
# Dependents never shown in an action phrase: they are other clauses or asides.
PRUNED_DEPS = frozenset(
    "relcl appos advcl ccomp conj cc punct parataxis acl mark advmod npadvmod "
    "meta dep intj".split()
)
MAX_PHRASE_WORDS = 10


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
            elif child.dep_ == "mark" and token.dep_ in ("ccomp", "xcomp") and depth > 0:
                keep.add(child.i)  # "said *that* ...", "interdit à la police *d'*utiliser"
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
            link = trigger.head
            while link.i != head.i and link.head.i != link.i:  # and the words between: "ban police *from* using"
                keep.add(link.i)
                link = link.head
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


# Dependents that are a core argument of their verb: an expression there is part of what was done.
CORE_DEPS = frozenset({"dobj", "attr"})


def expression_tokens(span) -> frozenset[int]:
    """The expression's tokens and the preposition that introduces it ("in January"): the words
    an action phrase leaves out. Nothing when the expression is its verb's object or attribute
    ("would use *the year* to pass rules"): without it the action would not read."""
    if span.root.dep_ in CORE_DEPS and span.root.head.i not in range(span.start, span.end):
        return frozenset()
    tokens = set(range(span.start, span.end))
    head = span.root.head
    if span.root.dep_ == "pobj" and head.dep_ == "prep" and head.i not in tokens:
        tokens.add(head.i)
    return frozenset(tokens)

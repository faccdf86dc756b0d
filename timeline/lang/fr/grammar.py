"""French grammar for the shared verb reading (:mod:`timeline.lang.tense`): the French parse
(fr_core_news_sm) marks tense in the morphology (``Tense=Fut``, ``Mood=Cnd``,
``VerbForm=Fin``), which the small model gets wrong on a few forms that the spelling
mends: the future and conditional endings on a future stem, the passé simple of -er verbs."""

from __future__ import annotations

import re
import unicodedata

from timeline.lang.fr import words as fw
from timeline.lang.tense import Grammar

AUXILIARY_DEPS = frozenset({"aux:tense", "aux:pass"})  # every "aux*" label of the parser
TENSE_AUXILIARY_DEPS = frozenset({"aux:tense"})  # "a" of "a voté", not "est" of "est voté"

# Future stems of irregular verbs, on which the future and the conditional are built
# ("viendr-a", "viendr-ait"). Short stems must be the whole stem ("ir-a", not "tir-a").
_CONDITIONAL_ENDING = re.compile(r"r(ais|ait|ions|iez|aient)$")


_FUTURE_ENDING = re.compile(r"r(ai|as|a|ons|ez|ont)$")


def has(token, feature: str, value: str) -> bool:
    """Whether the morphology of ``token`` gives ``feature`` the ``value``."""
    return value in token.morph.get(feature)


def _on_future_stem(verb, ending: re.Pattern) -> bool:
    """Whether the finite form is a future stem (the infinitive, or an irregular stem)
    plus ``ending``; the imperfect and passé simple have the bare stem ("venait", "tira")."""
    found = ending.search(verb.lower_)
    if found is None or not has(verb, "VerbForm", "Fin"):
        return False
    stem, lemma = verb.lower_[: found.start(1)], verb.lemma_.lower()
    if stem in fw.SHORT_FUTURE_STEMS or stem.endswith(fw.LONG_FUTURE_STEMS):
        return True
    return _spelling_core(stem) in (_spelling_core(lemma), _spelling_core(lemma.removesuffix("e")))


def _spelling_core(word: str) -> str:
    """A verb stem without the changes its future makes: accents, doubled consonants, y -> i
    ("appellera" / "appeler", "mènera" / "mener", "paiera" / "payer")."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().replace("y", "i")
    return re.sub(r"(.)\1", r"\1", plain)


def passe_simple(verb) -> bool:
    """ "tira", "entrèrent": the passé simple of an -er verb, which the model tags as a future."""
    lemma = verb.lemma_.lower()
    return lemma.endswith("er") and verb.lower_ in (lemma[:-2] + "a", lemma[:-2] + "èrent")


def future(verb) -> bool:
    """The future tense; the small model sometimes tags it as a present ("défileront")."""
    return _on_future_stem(verb, _FUTURE_ENDING) or (has(verb, "Tense", "Fut") and not passe_simple(verb))


def conditional(verb) -> bool:
    """The conditional mood; the small model often tags it as the imperfect ("viendrait")."""
    return has(verb, "Mood", "Cnd") or _on_future_stem(verb, _CONDITIONAL_ENDING)


def finite_past(verb) -> bool:
    """Imparfait or passé simple: "votait", "vota"."""
    return has(verb, "VerbForm", "Fin") and (has(verb, "Tense", "Imp") or has(verb, "Tense", "Past") or passe_simple(verb))


GRAMMAR = Grammar(
    auxiliary_deps=AUXILIARY_DEPS,
    tense_auxiliary_deps=TENSE_AUXILIARY_DEPS,
    span_verb_as_last_resort=False,
    fronted_time_takes_main_verb=True,  # the small parser leaves "À Noël," apart from its clause
    marks_future=future,
    future_marked_on_verb=True,  # the future is an ending: "votera"
    builds_perfect=lambda aux: True,  # every tense auxiliary builds a compound past
    perfect_is_pluperfect=lambda aux: has(aux, "Tense", "Imp"),  # "avait voté", not "a voté"
    is_modal=conditional,
    is_past=finite_past,
    is_present=lambda verb: has(verb, "VerbForm", "Fin") and has(verb, "Tense", "Pres"),
)

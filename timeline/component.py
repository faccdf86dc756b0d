"""spaCy component ``timeline_timex``: temporal expressions as ``doc.spans``.

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("timeline_timex", config={"published": "2020-06-11"})
    doc = nlp("IBM announced on Monday that it would stop selling the software.")
    [(span.text, span.label_, span._.timex.value) for span in doc.spans["timeline_timex"]]
    # [('Monday', 'DATE', '2020-06-08')]

The publication date comes from ``doc._.timeline_published`` when set (one pipeline,
many articles), else from the component's config. There is no default: a document
with neither is refused, as HeidelTime refuses news without a creation date.
``doc.ents`` is left alone; the component needs the parser (tense) and runs last.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from timeline.errors import InputError
from timeline.ingest import parse_date
from timeline.temporal import find_mentions


@Language.factory(
    "timeline_timex",
    default_config={"published": None, "spans_key": "timeline_timex"},
    requires=["token.dep", "token.tag", "token.pos"],
    assigns=["doc.spans"],
)
def make_timex_tagger(nlp: Language, name: str, *, published: str | None, spans_key: str):
    """RETURNS the component; ``published`` is YYYY-MM-DD or None (then per document)."""
    return TimexTagger(published=published, spans_key=spans_key)


class TimexTagger:
    """Thin wrapper: find and resolve with the pure core, store spans with their Timex."""

    def __init__(self, *, published: str | None = None, spans_key: str = "timeline_timex"):
        self.published = parse_date(published)
        self.spans_key = spans_key
        if not Doc.has_extension("timeline_published"):
            Doc.set_extension("timeline_published", default=None)
        if not Span.has_extension("timex"):
            Span.set_extension("timex", default=None)

    def __call__(self, doc: Doc) -> Doc:
        published = parse_date(doc._.timeline_published) or self.published
        if published is None:
            raise InputError(
                "timeline_timex needs a publication date: set doc._.timeline_published "
                "or the component's 'published' config."
            )
        spans = []
        for mention in find_mentions(doc.text, published=published, lang=doc.lang_, doc=doc):
            span = doc.char_span(mention.start, mention.end, label=mention.timex.type, alignment_mode="expand")
            if span is not None:
                span._.timex = mention.timex
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc

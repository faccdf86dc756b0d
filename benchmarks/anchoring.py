"""Event-to-time anchoring, measured on TimeML corpora (TimeBank, AQUAINT).

Gold: every TLINK between an EVENT and a TIMEX3 that lie in the same sentence
says that the expression dates (relates to) that event. For each such timex
we ask ``timeline.events`` which event the expression dates, giving it the
gold timex span as the mention (so tagger errors are not counted here), and
check whether our event holds the gold event's head word:

    strict    our governing word (the trigger) is the gold event word
    contains  the gold event word is among our event's words (trigger + action
              phrase), the issue's definition

    precision = our events that hold a gold event of their expression
                / our events (for expressions that have gold links)
    recall    = gold links whose event our event for the expression holds
                / gold links
    (timex recall: expressions whose event holds at least one gold event)

Usage:
    .venv/bin/python benchmarks/anchoring.py [DIR ...] [--limit N] [--errors N] [--dating-only]

--system-mentions links the tagger's own mentions (end to end: a timex the
tagger misses counts against recall). --dating-only keeps the TLINKs that place the event at the time (IS_INCLUDED,
DURING, SIMULTANEOUS, BEGINS, ...), leaving out BEFORE / AFTER links.
Default DIR: /work/shared/corpora/timebank
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline import events, nlp  # noqa: E402
from timeline.timeml import read_corpus  # noqa: E402
from timeline.types import Anchor, Mention, Timex  # noqa: E402

# The granularity a gold TIMEX3 value states, as far as linking reads it (a day or finer, a
# week); "unknown" for the rest. The gold gives the value only, where the tagger gives both.
_GOLD_GRANULARITIES = (
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}T.*|T.*"), "minute"),
    (re.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}"), "day"),
    (re.compile(r"[\dX]{4}-W[\dX]{2}(-\d)?"), "week"),
)


def gold_granularity(value: str | None) -> str:
    for pattern, granularity in _GOLD_GRANULARITIES:
        if pattern.fullmatch(value or ""):
            return granularity
    return "unknown"

DEFAULT_CORPUS = "/work/shared/corpora/timebank"


@dataclass
class Score:
    system: int = 0  # our events for expressions with gold links (one or more each)
    correct: dict = field(default_factory=lambda: Counter())  # mode -> our events holding gold
    gold_links: int = 0
    found_links: dict = field(default_factory=lambda: Counter())  # mode -> gold links held
    timexes: int = 0
    found_timexes: dict = field(default_factory=lambda: Counter())
    errors: list = field(default_factory=list)

    def report(self, mode: str) -> tuple[float, float, float, float]:
        p = self.correct[mode] / self.system if self.system else 0.0
        r = self.found_links[mode] / self.gold_links if self.gold_links else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rt = self.found_timexes[mode] / self.timexes if self.timexes else 0.0
        return p, r, f, rt


# TLINK relations that put the event at (within, around) the time, as opposed
# to BEFORE / AFTER, which say the event is elsewhere in time.
DATING_RELATIONS = frozenset(
    "IS_INCLUDED INCLUDES DURING DURING_INV SIMULTANEOUS IDENTITY BEGINS ENDS "
    "BEGUN_BY ENDED_BY".split()
)


def gold_pairs(document, relations: frozenset[str] | None = None) -> dict[str, list]:
    """timex id -> gold events TLINKed to it (either direction), optionally only some relTypes."""
    by_instance = {eiid: event for event in document.events for eiid in event.eiids}
    timexes = {t.tid: t for t in document.timexes}
    pairs: dict[str, list] = {}
    for link in document.tlinks:
        if link.eventInstanceID and link.relatedToTime:
            eiid, tid = link.eventInstanceID, link.relatedToTime
        elif link.timeID and link.relatedToEventInstance:
            eiid, tid = link.relatedToEventInstance, link.timeID
        else:
            continue
        if relations is not None and link.relType not in relations:
            continue
        if tid in timexes and eiid in by_instance:
            event = by_instance[eiid]
            if event not in pairs.setdefault(tid, []):
                pairs[tid].append(event)
    return pairs


def score_document(document, score: Score, keep_errors: int,
                   relations: frozenset[str] | None = None, system: bool = False) -> None:
    doc = nlp.parse(document.text)
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.idx] = n

    def sentence(offset: int) -> int | None:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return sentence_of.get(span[0].idx) if span is not None and len(span) else None

    pairs = gold_pairs(document, relations)
    timexes = {t.tid: t for t in document.timexes if t.end > t.start}
    mentions = {}
    for tid, gold in timexes.items():
        timex = Timex(type=gold.type or "DATE", value=gold.value, granularity=gold_granularity(gold.value),
                      rule="gold", reference=document.dct, anchor=Anchor.PUBLICATION)
        mentions[tid] = Mention(gold.text, gold.start, gold.end, timex)
    if system:  # the tagger's own mentions; a gold timex takes the links of one it overlaps
        from timeline.temporal import find_mentions

        found_mentions = find_mentions(document.text, published=document.dct, doc=doc)
        system_links = events.link_mentions(doc, found_mentions)
    else:
        system_links = events.link_mentions(doc, mentions.values())
    links: dict[int, list] = {}
    for tid, gold in timexes.items():
        for link in system_links:
            if link.mention.start < gold.end and gold.start < link.mention.end:
                links.setdefault(gold.start, []).append(link)

    for tid, gold_events in pairs.items():
        if tid not in timexes:
            continue
        timex = timexes[tid]
        same = [e for e in gold_events if sentence(e.start) == sentence(timex.start)]
        if not same:
            continue
        score.timexes += 1
        score.gold_links += len(same)
        found = links.get(timex.start, [])
        if not found:
            if len(score.errors) < keep_errors:
                score.errors.append((document.name, timex.text, None, [e.text for e in same], ""))
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        held_by_any = {"strict": set(), "contains": set()}
        for link in found:
            _, tokens = events.action_phrase(link.phrase_head, events.expression_tokens(span),
                                             link.trigger)
            trigger = [(link.trigger.idx, link.trigger.idx + len(link.trigger))]
            words = {"strict": trigger,
                     "contains": trigger + [(t.idx, t.idx + len(t)) for t in tokens]}
            score.system += 1
            for mode, spans in words.items():
                held = [e for e in same if any(s < e.end and e.start < t for s, t in spans)]
                held_by_any[mode].update(e.eid for e in held)
                if held:
                    score.correct[mode] += 1
                elif mode == "strict" and len(score.errors) < keep_errors:
                    sent = doc[span.start].sent.text.replace("\n", " ")
                    score.errors.append((document.name, timex.text, link.trigger.text,
                                         [e.text for e in same], f"{link.rule} | {sent[:160]}"))
        for mode, held in held_by_any.items():
            score.found_links[mode] += len(held)
            score.found_timexes[mode] += bool(held)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="*", default=[DEFAULT_CORPUS])
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print N strict misses")
    parser.add_argument("--system-mentions", action="store_true",
                        help="use the tagger's mentions instead of the gold timex spans")
    parser.add_argument("--dating-only", action="store_true",
                        help="only TLINKs that place the event at the time (no BEFORE/AFTER)")
    args = parser.parse_args(argv)
    for directory in args.dirs:
        documents, problems = read_corpus(directory)
        for problem in problems:
            print(f"skipped: {problem}", file=sys.stderr)
        if args.limit:
            documents = documents[: args.limit]
        score = Score()
        for document in documents:
            score_document(document, score, args.errors,
                           DATING_RELATIONS if args.dating_only else None,
                           args.system_mentions)
        which = "dating TLINKs only" if args.dating_only else "all TLINKs"
        which += ", tagger's mentions" if args.system_mentions else ", gold timex spans"
        print(f"{directory} ({which}): {len(documents)} documents, {score.timexes} expressions with "
              f"same-sentence gold links, {score.gold_links} gold links, {score.system} events")
        for mode in ("strict", "contains"):
            p, r, f, rt = score.report(mode)
            print(f"  {mode:9} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  "
                  f"(timex recall {rt:.3f})")
        for name, text, trigger, gold, note in score.errors:
            print(f"  miss {name}: {text!r} -> {trigger!r}, gold {gold}  [{note}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())

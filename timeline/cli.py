"""Command line: ``timeline tag|annotate|evaluate|extract``.

Every user-facing failure is a :class:`TimelineError`: printed as one line on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from timeline.errors import TimelineError


def read_dated_article(path, *, published=None, language=None):
    """Read one article for a command: repairs are warned about on stderr, and a
    missing publication date is an error (relative dates need it; never today)."""
    from timeline.ingest import read_article

    article = read_article(path, published=published, language=language)
    for warning in article.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if article.published is None:
        raise TimelineError(
            f"No publication date for {path}: pass --published YYYY-MM-DD "
            "(or put \"published\" in a JSON sidecar file beside it)."
        )
    return article


def _cmd_tag(args: argparse.Namespace) -> int:
    from timeline.temporal import find_mentions
    from timeline.timeml import mentions_to_timeml

    article = read_dated_article(args.file, published=args.published, language=args.lang)
    mentions = find_mentions(article.text, published=article.published, lang=article.language)
    out = sys.stdout
    if args.format == "timeml":
        out.write(mentions_to_timeml(article.text, mentions, dct=article.published))
        out.write("\n")
        return 0
    for m in mentions:
        t = m.timex
        record = {
            "text": m.text,
            "start": m.start,
            "end": m.end,
            "type": t.type,
            "value": t.value,
            "mod": t.mod,
            "interval_start": t.interval_start.isoformat() if t.interval_start else None,
            "interval_end": t.interval_end.isoformat() if t.interval_end else None,
            "granularity": t.granularity,
            "anchor": t.anchor.value,
            "reference": t.reference.isoformat() if t.reference else None,
            "stated": sorted(t.stated),
            "rule": t.rule,
            # how probable this reading is among the mention's readings, and the runner-up
            "probability": t.probability,
            "alternative": _reading_record(t.alternative),
        }
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 0


def _reading_record(reading) -> dict | None:
    if reading is None:
        return None
    return {"type": reading.type, "value": reading.value, "label": reading.label, "probability": reading.probability}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline", description="Turn news articles into ordered event timelines."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    tag = sub.add_parser("tag", help="find and resolve temporal expressions in a text file")
    tag.add_argument("file", help="a .txt, .md or .html file")
    tag.add_argument("--published", help="publication date YYYY-MM-DD (else from a JSON sidecar)")
    tag.add_argument("--lang", default=None, help="language code (en, fr); default from a JSON sidecar, else detected")
    tag.add_argument("--format", choices=("jsonl", "timeml"), default="jsonl")
    tag.set_defaults(func=_cmd_tag)

    # Subcommands of other stages register themselves here (see their modules).
    for module_name in ("timeline.corpus", "timeline.evaluate", "timeline.order"):
        try:
            module = __import__(module_name, fromlist=["register_cli"])
        except ImportError:
            continue
        register = getattr(module, "register_cli", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except TimelineError as error:
        print(f"timeline: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())

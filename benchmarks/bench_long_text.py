"""Cost of one long text against the same text split into articles, for `tag` and `extract`.

The text is news whose stories recur, as in a feed dump or a scraped archive: the
paragraphs of the TimeBank and AQUAINT stories (tags stripped), the stories cycled
until the text has the size asked. Each run is a child process, so the peak memory
(ru_maxrss from wait4) is that run's own; the child times only the work, not the
model load both runs pay alike.

    PYTHONPATH=. python benchmarks/bench_long_text.py            # 250 KB, 1 MB, 5 MB
    PYTHONPATH=. python benchmarks/bench_long_text.py 100000 250000 --commands tag
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPORA = Path("/work/shared/corpora")
PUBLISHED = "1998-03-01"
DISTINCT_STORIES = 90  # about 720 distinct paragraphs, as in the probe's feed dump


def stories(corpora: Path = CORPORA) -> list[list[str]]:
    """Each development story as its paragraphs (the TEXT of a .tml file, tags stripped)."""
    out = []
    for name in ("timebank", "aquaint"):
        for path in sorted((corpora / name).glob("*.tml")):
            body = re.search(r"<TEXT>(.*)</TEXT>", path.read_text(encoding="utf-8"), re.S)
            if body is None:
                continue
            text = re.sub(r"<[^>]+>", "", body.group(1))
            paragraphs = [re.sub(r"[ \t]*\n[ \t]*", " ", p.strip()) for p in re.split(r"\n\s*\n", text) if p.strip()]
            if paragraphs:
                out.append(paragraphs)
    return out


def recurring_stories(size: int, corpora: Path = CORPORA) -> list[str]:
    """Articles of about ``size`` characters in all: the first stories, cycled."""
    pool = stories(corpora)[:DISTINCT_STORIES]
    articles, total, n = [], 0, 0
    while total < size:
        article = "\n\n".join(pool[n % len(pool)])
        articles.append(article)
        total += len(article) + 2
        n += 1
    return articles


def _child(argv_lists: list[list[str]]) -> None:
    """Run each CLI command line in this process; report the work's seconds on stdout's last line."""
    from timeline import cli, nlp

    nlp.load("en")
    started = time.perf_counter()
    with open(os.devnull, "w") as sink:
        real, sys.stdout = sys.stdout, sink
        try:
            for argv in argv_lists:
                status = cli.main(argv)
                if status:
                    raise SystemExit(f"{argv[:2]} exited {status}")
        finally:
            sys.stdout = real
    print(json.dumps({"seconds": time.perf_counter() - started}))


def _measure(argv_lists: list[list[str]]) -> tuple[float, float]:
    """(seconds, peak MiB) of one child running ``argv_lists``."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as spec:
        json.dump(argv_lists, spec)
    proc = subprocess.Popen([sys.executable, __file__, "--child", spec.name], stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    os.unlink(spec.name)
    if status:
        raise SystemExit(f"child failed ({status}): {argv_lists[0][:2]}")
    return json.loads(out.strip().splitlines()[-1])["seconds"], usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[250_000, 1_000_000, 5_000_000], help="characters")
    parser.add_argument("--commands", nargs="+", default=["tag", "extract"], choices=["tag", "extract"])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(json.loads(Path(args.child).read_text()))
        return
    print(f"{'command':8} {'size':>9} {'long s/MB':>10} {'split s/MB':>11} {'ratio':>6} "
          f"{'long MiB':>9} {'split MiB':>10}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            # A numbered line makes every copy of a story distinct, so the corpus
            # reader drops no duplicate from the split run: both runs read the same text.
            articles = [f"{story}\n\nItem {n}." for n, story in enumerate(recurring_stories(size))]
            text = "\n\n".join(articles)
            megabytes = len(text.encode()) / 1e6
            long_path = Path(tmp, f"long-{size}.txt")
            long_path.write_text(text, encoding="utf-8")
            paths = []
            for n, article in enumerate(articles):
                paths.append(str(Path(tmp, f"a{size}-{n:05d}.txt")))
                Path(paths[-1]).write_text(article, encoding="utf-8")
            for command in args.commands:
                options = ["--published", PUBLISHED, "--lang", "en"]
                long_s, long_mib = _measure([[command, str(long_path), *options]])
                if command == "tag":  # one file per call: the CLI takes one
                    split = [["tag", p, *options] for p in paths]
                else:
                    split = [["extract", *paths, *options]]
                split_s, split_mib = _measure(split)
                print(f"{command:8} {len(text):>9,} {long_s / megabytes:>10.2f} {split_s / megabytes:>11.2f} "
                      f"{long_s / split_s:>6.2f} {long_mib:>9.0f} {split_mib:>10.0f}", flush=True)
    print("reproduce: PYTHONPATH=. " + " ".join([Path(sys.executable).name, "benchmarks/bench_long_text.py",
                                                 *map(str, args.sizes), "--commands", *args.commands]))


if __name__ == "__main__":
    main()

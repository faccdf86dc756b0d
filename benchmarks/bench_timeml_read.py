"""Time to read hostile TimeML files: it must grow linearly with their size.

    .venv/bin/python benchmarks/bench_timeml_read.py [--sizes 1000 2000 4000 20000] [--repeat N]

Each file holds n unclosed start tags, which made the old regex reader search to
the end of the file from every one of them (quadratic: 0.18 / 0.74 / 2.87 s for
n = 1,000 / 2,000 / 4,000, and no end in sight at 20,000). Prints, per shape
and n, the read time (best of N, CPU time of this process), the time per 1,000
tags and the ratio of each time to the smallest n's: linear growth shows as a
ratio close to n / n_smallest, quadratic as its square. Also reads a
well-formed file of n timexes (the XML parser's path) for comparison.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from timeline.errors import InputError
from timeline.timeml import read_timeml

DCT = '<DCT><TIMEX3 value="2020-06-11"/></DCT>'
SHAPES = {
    "unclosed <DCT><TIMEX3> (header)":
        lambda n: "<TimeML>" + '<DCT><TIMEX3 value="x">' * n + "<TEXT>Monday</TEXT></TimeML>",
    "unclosed <TIMEX3 (in TEXT)":
        lambda n: f"<TimeML>{DCT}<TEXT>" + "<TIMEX3 " * n + "</TEXT></TimeML>",
    "unterminated <!-- <? <![CDATA[ b=\"":
        lambda n: f"<TimeML>{DCT}<TEXT>" + '<!--<?<![CDATA[<a b="' * n + "Monday</TEXT></TimeML>",
    "well-formed, n timexes (XML parser)":
        lambda n: f"<TimeML>{DCT}<TEXT>" + '<TIMEX3 tid="t1" value="2020">2020</TIMEX3> ' * n
        + "</TEXT></TimeML>",
}


def read_seconds(path: Path, repeat: int) -> tuple[float, str]:
    best, outcome = float("inf"), ""
    for _ in range(repeat):
        start = time.process_time()
        try:
            doc = read_timeml(path)
            outcome = f"read: {len(doc.text):,} characters, {len(doc.timexes):,} timexes"
        except InputError as error:
            outcome = "refused: " + str(error).split(": ", 1)[1]
        best = min(best, time.process_time() - start)
    return best, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    with tempfile.TemporaryDirectory() as folder:
        for shape, make in SHAPES.items():
            print(f"\n{shape}")
            print(f"{'n':>8} {'seconds':>9} {'s/1000':>8} {'ratio':>7} {'n ratio':>8}  outcome")
            first = None
            for n in sizes:
                path = Path(folder) / f"n{n}.tml"
                path.write_text(make(n), encoding="utf-8")
                seconds, outcome = read_seconds(path, args.repeat)
                first = first or max(seconds, 1e-9)
                print(f"{n:>8,} {seconds:>9.4f} {seconds / n * 1000:>8.4f} {seconds / first:>7.1f} "
                      f"{n / sizes[0]:>8.1f}  {outcome}")


if __name__ == "__main__":
    main()

"""Train the readings model (timeline/readings.py) and write timeline/models/readings.json.

    python scripts/train_readings.py [--cache DIR] [--out FILE] [--top N] [FOLDER ...]

Trains on the gold values of the dev folders (default: timebank, aquaint,
tweets/trainingset, wikiwars under ../shared/corpora); the regularisation, class
weights and confidence threshold are chosen by leave-one-folder-out inside those
folders (timeline/readings_train.py). Deterministic: liblinear with a fixed seed,
features sorted, weights rounded; the same inputs write the same file. The examples are
the readings the pipeline scores (readings.quick_candidates). ``--top N`` prints the N
largest weights by absolute value: what the model learned.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.readings import MODEL_PATH  # noqa: E402
from timeline.readings_train import DEV_CORPORA, DEV_FOLDERS, fit, load_folder, score, select  # noqa: E402

CORPORA, FOLDERS = DEV_CORPORA, DEV_FOLDERS


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", help="TimeML folders with gold values (default: the four dev folders)")
    parser.add_argument("--cache", default=None, help="keep parses, mentions and features here between runs")
    parser.add_argument("--out", default=str(MODEL_PATH), help="model file to write")
    parser.add_argument("--top", type=int, default=15, help="strongest weights to print (0: none)")
    args = parser.parse_args(argv)
    folders = [Path(f) for f in args.folders] or [CORPORA / f for f in FOLDERS]
    for f in folders:
        if "testset" in f.parts:
            parser.error(f"{f}: the held-out test set is never trained on")
    started = time.perf_counter()
    print("reading", flush=True)
    documents = {f.name if f.parent == CORPORA else str(f.relative_to(CORPORA)) if CORPORA in f.parents else str(f):
                 load_folder(f, args.cache, log=print) for f in folders}
    examples = {name: [e for d in docs for e in d.examples] for name, docs in documents.items()}
    print("choosing C, class weights and threshold by leave-one-folder-out on these folders", flush=True)
    C, class_weight, threshold, _ = select(examples, log=print)
    print(f"chosen: C={C} class_weight={class_weight} threshold={threshold}")
    model = fit([e for ex in examples.values() for e in ex], C, class_weight, threshold,
                meta={"folders": sorted(examples)})
    print(f"model: {model.meta['mentions']} mentions, {model.meta['candidates']} candidates, "
          f"{len(model.weights)} weights")
    print(f"{'folder':20} {'rules':>7} {'+model (trained on all, optimistic)':>36}")
    for name, docs in documents.items():
        print(f"{name:20} {score(docs, None).score('value').f1:7.4f} {score(docs, model).score('value').f1:36.4f}")
    if args.top:
        print(f"strongest weights (by absolute value, of {len(model.weights)}):")
        for name, weight in strongest(model, args.top):
            print(f"  {weight:+7.3f}  {name}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KB) in {time.perf_counter() - started:.0f} s")
    return 0


def strongest(model, n: int) -> list[tuple[str, float]]:
    """The ``n`` weights of largest absolute value, ties by name (a stable listing)."""
    return sorted(model.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))[:n]


if __name__ == "__main__":
    raise SystemExit(main())

"""Corpus extraction at scale: batches through ``nlp.pipe``, in N processes, stored and reused.

:func:`process_corpus` runs the whole pipeline (parse, mentions, events) over an
iterable of :class:`~timeline.types.Article` and yields one
:class:`ArticleResult` per article, in input order, whatever the number of
processes or the engine:

- articles are cut into batches of ``batch_size`` (in input order, independent
  of N: a batch is one task), and inside a batch grouped by language so each
  language goes through its spaCy pipeline's ``nlp.pipe`` once; a Doc is
  dropped as soon as its article's events are made;
- ``engine="local"`` runs batches in this process (``processes=1``) or in N
  processes, this one and N-1 workers with the models loaded once (forked
  when that is safe, else spawned: :class:`_PoolExecutor`);
  ``engine="dask"`` sends them to a Dask cluster (:mod:`timeline.engine_dask`);
- with a ``store`` (:mod:`timeline.store`), articles already processed by the
  same pipeline version are read back instead of recomputed; the rest are
  computed and written, one commit per batch;
- an article without a publication date is skipped with a problem (never
  dated today), as is one whose language has no pipeline; everything else
  is still processed;
- a text over :data:`LONG_TEXT_CHARS` goes alone through
  ``events.mentions_and_events`` (whose long-text path parses it once, piece
  by piece, and bounds its memory) instead of a batched parse.

``progress`` is a plain callback, called with the number of articles just
finished (a ``tqdm`` bar's ``update`` fits; :func:`progress_bar` makes one).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from timeline.errors import InputError, TimelineError
from timeline.types import Article, Event, Mention

DEFAULT_BATCH_SIZE = 64
# Longer texts are not batched: extract_events cuts them in pieces on its own.
LONG_TEXT_CHARS = 100_000
ENGINES = ("local", "dask")
# The modules whose code or data decide the results: a change in any of them is a
# new pipeline version, and stored results of older versions are not reused.
# Files whose change cannot change a stored result: the dashboard, the chart, the
# CLI's argument parsing and the evaluation harness. Every other source or data
# file of the package (rules, language data, models, events, merging) is hashed.
PRESENTATION_FILES = frozenset({"ui.py", "chart.py", "cli.py", "evaluate.py", "baseline.py", "component.py"})
RESULT_SUFFIXES = (".py", ".json", ".txt", ".tsv", ".csv")

COMPUTED, STORED, SKIPPED = "computed", "stored", "skipped"


@dataclass(frozen=True, slots=True)
class ArticleResult:
    """What became of one article: ``status`` is computed, stored (read back) or skipped."""

    article: Article
    status: str
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    problem: str = ""  # why it was skipped: "no publication date", "Language 'xx' is not supported ..."


@dataclass(frozen=True, slots=True)
class Computed:
    """A worker's answer for one article (the article itself stays with the caller)."""

    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    problem: str = ""


@dataclass(frozen=True, slots=True)
class CorpusSummary:
    """Counts of a run, for the one-line report."""

    computed: int = 0
    stored: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        total = self.computed + self.stored + self.skipped
        return (f"{total:,} articles: {self.computed:,} processed, "
                f"{self.stored:,} read from store, {self.skipped:,} skipped")


def summarise(results: Iterable[ArticleResult]) -> CorpusSummary:
    counts = {COMPUTED: 0, STORED: 0, SKIPPED: 0}
    for result in results:
        counts[result.status] += 1
    return CorpusSummary(counts[COMPUTED], counts[STORED], counts[SKIPPED])


# --- pipeline version ------------------------------------------------------------


@functools.cache
def pipeline_version() -> str:
    """``<package version>+<12 hex>``: the hash covers the package's result files
    (:func:`rules_digest`) and the versions of spaCy and of the installed language models. Computed once."""
    return f"{_installed_version('timeline')}+{rules_digest(Path(__file__).resolve().parent)}"


def rules_digest(package: Path) -> str:
    """12 hex digits of SHA-256 over the package's result files (all but
    :data:`PRESENTATION_FILES`, in path order) and the model versions."""
    from timeline.nlp import MODEL_PACKAGES

    digest = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if (path.suffix in RESULT_SUFFIXES and path.name not in PRESENTATION_FILES
                and "__pycache__" not in path.parts):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for distribution in ("spacy", *(m for modules, _ in MODEL_PACKAGES.values() for m in modules)):
        digest.update(f"{distribution}=={_installed_version(distribution)}\0".encode())
    return digest.hexdigest()[:12]


def _installed_version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def content_hash(text: str) -> str:
    """SHA-256 of the text (UTF-8) in hex: the store's key for "the same article"."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


# --- the work of one batch (in whichever process runs it) ---------------------------


def load_models(languages: Iterable[str] = ("en",)) -> None:
    """Load the pipelines of ``languages`` now (once per process: nlp.load caches),
    and the language identifier events use on undated sentences; a language
    without a model is left to fail, with its message, on its articles."""
    from timeline import nlp

    for language in languages:
        with contextlib.suppress(TimelineError):
            nlp.load(language)
    from timeline.ingest import likeliest_language

    likeliest_language("warm up the model")


def compute_batch(articles: list[Article]) -> tuple[str, list[Computed]]:
    """Mentions and events of each (dated) article, in order, with this process's
    pipeline version so a caller can tell workers running other code."""
    from timeline import nlp
    from timeline.events import extract_events
    from timeline.temporal import find_mentions

    results: list[Computed | None] = [None] * len(articles)
    by_language: dict[str, list[int]] = {}
    for n, article in enumerate(articles):
        if len(article.text) > LONG_TEXT_CHARS:
            results[n] = _alone(article)
        else:
            by_language.setdefault(article.language, []).append(n)
    for language, indices in by_language.items():
        try:
            pipeline = nlp.load(language)
        except TimelineError as error:
            for n in indices:
                results[n] = Computed(problem=str(error))
            continue
        docs = pipeline.pipe(nlp.parseable(articles[n].text) for n in indices)
        for n, doc in zip(indices, docs):
            article = articles[n]
            try:
                mentions = find_mentions(article.text, published=article.published, lang=language, doc=doc)
                events = extract_events(article, doc=doc, mentions=mentions)
            except InputError as error:
                results[n] = Computed(problem=str(error))
            else:
                results[n] = Computed(tuple(mentions), tuple(events))
            del doc  # the next article's parse replaces it; none is kept
    return pipeline_version(), results


def _alone(article: Article) -> Computed:
    """A long text: mentions and events from one pass over its pieces (parsed once),
    as find_mentions and extract_events make them on their own."""
    from timeline.events import mentions_and_events

    try:
        mentions, events = mentions_and_events(article)
    except TimelineError as error:
        return Computed(problem=str(error))
    return Computed(tuple(mentions), tuple(events))


# --- executors: batches in, answers out, in order -----------------------------------


def default_processes() -> int:
    """The machine's cores (the ones this process may use)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def parse_processes(value: str | int | None) -> int | None:
    """``--processes`` as a count: "auto" is the machine's cores; None stays the default."""
    if value is None:
        return None
    if str(value).strip().lower() == "auto":
        return default_processes()
    try:
        count = int(value)
    except ValueError:
        raise InputError(f"--processes takes a number or 'auto', not {value!r}.") from None
    if count < 1:
        raise InputError(f"--processes must be at least 1, not {count}.")
    return count


class _InlineExecutor:
    """Batches in this process, one after the other (processes=1)."""

    ahead = 0  # nothing runs in the background: finish each batch at once

    def submit(self, batch: list[Article]):
        return _Done(compute_batch(batch))

    def close(self) -> None:
        pass


class _Done:
    """A batch already run in this process, with a future's two methods."""

    def __init__(self, value) -> None:
        self._value = value

    def done(self) -> bool:
        return True

    def result(self):
        return self._value


class _PoolExecutor:
    """Batches in N processes: this one and N-1 workers, each with the models loaded once.

    The caller is one of the N: it would otherwise only wait. It hands each
    worker a batch to run and one queued behind it, and runs the next batch
    itself while they are all taken, so no core idles and a slow worker gets
    fewer batches.

    Workers are forked from this process, models loaded, when that is safe: on
    Linux, with no thread but this one (a CLI run). They then start at once,
    where a spawned one spends about 2 s importing spaCy and loading the
    models. Anywhere else (a dashboard, a test runner with threads, macOS,
    Windows) they are spawned: a fork would copy the locks other threads hold.
    The results are the same either way.
    """

    def __init__(self, processes: int, languages: tuple[str, ...], start_method: str | None = None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.start_method = start_method or _safe_start_method()
        if self.start_method == "fork":
            load_models(languages)  # before the fork, so every worker has them
        self._workers = processes - 1
        self._in_flight: list = []
        # Answers are yielded in order, so the window of batches on their way spans every
        # worker's two and the few this process runs meanwhile; bounded all the same.
        self.ahead = 4 * processes
        self._pool = ProcessPoolExecutor(
            max_workers=self._workers, mp_context=multiprocessing.get_context(self.start_method),
            initializer=load_models, initargs=(languages,),  # a forked worker finds them loaded
        )

    def submit(self, batch: list[Article]):
        self._in_flight = [future for future in self._in_flight if not future.done()]
        if len(self._in_flight) >= 2 * self._workers:
            return _Done(compute_batch(batch))
        future = self._pool.submit(compute_batch, batch)
        self._in_flight.append(future)
        return future

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _safe_start_method() -> str:
    """"fork" on Linux when this process runs no other thread, else "spawn"."""
    import multiprocessing
    import threading

    forkable = sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
    return "fork" if forkable and threading.active_count() == 1 else "spawn"


def _executor(engine: str, processes: int | None, scheduler: str | None, languages: tuple[str, ...]):
    if engine not in ENGINES:
        raise InputError(f"Unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}.")
    if engine == "dask":
        try:
            from timeline.engine_dask import DaskExecutor
        except ImportError:
            raise TimelineError(
                "--engine dask needs Dask, which is not installed: pip install 'timeline[dask]'"
            ) from None
        return DaskExecutor(scheduler, processes, languages)
    if scheduler is not None:
        raise InputError("--scheduler is only for --engine dask.")
    processes = processes or 1
    return _InlineExecutor() if processes == 1 else _PoolExecutor(processes, languages)


# --- the run ----------------------------------------------------------------------


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(islice(iterator, size)):
        yield batch


@dataclass(slots=True)
class _Pending:
    """A batch on its way: what is already known, and the future of the rest."""

    articles: list[Article]
    known: dict[int, ArticleResult]  # skipped or read from the store, by position
    to_compute: list[int]  # positions sent to the workers
    future: object = None

    def done(self) -> bool:
        return self.future is None or self.future.done()


def process_corpus(
    articles: Iterable[Article],
    *,
    processes: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    store=None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    languages: tuple[str, ...] = ("en",),
) -> Iterator[ArticleResult]:
    """One :class:`ArticleResult` per article, in input order (see the module docstring).

    ``processes``: worker processes (default 1 locally, the machine's cores on a
    Dask LocalCluster); ``store``: a :class:`timeline.store.Store` or the path
    of one (opened and closed here); ``languages``: pipelines each worker loads
    when it starts (others load on their first article). Identical results
    for every ``processes``, ``engine`` and ``batch_size``.
    """
    if batch_size < 1:
        raise InputError(f"batch_size must be at least 1, not {batch_size}.")
    version = pipeline_version()
    with contextlib.ExitStack() as stack:
        if store is not None and not hasattr(store, "lookup"):
            from timeline.store import Store

            store = stack.enter_context(Store(store))
        executor = _executor(engine, processes, scheduler, tuple(languages))
        stack.callback(executor.close)
        window: deque[_Pending] = deque()
        for batch in _batches(articles, batch_size):
            window.append(_start(batch, executor, store, version))
            # In order: whatever is done at the front now, and the oldest one at the bound
            # (memory stays flat on any corpus).
            while window and (len(window) > executor.ahead or window[0].done()):
                yield from _finish(window.popleft(), store, version, progress)
        while window:
            yield from _finish(window.popleft(), store, version, progress)


def _start(batch: list[Article], executor, store, version: str) -> _Pending:
    known: dict[int, ArticleResult] = {}
    for n, article in enumerate(batch):
        if article.published is None:
            known[n] = ArticleResult(article, SKIPPED, problem="no publication date (never dated today)")
    if store is not None:
        dated = [n for n in range(len(batch)) if n not in known]
        for n, (mentions, events) in store.lookup([batch[n] for n in dated], version).items():
            known[dated[n]] = ArticleResult(batch[dated[n]], STORED, mentions, events)
    pending = _Pending(batch, known, [n for n in range(len(batch)) if n not in known])
    if pending.to_compute:
        pending.future = executor.submit([batch[n] for n in pending.to_compute])
    return pending


def _finish(pending: _Pending, store, version: str, progress) -> Iterator[ArticleResult]:
    results = dict(pending.known)
    if pending.future is not None:
        worker_version, answers = pending.future.result()
        if worker_version != version:
            raise TimelineError(
                f"The workers run another timeline (pipeline version {worker_version}, "
                f"here {version}): install the same version on every worker."
            )
        for n, answer in zip(pending.to_compute, answers):
            article = pending.articles[n]
            results[n] = (ArticleResult(article, SKIPPED, problem=answer.problem) if answer.problem
                          else ArticleResult(article, COMPUTED, answer.mentions, answer.events))
    ordered = [results[n] for n in range(len(pending.articles))]
    if store is not None:
        store.save([r for r in ordered if r.status == COMPUTED], version)
    if progress is not None:
        progress(len(ordered))
    yield from ordered


def extract_corpus(articles: Iterable[Article], **options) -> list[Event]:
    """The events of every processed article, in input order (skipped ones have none).

    Options are those of :func:`process_corpus`.
    """
    return [event for result in process_corpus(articles, **options) for event in result.events]


@contextlib.contextmanager
def progress_bar(total: int | None, *, quiet: bool = False, file=None):
    """A tqdm bar on stderr (articles and articles/s) as a ``progress`` callback;
    silent with ``quiet`` or when stderr is not a terminal."""
    from tqdm import tqdm

    class _Bar(tqdm):
        monitor_interval = 0  # no monitor thread: the workers can then be forked (_safe_start_method)

    file = file or sys.stderr
    disable = True if quiet else (None if hasattr(file, "isatty") and file.isatty() else True)
    with _Bar(total=total, unit="article", file=file, disable=disable, smoothing=0.1) as bar:
        yield bar.update

"""The Dask engine: the same batches as the local one, run on a Dask cluster.

Imported only for ``engine="dask"`` (Dask is the optional ``timeline[dask]``
extra). Without a scheduler address a ``distributed.LocalCluster`` of worker
processes is started on this machine, one thread each (spaCy's parse holds the
GIL), and closed at the end. Every worker loads the models once, when it joins
(:class:`ModelLoader`); a task is one batch, :func:`timeline.engine.compute_batch`.
Workers on other machines need the same ``timeline`` installed: a worker running
another pipeline version is refused (see ``timeline.engine._finish``).
"""

from __future__ import annotations

import logging

from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from timeline.engine import compute_batch, default_processes, load_models
from timeline.errors import TimelineError
from timeline.types import Article


class ModelLoader(WorkerPlugin):
    """Loads the spaCy pipelines once in each worker process, when it starts."""

    name = "timeline-models"

    def __init__(self, languages: tuple[str, ...]) -> None:
        self.languages = tuple(languages)

    def setup(self, worker) -> None:
        load_models(self.languages)


class DaskExecutor:
    """Submits batches to a Dask cluster and hands back their futures."""

    def __init__(self, scheduler: str | None, processes: int | None, languages: tuple[str, ...]) -> None:
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="30s")
            else:
                self._cluster = LocalCluster(
                    n_workers=processes or default_processes(), threads_per_worker=1, processes=True,
                    dashboard_address=None, silence_logs=logging.ERROR,
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            self.close()
            raise TimelineError(f"Cannot reach the Dask scheduler {scheduler or '(local)'}: {error}") from None
        self._client.register_plugin(ModelLoader(languages))
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        self.ahead = 2 * workers

    def submit(self, batch: list[Article]):
        return self._client.submit(compute_batch, batch, pure=False)

    def close(self) -> None:
        for resource in (getattr(self, "_client", None), self._cluster):
            if resource is not None:
                resource.close()

"""Re-export: the French finder now lives in :mod:`timeline.lang.fr.find`, its tense readers in :mod:`timeline.lang.fr.tense`."""

from timeline.lang.fr.find import Found, find
from timeline.lang.fr.tense import clause_tense, direction_of, tense_reader

__all__ = ["Found", "clause_tense", "direction_of", "find", "tense_reader"]

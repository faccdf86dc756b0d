"""Errors a user can act on. Their messages are shown as they are (CLI, dashboard)."""


class TimelineError(Exception):
    """Base class: a problem with the user's input or set-up, never a bug."""


class InputError(TimelineError):
    """Unreadable, empty or binary input; an impossible or missing date."""


class ModelNotInstalledError(TimelineError):
    """The spaCy model package for a language is not installed."""


class UnsupportedLanguageError(TimelineError):
    """No pipeline exists for the requested language."""

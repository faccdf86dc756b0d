"""The handlers of the rules, one module per family of expressions: each reads the text its
rules matched, in a :class:`~timeline.temporal.context.Context`, into a ``Timex``, or returns
``None`` to decline a text not of its shape. What they share is in :mod:`.common`."""

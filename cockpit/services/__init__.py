"""Units of work over the store. Each takes a ``Store``, opens one session, returns plain data."""

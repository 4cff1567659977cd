"""Message kinds: one module per kind, each with a ``SPEC`` (see ``spec.KindSpec``); found by
``registry``. Adding a kind is one module here plus its template files under
``resources/templates/<language>/messages/``."""

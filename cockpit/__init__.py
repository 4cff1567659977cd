"""PM Cockpit core: domain, store, services and CLI. Imports no Qt widgets."""

__version__ = "0.1.0"

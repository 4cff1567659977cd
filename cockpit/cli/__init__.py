"""Command line: the same services as the app, for scripting and tests."""

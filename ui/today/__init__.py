"""Today: what every customer is owed, across all projects, one click from its action."""

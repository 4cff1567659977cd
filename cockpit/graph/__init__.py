"""Microsoft Graph: a thin client of our own (timeouts, throttling, errors a PM understands)."""

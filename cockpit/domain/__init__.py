"""Domain vocabulary shared by store, services and UI (no persistence, no Qt)."""

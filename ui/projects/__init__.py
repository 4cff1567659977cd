"""The project list and the operations on whole projects and the store."""

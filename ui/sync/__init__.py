"""The background sync in the window: status bar, sign-in, settings, notices."""

"""Outlook (Microsoft 365) through Microsoft Graph: the first connector. ``NAME`` is the name
its records are kept under (``sync_state``, ``remote_link``) and its key in the registry."""

NAME = "outlook"

"""Outlook (Microsoft 365) through Microsoft Graph: the first connector."""

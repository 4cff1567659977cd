"""Mail core of the compose feature: Markdown to safe HTML, addresses and .eml drafts."""

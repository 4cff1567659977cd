"""Connectors to outside tools: the protocol (base), the registry of connectors, one run over them
(runner), and the link of each local item to its counterpart in a tool (remote_links)."""

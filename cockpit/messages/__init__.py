"""What a PM writes: template contexts, recipients, and the messages' own rules."""

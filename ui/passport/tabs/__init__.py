"""One module per passport tab."""

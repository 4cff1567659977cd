"""The passport editor and its tabs."""

"""The passport's tabs. Each loads its part of a ``Passport`` and writes it back."""

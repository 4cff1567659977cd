"""``python -m cockpit.cli``: the command-line interface without the desktop app."""

from cockpit.cli.main import main

if __name__ == "__main__":
    main()

"""Start PM Cockpit: ``python main.py [--db PATH] [--lang ja]`` or any ``cockpit`` command."""

from ui.entry import main

if __name__ == "__main__":
    main()

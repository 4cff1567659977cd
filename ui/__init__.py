"""The Qt layer. Never imports SQLAlchemy: it calls ``cockpit`` services through ``ui.ops``."""

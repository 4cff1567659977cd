"""The Qt layer. Never imports SQLAlchemy: widgets call ``cockpit`` services through each
feature's ``ops`` module."""

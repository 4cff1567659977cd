"""The meeting planner: Meetings tab, series editor, planner, minutes, agendas."""

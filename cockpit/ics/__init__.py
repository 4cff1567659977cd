"""iCalendar: invites out (export) and calendars in (import), with the ``icalendar`` library."""

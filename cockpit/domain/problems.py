"""What can be wrong with a field: the codes validation returns and the UI translates.

Kept apart from the rules themselves so that the UI can name problems without loading them.
"""

from __future__ import annotations

from enum import StrEnum


class Problem(StrEnum):
    REQUIRED = "required"
    BAD_CODE = "bad_code"
    BAD_EMAIL = "bad_email"
    BAD_URL = "bad_url"
    BAD_TIME_ZONE = "bad_time_zone"
    BAD_CURRENCY = "bad_currency"
    BAD_COUNTRY = "bad_country"
    BAD_AMOUNT = "bad_amount"
    END_BEFORE_START = "end_before_start"
    BAD_SPRINT = "bad_sprint"
    DUPLICATE = "duplicate"  # a name another row of the list already has
    BAD_PERCENT = "bad_percent"
    NEGATIVE = "negative"
    TOO_LONG = "too_long"
    TOO_LARGE = "too_large"
    DECIMAL_COMMA = "decimal_comma"  # "1,5": a comma where a decimal dot is expected
    BAD_DATE = "bad_date"  # text that is not a date (raised by editors while typing)
    BAD_LIMIT = "bad_limit"  # an escalation time limit outside 1–30 working days
    BAD_NUMBER = "bad_number"  # text that is not a number (raised by editors while typing)


__all__ = ["Problem"]

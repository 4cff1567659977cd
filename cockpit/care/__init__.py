"""The care engine: what each customer is owed, when it falls due, and what satisfies it
(PRODUCT.md §4). ``working_time`` holds each side's working days and hours."""

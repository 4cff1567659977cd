"""Operations the widgets call: thin wrappers over ``cockpit.services`` (no SQL, no Qt)."""

"""The one exception newsdeck raises for input a user can fix."""


class InputError(ValueError):
    """Bad input: the message says what is wrong and where, in one line."""

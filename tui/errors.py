"""The one exception the analysis core raises."""


class CompareError(Exception):
    """A problem the user can act on; ``str()`` is the one-line message shown to them."""

"""Errors a caller can act on: each maps to one line on stderr."""


class ConvertError(Exception):
    """An input that cannot be converted; str(err) is the one-line reason."""


class EmptyInputError(ConvertError):
    pass


class BinaryInputError(ConvertError):
    pass


class NotAFilingError(ConvertError):
    pass

"""The command line's one error type: bad input, printed as one line on stderr, exit code 1."""


class CliError(Exception):
    """Bad input: printed as one line on stderr by the CLI's main, exit code 1."""

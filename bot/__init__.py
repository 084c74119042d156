"""Surfaces for the E1399 bot: Slack, the terminal chat and the CLI."""

"""Slack-free conversation logic for the E1399 billing assistant."""

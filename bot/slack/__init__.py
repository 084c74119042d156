"""The Slack surface: Bolt app, listeners, Block Kit rendering, server and manifest."""

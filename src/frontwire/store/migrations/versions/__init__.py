"""The event store's schema revisions, oldest first."""

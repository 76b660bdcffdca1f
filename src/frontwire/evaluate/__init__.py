"""evaluate stage of frontwire."""

"""nlp stage of frontwire."""

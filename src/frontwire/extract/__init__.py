"""extract stage of frontwire."""

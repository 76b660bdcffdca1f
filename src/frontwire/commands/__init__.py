"""Command groups of the frontwire CLI that live outside cli.py."""

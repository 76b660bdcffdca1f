"""`python -m frontwire`: the same as the frontwire command."""

from frontwire.cli import main

main()

"""`python -m figextract` runs the command line."""

from .cli import main

main()

"""`python -m figextract` runs the command line."""

from .cli import main

if __name__ == "__main__":  # not when --jobs workers are spawned (macOS, Windows)
    main()

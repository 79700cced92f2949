"""figextract: every figure in press releases and news text, as structured records."""

from .figure import Figure


def __getattr__(name: str) -> str:
    """`__version__`, read from the package metadata on first use: importlib.metadata
    costs about 60 ms of start-up that `figextract file --json` does not need."""
    if name != "__version__":
        raise AttributeError(f"module 'figextract' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("figextract")
    except PackageNotFoundError:  # running from a source tree that was not installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found


def extract(text: str, **options: object) -> list[Figure]:
    """Every figure in `text`, in order of appearance (see pipeline.extract for options)."""
    from .pipeline import extract as _extract

    return _extract(text, **options)  # type: ignore[arg-type]


__all__ = ["Figure", "extract", "__version__"]

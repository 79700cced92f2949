"""figextract: every figure in press releases and news text, as structured records."""

from importlib.metadata import PackageNotFoundError, version

from .figure import Figure

try:
    __version__ = version("figextract")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"


def extract(text: str, **options: object) -> list[Figure]:
    """Every figure in `text`, in order of appearance (see pipeline.extract for options)."""
    from .pipeline import extract as _extract

    return _extract(text, **options)  # type: ignore[arg-type]


__all__ = ["Figure", "extract", "__version__"]

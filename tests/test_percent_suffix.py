"""rules/percent.percent_suffix: the percent sign and words after a number, read after the
look at the next character that spares the pattern before most numbers."""

from __future__ import annotations

import pytest

from figextract.rules import percent
from figextract.rules.percent import percent_suffix


@pytest.mark.parametrize(("after", "expected"), [
    ("%", (2, "%")),
    (" percent", (9, "%")),
    ("   Per Cent", (12, "%")),  # past the one space the look reads
    (" pct points", (12, "pp")),
    (" percentage points", (19, "pp")),
    (" bps", (5, "bp")),
    (" Basis points", (14, "bp")),
    (" people", None),
    (" of", None),
    ("", None),
    ("  ", None),
])
def test_percent_suffix(after, expected):
    assert percent_suffix("5" + after, 1) == expected


def test_groups_read_by_number():
    assert percent.SUFFIX.groupindex == {"pp": 1, "bp": 2, "pct": 3}

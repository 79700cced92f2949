"""data/si_factors.tsv holds pint's own answers (so to_si need not load pint for the
units of units.tsv): every line must agree with pint, digit for digit, and every unit
units.tsv names must be there. Regenerate with benchmarks/freeze_si_factors.py."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from figextract import units

DATA = Path(units.__file__).parent / "data"
FROZEN = units._frozen_si_factors()


def _text(found: tuple[Decimal, Decimal, str] | None) -> tuple[str, ...] | None:
    return None if found is None else tuple(str(part) for part in found)


@pytest.mark.parametrize("unit", sorted(FROZEN))
def test_frozen_factor_is_pints(unit):
    assert _text(FROZEN[unit]) == _text(units._pint_si_factor(unit)), \
        "stale: run benchmarks/freeze_si_factors.py"


def test_every_unit_of_units_tsv_is_frozen():
    named = {line.split("\t")[1]
             for line in (DATA / "units.tsv").read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#") and "\t" in line}
    assert sorted(named - set(FROZEN)) == [], "run benchmarks/freeze_si_factors.py"


@pytest.mark.parametrize(("value", "unit", "expected"), [
    ("5000", "metric_ton", ("5000000", "kilogram")),
    ("1.5", "mu", ("1000", "meter ** 2")),
    ("35", "degree_Celsius", ("308.15", "kelvin")),
])
def test_to_si_from_the_frozen_table(value, unit, expected):
    assert unit in FROZEN
    si = units.to_si(Decimal(value), unit)
    assert si is not None and (str(si[0]), si[1]) == expected

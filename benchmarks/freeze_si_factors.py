"""Write src/figextract/data/si_factors.tsv: pint's SI factor for every unit that
data/units.tsv names (and their squares and cubes), so that `figextract` need not load
pint (150 ms of start-up) for them. Run it after changing units.tsv or units.txt:

    .venv/bin/python benchmarks/freeze_si_factors.py

tests/test_si_factors.py fails while the file disagrees with pint.
"""

from __future__ import annotations

from pathlib import Path

from figextract import units

TARGET = Path(units.__file__).parent / "data" / "si_factors.tsv"
HEADER = """\
# pint's answers for units.to_si, frozen: unit, factor, offset, SI unit ("-": pint has none).
# si = value * factor + offset. Written by benchmarks/freeze_si_factors.py from units.tsv
# and units.txt; tests/test_si_factors.py checks every line against pint. Units missing
# here are asked of pint at run time.
"""


def frozen_units() -> list[str]:
    """The canonical units of units.tsv, and the powers match_unit can build of them."""
    names: set[str] = set(units._POWER_NAMES.values())
    for line in (TARGET.parent / "units.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        names.add(line.split("\t")[1])
    return sorted(names)


def line(unit: str) -> str:
    found = units._pint_si_factor(unit)
    if found is None:
        return f"{unit}\t-\t-\t-"
    factor, offset, si_unit = found
    return f"{unit}\t{factor}\t{offset}\t{si_unit}"


RATES = TARGET.parent / "si_rates.tsv"
RATES_HEADER = """\
# pint's answers for units.to_si on rates per unit of time, frozen: unit, factor, offset,
# SI unit ("-": pint has none). Written by benchmarks/freeze_si_factors.py with
# si_factors.tsv; tests/test_units.py checks every line against pint.
"""


def rate_units() -> list[str]:
    """Every unit of si_factors.tsv per each unit of time ("gigawatt_hour / year"): the
    rates the press writes ("5 GWh a year", "120 km/h"), which units.py reads from
    si_rates.tsv rather than load pint for them."""
    times = [t for t in sorted(units.DURATION_UNITS) if units._frozen_si_factors().get(t)]
    return [f"{unit} / {time}" for unit in frozen_units() if " / " not in unit
            and units._family(unit) != "time" and units._frozen_si_factors().get(unit)
            for time in times]


def main() -> None:
    body = "\n".join(line(unit) for unit in frozen_units())
    TARGET.write_text(HEADER + body + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(body.splitlines())} units")
    units._frozen_si_factors.cache_clear()
    rates = "\n".join(line(unit) for unit in rate_units())
    RATES.write_text(RATES_HEADER + rates + "\n", encoding="utf-8")
    print(f"{RATES}: {len(rates.splitlines())} rates")


if __name__ == "__main__":
    main()

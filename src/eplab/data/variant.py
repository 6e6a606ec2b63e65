"""Course-specific datasets derived from a lecturer's secret (for `eplab course init --variant`).

Each generated dataset gets a seed derived from HMAC-SHA256(secret, its generator's name); when a
derived seed fails the generator's own assertions (the figures it calibrates to the sources), the
next derived seed is tried: HMAC(secret, "<name>/1"), "/2", ... So the same secret always gives the
same bytes, another secret other fictitious rows, and every variant keeps the source figures.
Hand-written datasets (the interview transcripts and pupil interviews) have no randomness and stay
as they are.

Run Python without -O: the generators check the source figures with `assert`.
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from eplab.data import generate, spec, text
from eplab.data.schema import DatasetError

MAX_ATTEMPTS = 50
# generator name -> the datasets it makes, in the order it returns them
GENERATED: dict[str, tuple[str, ...]] = {
    "interviews": ("interviews", "interviewfragmenten"),
    "oudertevredenheid": ("oudertevredenheid",),
    "teamvragenlijst": ("teamvragenlijst",),
    "ouderpopulatie": ("ouderpopulatie",),
    "contactmomenten": ("contactmomenten",),
}
MAKERS = {"interviews": generate.interviews, "oudertevredenheid": generate.oudertevredenheid,
          "teamvragenlijst": generate.teamvragenlijst, "ouderpopulatie": generate.ouderpopulatie,
          "contactmomenten": generate.contactmomenten}


def derived_seed(secret: str, generator: str, attempt: int = 0) -> int:
    """The seed of one generator for this secret (attempt 0: HMAC of the generator's name)."""
    message = generator if attempt == 0 else f"{generator}/{attempt}"
    digest = hmac.new(secret.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return int.from_bytes(digest[:8], "big")


def generator_of(dataset: str) -> str | None:
    """The generator that makes `dataset`, or None for hand-written data."""
    return next((g for g, names in GENERATED.items() if dataset in names), None)


def variant_tables(secret: str, generator: str) -> dict[str, list[generate.Row]]:
    """dataset -> rows made by `generator` with the first derived seed that passes its checks."""
    if not __debug__:  # pragma: no cover - the source figures are checked with assert
        raise DatasetError(text.VARIANT_NEEDS_ASSERT)
    for attempt in range(MAX_ATTEMPTS):
        try:
            made = MAKERS[generator](derived_seed(secret, generator, attempt))
        except (AssertionError, IndexError, ValueError):  # this seed misses a source figure
            continue
        tables = made if isinstance(made, tuple) else (made,)
        return dict(zip(GENERATED[generator], tables, strict=True))
    raise DatasetError(text.VARIANT_NO_SEED.format(name=generator, count=MAX_ATTEMPTS))


def needed(names: list[str]) -> list[str]:
    """`names` and the datasets their foreign keys point to, in the codebook's order."""
    metas = {m["name"]: m for m in spec.DATASETS}
    wanted, todo = set(), [n for n in names if n in metas]
    while todo:
        name = todo.pop()
        if name not in wanted:
            wanted.add(name)
            todo += [fk["reference"]["resource"] for fk in metas[name].get("foreignKeys", [])]
    return [m["name"] for m in spec.DATASETS if m["name"] in wanted]


def build_variant(secret: str, names: list[str]) -> dict[str, bytes]:
    """The files of a variant data folder holding `names` (and what they refer to): CSV files and
    a datapackage.json that marks every generated dataset as a course variant."""
    wanted = needed(names)
    tables: dict[str, list[generate.Row]] = {}
    for generator in dict.fromkeys(g for n in wanted if (g := generator_of(n))):
        tables.update(variant_tables(secret, generator))
    for name in wanted:
        if name not in tables:  # hand-written: the same in every variant
            tables[name] = generate.GENERATORS[name]()
    package = generate.datapackage({name: len(tables[name]) for name in wanted})
    package["resources"] = [r for r in package["resources"] if r["name"] in wanted]
    package["cursusvariant"] = True
    for resource in package["resources"]:
        resource["cursusvariant"] = text.VARIANT_GENERATED if generator_of(resource["name"]) \
            else text.VARIANT_HANDWRITTEN
    metas = {m["name"]: m for m in spec.DATASETS}
    files = {f"{name}.csv": generate.to_csv(metas[name]["fields"], tables[name],
                                            generate.MISSING_TOKENS.get(name))
             for name in wanted}
    files["datapackage.json"] = generate.package_bytes(package)
    return files


def write_variant(folder: Path, secret: str, names: list[str]) -> list[Path]:
    """Write the variant data folder; returns the paths written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in build_variant(secret, names).items():
        (folder / name).write_bytes(data)
        written.append(folder / name)
    return written

"""The Dutch codebook (Markdown), rendered from a datapackage.json descriptor.

`render_codebook` makes datasets/README.md; `render_section` is what `describe(name)` shows.
Both read only the descriptor, so the codebook cannot drift from the schema.
"""

from __future__ import annotations

TYPE_NAMES = {"string": "tekst", "integer": "geheel getal", "number": "getal",
              "boolean": "ja/nee", "date": "datum"}
ORIGIN_NAMES = {"bron": "bron", "gekalibreerd": "gekalibreerd", "fictief": "**fictief**"}

INTRO = """\
# Datasets van eplab: codeboek

> Dit codeboek wordt gemaakt door `eplab data generate` uit `src/eplab/data/spec.py` en
> `src/eplab/data/generate.py`. Bewerk het niet met de hand: pas de generator aan en maak de
> bestanden opnieuw. `eplab data generate --check` controleert dat alles byte voor byte klopt.

## Waar staan de bestanden?

De CSV-bestanden en `datapackage.json` staan in het pakket zelf, in
[`src/eplab/datasets/`](../src/eplab/datasets/). Zo vindt `load()` ze altijd, waar een notebook
ook staat: in `course/`, `solutions/`, `assignments/`, in een map van nbgrader (`submitted/`,
`autograded/`) of in een geïnstalleerd pakket. Deze map (`datasets/`) bevat alleen dit codeboek.

Een docent die een **cursusvariant** maakt (`eplab course init --variant`), geeft opdrachten met
data een eigen map `eplab-data/` mee, met datasets die met een geheime sleutel opnieuw zijn gemaakt:
de fictieve rijen verschillen, de getallen uit de bronnen niet. Staat zo'n map naast het notebook,
dan leest `load()` die datasets daaruit; `describe()` zegt dan dat het een cursusvariant is.

## Gebruik

```python
from eplab.data import load, describe, list_datasets

list_datasets()                      # de namen
df = load("oudertevredenheid")       # een DataFrame met de juiste kolomtypen
describe("oudertevredenheid")        # het deel van dit codeboek over die dataset
```

In de terminal: `eplab data list`, `eplab data check` (controleert elk CSV-bestand tegen
`datapackage.json`) en `eplab data generate` (maakt alles opnieuw met vaste seeds).

Kolomtypen na `load()`: tekst als tekst, vaste categorieën als categorie (geordend waar de
volgorde betekenis heeft: maanden, opleiding, bouw, en de stellingen op een schaal van 1 tot 4),
ja/nee als `bool` (of `boolean` als er lege cellen zijn) en gehele getallen als `int64` (of
`Int64` als er lege cellen zijn). Een gemiddelde van een stelling reken je met
`df["kz_verwachtingen"].astype(float).mean()`, of laad de stellingen meteen als getallen met
`load("oudertevredenheid", as_numbers=True)`. Lege cellen en de waarden die
`datapackage.json` als ontbrekend aanwijst (zoals `weet niet` en `onbekend`) worden `NA`.

## Bron, gekalibreerd of fictief

Elke kolom heeft in `datapackage.json` een eigenschap `herkomst`:

- **bron**: de waarden staan zo in de bron;
- **gekalibreerd**: de rijen zijn verzonnen, maar elk aantal of gemiddelde dat de bron noemt,
  komt er precies uit als je de rijen optelt of middelt;
- **fictief**: verzonnen, zonder bron. Trek uit fictieve gegevens geen conclusies over echte
  ouders, leerkrachten of scholen.

Geen enkele rij gaat over een echt persoon. De teksten van interviewfragmenten zijn fictief: het
zijn geen citaten.

## Bronnen

{sources}

Paginanummers bij Fontys Hogeschool Pedagogiek (2017) volgen de inhoudsopgave van het rapport.

## Overzicht

| dataset | rijen | wat | herkomst |
|---|---|---|---|
{overview}

Licentie: de datasets en dit codeboek vallen onder CC BY 4.0 (zie `LICENSE-content.md`).
"""


def _esc(value: object) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def _values(field: dict) -> str:
    constraints = field.get("constraints", {})
    cats = field.get("categories")
    if cats:
        parts = [f"{c['value']} = {c['label']}" if isinstance(c, dict) else f"`{c}`" for c in cats]
        text = ", ".join(parts)
        if field.get("categoriesOrdered"):
            text += " (geordend)"
        return text
    if "enum" in constraints:
        return ", ".join(f"`{v}`" for v in constraints["enum"])
    bits = []
    if "minimum" in constraints or "maximum" in constraints:
        bits.append(f"{constraints.get('minimum', '')} t/m {constraints.get('maximum', '')}".strip())
    if "pattern" in constraints:
        bits.append(f"vorm `{constraints['pattern']}`")
    if field.get("type") == "boolean":
        bits.append("`ja`, `nee`")
    return "; ".join(bits) or "vrije tekst"


def _type(field: dict) -> str:
    kind = TYPE_NAMES.get(field.get("type", "string"), field.get("type"))
    if field.get("categories"):
        kind = "categorie" + (", geordend" if field.get("categoriesOrdered") else "")
    elif "enum" in field.get("constraints", {}):
        kind = "categorie"
    required = field.get("constraints", {}).get("required")
    return kind + ("" if required else "; mag leeg zijn")


def _origin(field: dict) -> str:
    h = field.get("herkomst", {})
    parts = [ORIGIN_NAMES.get(h.get("soort", ""), h.get("soort", "?"))]
    if h.get("bron"):
        parts.append(f"({h['bron']})")
    text = " ".join(parts)
    if h.get("toelichting"):
        text += f": {h['toelichting']}"
    return text


def _origin_of_resource(res: dict) -> str:
    origin = res.get("herkomst", "")
    return origin.replace("fictief", "**fictief**", 1) if origin.startswith("fictief") else origin


def render_section(package: dict, name: str) -> str:
    """The codebook section (Markdown) for one dataset."""
    res = next(r for r in package["resources"] if r["name"] == name)
    lines = [f"## {name}", "", f"**{res['title']}**", "", res["description"], ""]
    if res.get("cursusvariant"):
        lines += [f"**Cursusvariant.** {res['cursusvariant']}", ""]
    if res.get("herkomst"):
        lines += [f"**Herkomst.** {res['herkomst'][0].upper()}{res['herkomst'][1:]}.", ""]
    lines.append(f"Bestand: `{res['path']}` ({res.get('rijen', '?')} rijen). "
                 f"Laden: `load(\"{name}\")`.")
    missing = [m for m in res["schema"].get("missingValues", [""]) if m]
    if missing:
        shown = ", ".join(f"`{m}`" for m in missing)
        lines[-1] += f" Ontbrekend zijn lege cellen en {shown}."
    lines += ["", f"**Hoe gemaakt.** {res['werkwijze']}", ""]
    if res.get("populatie"):
        pop = res["populatie"]
        lines += [f"**Populatie.** {pop['aantal']} ({pop['eenheid']}). {pop['toelichting']}", ""]
    lines += ["**Aannames en keuzes.**", ""]
    lines += [f"- {a}" for a in res.get("aannames", [])]
    lines += ["", "**Kolommen.**", "", "| kolom | type | betekenis | waarden | herkomst |",
              "|---|---|---|---|---|"]
    for f in res["schema"]["fields"]:
        meaning = f["description"]
        lines.append(f"| `{f['name']}` | {_esc(_type(f))} | {_esc(meaning)} | "
                     f"{_esc(_values(f))} | {_esc(_origin(f))} |")
    if res.get("brongetallen"):
        lines += ["", "**Getallen uit de bron** (de dataset geeft ze precies zo terug).", "",
                  "| wat | in de bron | bron |", "|---|---|---|"]
        for fig in res["brongetallen"]:
            lines.append(f"| {_esc(fig['wat'])} | {_esc(fig['waarde'])} | {_esc(fig['bron'])} |")
    lines += ["", "Alle andere getallen, namen en teksten in deze dataset zijn **fictief**.", ""]
    return "\n".join(lines)


def render_codebook(package: dict) -> str:
    """The whole codebook: introduction, sources, overview and one section per dataset."""
    sources = "\n".join(f"- **{s['kort']}**: {s['auteur']}, *{s['title']}* ({s['jaar']})."
                        for s in package.get("sources", []))
    overview = "\n".join(
        f"| [`{r['name']}`](#{r['name']}) | {r.get('rijen', '?')} | {_esc(r['title'])} | "
        f"{_origin_of_resource(r)} |"
        for r in package["resources"]
    )
    parts = [INTRO.format(sources=sources, overview=overview)]
    parts += [render_section(package, r["name"]) for r in package["resources"]]
    return "\n".join(parts)

"""Dutch messages of the dataset core (loader, validator, generator, CLI).

Kept in one place so that an English edition is a translation, not a rewrite.
"""

# DatasetError sentences (what is wrong + how to mend it)
UNKNOWN_DATASET = "Er is geen dataset met de naam '{name}'{hint}; kies een van: {known}."
DID_YOU_MEAN = " (bedoel je '{match}'?)"
NOT_A_NAME = "Geef de naam van een dataset als tekst, bijvoorbeeld load(\"interviews\"); kies een van: {known}."
NO_DIRECTORY = "De map {path} bestaat niet; geef de map met datapackage.json op, of laat de map weg om de datasets van eplab te gebruiken."
NO_PACKAGE = "In {path} staat geen datapackage.json; geef de map op waarin datapackage.json en de CSV-bestanden staan, of herstel de bestanden met 'eplab data generate'."
BAD_PACKAGE = "Het bestand {path} is geen geldige datapackage.json ({detail}); herstel het bestand met git of maak het opnieuw met 'eplab data generate'."
MISSING_FILE = "Het bestand {path} ontbreekt; installeer eplab opnieuw of maak de bestanden opnieuw met 'eplab data generate'."
DAMAGED = "Het bestand {file} klopt niet met zijn beschrijving in datapackage.json (regel {row}, kolom '{column}': {message}{more}); herstel het bestand of maak het opnieuw met 'eplab data generate'."
MORE_PROBLEMS = "; en nog {count} andere fout(en), zie 'eplab data check'"

# validator messages (one per violation: file:row: column: message)
VALUE_MISSING = "waarde ontbreekt, maar deze kolom is verplicht"
NOT_INTEGER = "'{value}' is geen geheel getal"
CHOOSE_FROM = "; kies uit {allowed}"
NOT_NUMBER = "'{value}' is geen getal"
NOT_BOOLEAN = "'{value}' is geen ja/nee-waarde; gebruik {allowed}"
NOT_DATE = "'{value}' is geen datum (JJJJ-MM-DD)"
NOT_IN_ENUM = "'{value}' is geen toegestane waarde; kies uit {allowed}"
TOO_SMALL = "{value} is kleiner dan het minimum {minimum}"
TOO_LARGE = "{value} is groter dan het maximum {maximum}"
PATTERN = "'{value}' heeft niet de juiste vorm ({pattern})"
NOT_UNIQUE = "'{value}' komt al voor op regel {first}; deze kolom moet unieke waarden hebben"
COLUMN_MISSING = "kolom ontbreekt; de kopregel moet deze kolommen hebben: {expected}"
COLUMN_UNKNOWN = "onbekende kolom; verwijder hem of beschrijf hem in datapackage.json"
COLUMN_ORDER = "de kolommen staan in een andere volgorde dan in datapackage.json: {expected}"
ROW_LENGTH = "deze regel heeft {found} waarden, de kopregel heeft er {expected}; controleer komma's en aanhalingstekens"
FOREIGN_KEY = "'{value}' komt niet voor in kolom '{ref_field}' van {ref_resource}"
EMPTY_FILE = "het bestand is leeg; de kopregel ontbreekt"
NOT_UTF8 = "het bestand is geen UTF-8-tekst; sla het op als UTF-8 (CSV UTF-8)"
FILE_MISSING = "bestand ontbreekt"

# CLI
CHECK_OK = "{count} datasets gecontroleerd in {path}: geen fouten."
CHECK_FAILED = "{count} fout(en) gevonden."
GENERATE_OK = "Bestanden geschreven: {count} (in {path})."
GENERATE_CHECK_OK = "Alle {count} bestanden komen byte voor byte overeen met de generator."
GENERATE_DIFF = "{path}: wijkt af van wat de generator maakt; voer 'eplab data generate' uit of herstel het bestand met git"
GENERATE_ABSENT = "{path}: ontbreekt; voer 'eplab data generate' uit"
LIST_HEADER = "{name:<22} {rows:>6}  {title}"

HELP = {
    "list": "toon de datasets met hun titel en aantal rijen",
    "check": "controleer elk CSV-bestand tegen datapackage.json (zonder pad: de datasets van eplab)",
    "generate": "maak de CSV-bestanden, datapackage.json en het codeboek opnieuw (vaste seeds)",
    "generate_check": "schrijf niets; controleer alleen of de bestanden byte voor byte kloppen",
    "path": "een map met datapackage.json (of het pad naar datapackage.json)",
    "describe": "toon het codeboek van één dataset",
}

# plots
LIKERT_TITLE = "Antwoorden per stelling"
LIKERT_XLABEL = "percentage respondenten (links: oneens, rechts: eens)"
ONE_TWO_TITLE = "Eenzijdige en tweezijdige communicatie per schooltype"
ONE_TWO_YLABEL = "aantal fragmenten"
ONE_TWO_SHARE = "{share:.0%} tweezijdig"
ONE_TWO_INVENTED = "* bevat een fictief aantal (zie de kolom 'telling')"
YEAR_TITLE = "Contactmomenten door het jaar"
YEAR_YLABEL = "aantal contactmomenten"
YEAR_INITIATIVE = "Wie neemt het initiatief?"
PLOT_MISSING_COLUMNS = "De tabel mist de kolom(men) {columns}; gebruik een tabel uit load(\"{dataset}\")."
PLOT_NO_ITEMS = "Geef de kolommen met stellingen op, bijvoorbeeld items=[\"kz_verwachtingen\", \"kz_tevredenheid\"]."

# Text alternatives of the plots (what a screen reader reads instead of the picture).
ALT_LIKERT = "Staafdiagram ‘{title}’: per stelling het deel van de ouders dat het (helemaal) oneens en (helemaal) eens is, en het gemiddelde op de schaal van 1 tot 4."
ALT_LIKERT_ITEM = "{item}: {disagree} oneens, {agree} eens, gemiddeld {mean} ({n} antwoorden)."
ALT_ONE_TWO = "Staafdiagram ‘{title}’: het aantal eenzijdige en tweezijdige voorbeelden per {by}."
ALT_ONE_TWO_GROUP = "{group}: {one} eenzijdig, {two} tweezijdig{invented}."
ALT_INVENTED = " (fictief aantal)"
ALT_ONE_TWO_PANEL = "Over {panel}:"
ALT_YEAR = "Staafdiagram ‘{title}’: het aantal contactmomenten per maand, {total} in totaal."
ALT_YEAR_MONTHS = "Per maand: {months}."
ALT_YEAR_KINDS = "Per soort: {kinds}."
ALT_YEAR_INITIATIVE = "Initiatief: {who}."

# a course variant's own datasets (eplab course init --variant)
VARIANT_GENERATED = (
    "Dit is een cursusvariant: je docent heeft deze dataset voor jullie cursus opnieuw laten maken. "
    "Wat fictief is (de rijen, en de getallen die je daaruit berekent), wijkt af van de openbare "
    "datasets van eplab; de getallen uit de bron zijn precies gelijk gebleven."
)
VARIANT_HANDWRITTEN = (
    "Dit hoort bij een cursusvariant, maar deze dataset is met de hand geschreven en is in elke "
    "variant gelijk aan de openbare dataset van eplab."
)
VARIANT_NO_SEED = (
    "Voor de dataset '{name}' is met deze sleutel na {count} pogingen geen variant gevonden die "
    "de getallen uit de bron precies teruggeeft; kies een andere sleutel."
)
VARIANT_NEEDS_ASSERT = (
    "Een cursusvariant kan niet worden gemaakt als Python met -O draait (dan worden de getallen "
    "uit de bron niet gecontroleerd); start het commando zonder -O."
)

"""Dutch messages of the role-play core (validator, loader, engine, log)."""

UNREADABLE = "het bestand kan niet gelezen worden ({error}); sla het op als UTF-8-tekst"
YAML_SYNTAX = "YAML-fout: {error}; controleer inspringing, dubbele punten en aanhalingstekens"
NOT_A_MAPPING = "een scenario moet beginnen met velden als 'id:', 'titel:' en 'knopen:'"
UNKNOWN_SCENARIO = "Er is geen rollenspel met de naam '{ref}'. Kies een van: {known}."
MISSING_FILE = "Het scenariobestand {path} bestaat niet; controleer de naam en de map."
INVALID_SCENARIO = "Het scenario {path} bevat fouten; herstel deze regels en probeer het opnieuw:"

PYDANTIC = {
    "missing": "verplicht veld '{field}' ontbreekt ({where})",
    "extra_forbidden": "onbekend veld '{field}' ({where}); controleer de spelling",
    "string_type": "'{field}' moet tekst zijn ({where})",
    "int_type": "'{field}' moet een geheel getal zijn ({where})",
    "int_parsing": "'{field}' moet een geheel getal zijn ({where})",
    "float_type": "'{field}' moet een getal zijn ({where})",
    "float_parsing": "'{field}' moet een getal zijn ({where})",
    "list_type": "'{field}' moet een lijst zijn ({where})",
    "dict_type": "'{field}' moet velden bevatten ({where})",
    "model_type": "'{field}' moet velden bevatten ({where})",
    "literal_error": "ongeldige waarde voor '{field}' ({where}): {detail}",
    "too_short": "'{field}' mag niet leeg zijn ({where})",
    "greater_than_equal": "'{field}' is te klein ({where}): {detail}",
    "less_than_equal": "'{field}' is te groot ({where}): {detail}",
}
PYDANTIC_OTHER = "ongeldige waarde voor '{field}' ({where}): {detail}"

# validator rules
DUPLICATE_ID = "het id '{id}' komt meer dan één keer voor"
UNKNOWN_START = "start verwijst naar '{target}', maar die knoop bestaat niet"
UNKNOWN_TARGET = "verwijst naar '{target}', maar die knoop bestaat niet"
UNKNOWN_SPEAKER = "spreker '{speaker}' staat niet bij de personages (of gebruik 'verteller')"
UNKNOWN_TYPE = "onbekend gesprekstype '{value}'; kies een van: {known}"
DEAD_END = "doodlopende knoop: geef 'opties', 'volgende' of 'einde'"
MIXED_NODE = "een knoop heeft precies één van 'opties', 'volgende' of 'einde'"
OPTION_COUNT = "een keuze heeft 2 tot 4 opties, deze heeft er {count}"
NO_FEEDBACK = "optie {n} heeft geen feedback"
NO_REACTION = "optie {n} heeft geen reactie van de ouder"
UNREACHABLE = "deze knoop is vanaf de start niet te bereiken"
NO_ENDING = "vanaf deze knoop is geen einde te bereiken"
TRAPPED_CYCLE = "deze knoop zit in een kring zonder uitweg naar een einde"
UNDECLARED_STATE = "toestandsvariabele '{name}' is niet gedeclareerd onder 'toestand'"
UNKNOWN_ITEM = "observatie-item '{item}' bestaat niet"
WRONG_FORM_ITEM = "observatie-item '{item}' hoort niet bij de formulieren van een {type}"
UNKNOWN_DIMENSION = "rubricdimensie '{name}' bestaat niet; kies uit: {known}"
DIMENSION_RANGE = "score voor dimensie '{name}' moet tussen -2 en 2 liggen"
ALL_CONDITIONAL = "minstens één optie moet zonder voorwaarde ('als') zijn, anders kan het gesprek vastlopen"
BRANCH_DEFAULT = "de laatste tak van 'volgende' moet zonder voorwaarde ('als') zijn"
START_NOT_CHOICE = "de startknoop mag geen einde zijn"

# engine and log
CORRUPT_LOG = (
    "Je opgeslagen gesprek kon niet worden gelezen; het is bewaard als {backup} "
    "en je begint het gesprek opnieuw."
)
NO_OPTION = "Optie {n} bestaat hier niet; kies een nummer van 1 tot {count}."
FINISHED = "Het gesprek is al afgelopen; kies 'opnieuw' om het nog eens te spelen."

# the opleidingsouders' questions (leerlijn HvA/UPvA, ch. 4), as the parent answers them
PARENT_QUESTIONS = {
    "sfeer": "Sfeer en welkom",
    "positief_kind": "Positief over ons kind",
    "op_de_hoogte": "Op de hoogte van ons kind",
    "ruimte": "Ruimte om zelf iets in te brengen",
    "tevreden": "Alles overziend tevreden",
}
DEFAULT_VOICE = {
    "sfeer": {
        "positief": "Ik voelde me welkom. Er was aandacht voor mij, en dat merkte ik ook aan de toon.",
        "neutraal": "Het was een zakelijk gesprek. Niet onaardig, maar ik zat er niet echt ontspannen bij.",
        "negatief": "Ik voelde me niet op mijn gemak. Het leek alsof ik iets moest verdedigen.",
    },
    "positief_kind": {
        "positief": "Het deed me goed om te horen wat er goed gaat met mijn kind.",
        "neutraal": "Over wat er goed gaat met mijn kind hoorde ik weinig.",
        "negatief": "Ik hoorde vooral wat er niet goed gaat. Mijn kind is meer dan dat.",
    },
    "op_de_hoogte": {
        "positief": "Ik merkte dat de leerkracht mijn kind echt kent.",
        "neutraal": "Ik weet niet zeker of de leerkracht mijn kind goed kent.",
        "negatief": "Ik had het gevoel dat de leerkracht mijn kind nauwelijks kent.",
    },
    "ruimte": {
        "positief": "Ik kon vertellen wat ik belangrijk vind, en daar werd echt naar geluisterd.",
        "neutraal": "Ik kon wel iets zeggen, maar mijn inbreng veranderde weinig.",
        "negatief": "Ik kwam er nauwelijks tussen. Mijn kant van het verhaal telde niet mee.",
    },
    "tevreden": {
        "positief": "Alles bij elkaar ben ik tevreden: ik ga met een goed gevoel naar huis.",
        "neutraal": "Ik ga naar huis met gemengde gevoelens.",
        "negatief": "Ik ben niet tevreden over dit gesprek.",
    },
}
LEVEL_LABEL = {"positief": "positief", "neutraal": "neutraal", "negatief": "negatief"}
UNKNOWN_FORM = "Het formulier '{form}' hoort niet bij dit gesprek; vul een van de getoonde formulieren in."

# coaching when a scenario has no card that applies (eplab's own words, from the form)
COACH_FALLBACK = "Let er de volgende keer vooral op dat je dit doet: {item}{where}."
COACH_WHERE = " (in beurt {turn} liet je die kans liggen)"
COACH_THEORY = (
    "Het observatieformulier noemt dit als onderdeel van een goed gesprek ({source}). "
    "Eén ding gericht oefenen en het gesprek daarna opnieuw voeren helpt meer dan alleen "
    "terugkijken (Cohen e.a., 2020)."
)
COACH_TRY = "Bedenk vóór je keuze wat je precies wilt bereiken, en zeg dat hardop in je eigen woorden."
COACH_ALL_DONE = (
    "Je liet geen onderdeel van het formulier liggen. Probeer het gesprek nog eens en let nu "
    "vooral op hoe de ouder reageert."
)
COACH_TRY_ALL_DONE = "Vraag aan het eind: ‘Hoe was dit gesprek voor u?’"

# validator warnings and errors about the practice features
FEW_OWN_WORDS = (
    "waarschuwing: het scenario heeft {count} knoop/knopen met 'eigen_woorden: true'; geef er "
    "minstens twee (de opening, het moeilijke nieuws, het meningsverschil, de afspraak)"
)
NO_COACHING = (
    "waarschuwing: het scenario heeft geen 'coaching'; schrijf minstens één kaart (tekst, "
    "theorie, probeer) die na een einde getoond wordt"
)
NO_DECISIVE = (
    "waarschuwing: het scenario heeft geen 'beslismoment'; een nieuwe poging begint dan bij "
    "de start"
)
UNKNOWN_DECISIVE = "beslismoment '{target}' bestaat niet; noem het id van een keuzeknoop"
DECISIVE_NOT_CHOICE = "beslismoment '{target}' is geen keuzeknoop; noem een knoop met 'opties'"
OWN_WORDS_NOT_CHOICE = "'eigen_woorden: true' past alleen bij een knoop met 'opties'"
UNKNOWN_COACHING_ITEM = "coachingkaart {n}: observatie-item '{item}' bestaat niet"
UNKNOWN_COACHING_ENDING = "coachingkaart {n}: einde '{ending}' bestaat niet"
UNKNOWN_GENERAL_ITEM = "algemene_items: '{item}' staat niet op het formulier algemene gespreksvaardigheden"

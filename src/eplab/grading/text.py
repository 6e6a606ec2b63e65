"""Dutch messages of the grading helpers: one sentence each, saying what is wrong and how to mend it.

Kept in one place so an English edition is a translation, not a rewrite.
"""

NOT_ANSWERED = (
    "Je hebt nog geen antwoord ingevuld: vervang de drie puntjes (...) door je antwoord "
    "en voer de cel opnieuw uit."
)
LETTER = "Je antwoord moet één letter zijn: {options}."
LETTER_QUOTES = "Je antwoord moet één letter tussen aanhalingstekens zijn, bijvoorbeeld \"{example}\"."
CHOICE = "Je antwoord moet één van deze antwoorden zijn, tussen aanhalingstekens: {options}."
CHOICE_TYPE = "Je antwoord moet tekst tussen aanhalingstekens zijn, bijvoorbeeld \"{example}\"."
LIST_TYPE = (
    "Je antwoord moet een lijst zijn: antwoorden gescheiden door komma's en tussen vierkante haken, "
    "bijvoorbeeld {example}."
)
LIST_COUNT = "Je lijst moet precies {count} antwoorden bevatten (één per onderdeel), maar er staan er {given} in."
LIST_MIN = "Kies minstens {count} antwoord(en); je lijst bevat er nu {given}."
LIST_MAX = "Kies hoogstens {count} antwoorden; je lijst bevat er nu {given}."
ITEM_TYPE = "Elk antwoord in je lijst moet tekst tussen aanhalingstekens zijn, maar {item} is dat niet."
ITEM_NUMBER = "Elk antwoord in je lijst moet een getal zijn, zonder aanhalingstekens, maar {item} is dat niet."
ITEM_UNKNOWN = "{item} is geen van de toegestane antwoorden; kies uit: {options}."
ITEM_TWICE = "Je noemt '{item}' meer dan één keer; noem elk antwoord maar één keer."
ORDER_MISSING = "In je volgorde ontbreekt '{item}': zet alle {count} onderdelen precies één keer in de lijst."
NUMBER = (
    "Je antwoord moet een getal zijn, zonder aanhalingstekens en met een punt als decimaalteken "
    "(bijvoorbeeld 3.45)."
)
NUMBER_TEXT = (
    "Je antwoord is tekst ('{value}'), geen getal: haal de aanhalingstekens weg en gebruik een punt "
    "als decimaalteken (bijvoorbeeld 3.45)."
)
NUMBER_MANY = (
    "Je antwoord is een hele reeks getallen (een kolom of tabel), geen los getal: maak er één getal "
    "van, bijvoorbeeld met .mean(), .sum() of len()."
)
NUMBER_NAN = (
    "Je antwoord is NaN ('geen getal'): controleer of je de goede kolom kiest en of je lege cellen "
    "overslaat."
)
NUMBER_RANGE = "Je antwoord moet tussen {low} en {high} liggen; controleer je berekening."
FORM_OK = "De vorm van je antwoord klopt. Of het ook goed is, zie je na het nakijken."
TRUTH = "Je antwoord moet True of False zijn (met een hoofdletter en zonder aanhalingstekens)."

# role-play evidence
RP_MISSING = (
    "Er is geen opgeslagen gesprek gevonden ({file}): speel het rollenspel in dit notebook tot het "
    "einde en lever het bestand mee in."
)
RP_DAMAGED = (
    "Het opgeslagen gesprek ({file}) is beschadigd en kan niet worden gelezen: speel het rollenspel "
    "opnieuw tot het einde."
)
RP_UNFINISHED = (
    "Het gesprek is nog niet afgerond (na {turns} keuzes): speel het rollenspel verder tot het einde."
)
RP_UNKNOWN = "Het rollenspel '{scenario}' kan niet worden geladen: {error}"
RP_DONE = "Het gesprek is tot een einde gespeeld."
RP_DONE_EARLIER = (
    "Het gesprek is eerder tot een einde gespeeld (einde: {ending}); daarna is het opnieuw begonnen. "
    "Hieronder staat het afgeronde gesprek."
)
RP_CHECK_OK = "Je gesprek is tot een einde gespeeld en opgeslagen in {file}: lever dat bestand mee in."
RP_HEADING = "Bewijs rollenspel: {title}"
RP_POINTS = "Punten voor het afronden van het gesprek: {points} van {max}."
RP_NO_GRADE = (
    "Het observatieformulier en wat de ouder vertelt tellen niet mee voor je cijfer: ze zijn bedoeld "
    "om van te leren (leerlijn Educatief Partnerschap, HvA/UPvA). Je reflectie op het gesprek "
    "beoordeelt de docent apart."
)
RP_PATH = "Verloop van het gesprek"
RP_CHOICE = "Beurt {turn}: je koos: \u201c{text}\u201d"
RP_ENDING = "Einde: {title}"
RP_FORM = "{title} (JA/NEE per item, zonder totaal: het formulier is om van te leren)"
RP_OWN_WORDS = "eigen woorden eerst: \u201c{text}\u201d"
RP_OWN_WORDS_EMPTY = "eigen woorden eerst: (leeg gelaten)"
RP_ATTEMPTS = "Pogingen met een einde: {attempts}"
RP_ATTEMPT = "poging {number}: {ending}"
RP_OWN_FORM = "Eigen observatie bij tweede lezing ({title}): {count} verschil(len) met het formulier van eplab"

# plausibility signals of a role-play log (for the lecturer; never scored)
PLAUS_HEADING = "Om naar te kijken (telt niet mee voor de punten):"
PLAUS_SAME_SECOND = "alle {count} keuzes zijn binnen dezelfde seconde gemaakt"
PLAUS_FAST = "de keuzes volgden elkaar snel op: gemiddeld (mediaan) {median} s per keuze bij {count} keuzes (minder dan {limit} s)"
PLAUS_NO_NAME = "in het opgeslagen gesprek staat geen naam van een student"
PLAUS_OTHER_NAME = "in het opgeslagen gesprek staat student '{named}', maar het is ingeleverd door '{student}'"
PLAUS_NO_VERSION = "het gesprek noemt geen versie van het rollenspel (opgeslagen met een oudere eplab)"
PLAUS_OTHER_VERSION = "het gesprek is gespeeld met een andere versie van het rollenspel ({recorded}; nu {current})"

# eplab course init (the lecturer's CLI)
COURSE_INIT_HELP = "maak een nieuwe cursusmap voor nbgrader"
COURSE_DIR_HELP = "de map die je wilt maken (hij mag nog niet bestaan, of moet leeg zijn)"
COURSE_SOURCE_HELP = (
    "map met solutions/ en nbgrader_config.py: je kopie van de eplab-repository (git clone); "
    "nodig, want de uitwerkingen zitten niet in het geïnstalleerde pakket"
)
COURSE_ID_HELP = "de cursusnaam voor nbgrader (standaard: eplab)"
COURSE_NOT_EMPTY = "De map {path} bestaat al en is niet leeg: kies een nieuwe map of maak deze eerst leeg."
COURSE_NO_SOURCES = (
    "Geef met --bron de map van je kopie van de eplab-repository op (met solutions/ en "
    "nbgrader_config.py): de uitwerkingen zitten bewust niet in het geïnstalleerde pakket, omdat "
    "studenten dat ook hebben."
)
COURSE_BAD_SOURCES = (
    "In {path} zijn solutions/ en nbgrader_config.py niet gevonden: geef met --bron de map van je "
    "kopie van de eplab-repository op."
)
COURSE_VARIANT_HELP = (
    "een geheime sleutel (minstens 8 tekens): maakt een eigen variant van de opdrachten, met een "
    "andere volgorde van de antwoordmogelijkheden, eigen fictieve getallen in de datavragen en "
    "de bijbehorende antwoordsleutel; dezelfde sleutel geeft altijd dezelfde variant"
)
COURSE_BAD_VARIANT = (
    "De sleutel voor --variant is te kort: kies een geheime sleutel van minstens 8 tekens en bewaar "
    "hem (met dezelfde sleutel maak je later dezelfde variant opnieuw)."
)
VARIANT_MODEL_NOTE = (
    "*Cursusvariant: de fictieve getallen in dit modelantwoord komen uit de openbare data van "
    "eplab. In deze variant kunnen ze anders zijn; de uitwerking hierboven rekent ze uit met de "
    "data van deze cursus (eplab-data/ naast dit notebook).*"
)
COURSE_VARIANT_DONE = (
    "Variant gemaakt: de antwoordmogelijkheden van de meerkeuzevragen staan in een eigen volgorde, "
    "de opdrachten met data hebben eigen fictieve datasets (in source/<opdracht>/eplab-data/, die "
    "nbgrader met de opdracht uitdeelt), en de uitwerkingen en verborgen tests in source/ passen "
    "daarbij. De openbare antwoordsleutel van eplab past dus niet op deze opdrachten. Bewaar je "
    "sleutel geheim."
)
COURSE_BAD_ID = "De cursusnaam mag alleen letters, cijfers, - en _ bevatten, bijvoorbeeld pabo-ep-2025."
COURSE_DONE = """Cursusmap klaar: {path}

  nbgrader_config.py    de instellingen (cursusnaam: {course_id})
  source/               {count} opdrachten met uitwerkingen, verborgen tests en beoordelingsmodellen
  source/header.ipynb   de uitleg die nbgrader boven elke opdracht zet
  students.csv          vul hier je studenten in (id = studentnummer of gebruikersnaam op de hub)
  .eplab/pseudoniem.key de sleutel voor de schuilnamen in klasoverzichten (niet delen)

Let op: source/ bevat de uitwerkingen. Alleen jij kunt deze map lezen; houd dat zo.

Volgende stappen:
  1. cd {path}
  2. Vul students.csv in en lees hem in:  nbgrader db student import students.csv
  3. Maak de studentversie van een opdracht:  nbgrader generate_assignment {first}
     (alle opdrachten: {ids})
  4. Via JupyterHub:  nbgrader release_assignment {first}, later nbgrader collect {first}
     Via de elektronische leeromgeving (Windows): eplab uitdelen {first} maakt de zip om te
     delen; zet de ingeleverde zip-bestanden in één map en neem ze in met
     eplab inzamelen {first} MAP
  5. Nakijken:  eplab nakijken {first}, de reflecties in de formgrader, dan
     nbgrader generate_feedback {first} en nbgrader export (cijfers naar grades.csv)

De hele route staat in docs/docent.md van eplab."""

# eplab inzamelen (the LMS route)
COLLECT_ASSIGNMENT_HELP = "de naam van de opdracht, bijvoorbeeld jaar1_kennismakingsgesprek"
COLLECT_FOLDER_HELP = "de map met de gedownloade zip-bestanden (één per student)"
COLLECT_COURSE_HELP = "de cursusmap (standaard: de map waarin je nu staat)"
COLLECT_NO_FOLDER = "De map {path} bestaat niet: geef de map op waarin je de zip-bestanden uit de leeromgeving hebt gezet."
COLLECT_NO_COURSE = "{path} is geen cursusmap (er staat geen nbgrader_config.py in): ga eerst naar je cursusmap of geef hem op met --cursus."
COLLECT_BAD_CONFIG = "De instelling {name} in nbgrader_config.py is ongeldig ({error}): verbeter hem en probeer het opnieuw."
COLLECT_SUMMARY = "Inzamelen van {assignment}: {collected} ingezameld, {skipped} overgeslagen."
COLLECT_NOTES = "Let op:"
COLLECT_SKIPPED = "Overgeslagen (vraag deze studenten zo nodig opnieuw in te leveren):"
COLLECT_NOT_ZIP = "geen zip-bestand"
COLLECT_BAD_NAME = "de naam eindigt niet op <studentnummer>_{assignment}.zip"
COLLECT_BAD_NUMBER = "'{token}' is geen studentnummer; de naam moet <studentnummer>_{assignment}.zip zijn"
COLLECT_DAMAGED = "het zip-bestand is beschadigd of is geen echt zip-bestand"
COLLECT_PASSWORD = "het zip-bestand is met een wachtwoord beveiligd"
COLLECT_TOO_MANY = "het zip-bestand bevat {count} bestanden; meer dan {max} wordt niet uitgepakt"
COLLECT_TOO_BIG = "uitgepakt zou het zip-bestand groter worden dan {mb} MB (een zip-bom?); het is niet uitgepakt"
COLLECT_NO_NOTEBOOK = "het notebook {notebook} zit niet in de zip (gevonden notebooks: {found})"
COLLECT_NOTHING = "geen"
COLLECT_WRITE = "kon de inlevering niet wegschrijven ({error})"
COLLECT_NESTED = "{zip}: de zip in de zip ('{entry}') is niet uitgepakt."
COLLECT_TWICE = "{zip}: '{file}' staat er {count} keer in; gebruikt: '{kept}', niet gebruikt: {dropped}."
COLLECT_REUPLOAD = "{student} leverde meer dan één keer in: de nieuwste, '{kept}', is ingezameld; '{older}' niet."
COLLECT_FELL_BACK = "{student}: de nieuwere inlevering ({newer}) kon niet worden gelezen; daarom is '{kept}' ingezameld."
HANDOUT_NO_RELEASE = (
    "De studentversie {path} bestaat nog niet: maak hem eerst met "
    "nbgrader generate_assignment {assignment}."
)
HANDOUT_DONE = (
    "Klaar: {zip} ({count} bestanden). Zet dit bestand in de leeromgeving; een rollenspelbestand "
    "(…rollenspel.jsonl) gaat nooit mee."
)
COLLECT_NEXT = "De inleveringen staan in {path}. Nakijken: eplab nakijken {assignment}"

# eplab nakijken (the lecturer's grading command)
GRADE_ASSIGNMENT_HELP = "de opdracht, bijvoorbeeld jaar1_kennismakingsgesprek"
GRADE_STUDENT_HELP = "alleen deze student (studentnummer of gebruikersnaam)"
GRADE_JOBS_HELP = "zoveel inleveringen tegelijk nakijken (standaard 1)"
GRADE_NO_SANDBOX_HELP = (
    "nakijken zonder zandbak (alleen op een machine zonder bubblewrap, en alleen als je de "
    "inleveringen vertrouwt)"
)
GRADE_NO_COURSE = (
    "Hier staat geen nbgrader_config.py: ga eerst naar je cursusmap (gemaakt met eplab course init)."
)
GRADE_NO_BWRAP = (
    "Nakijken gebeurt in een zandbak, maar bubblewrap ontbreekt: installeer het met "
    "'sudo apt-get install bubblewrap' (of kijk bewust zonder zandbak na met --zonder-sandbox)."
)
GRADE_NO_SUBMISSIONS = (
    "Er zijn geen inleveringen van {assignment} gevonden in submitted/: haal ze eerst op met "
    "nbgrader collect of eplab inzamelen."
)
GRADE_BAD_JOBS = "-j moet een geheel getal van 1 of meer zijn, bijvoorbeeld -j 2."
GRADE_PROGRESS = "\rNagekeken: {done} van {total} · nog ongeveer {left}   "
GRADE_SUMMARY = "Nakijken van {assignment} klaar: {total} inleveringen, {ok} zonder problemen."
GRADE_SUMMARY_PROBLEMS = "Let op, bij deze inleveringen ging iets mis (zie ook {file}):"
GRADE_SUMMARY_ROW = "  {student} · {assignment}: {what}"
GRADE_STATUS_FILE = "nakijkstatus.csv"
GRADE_NO_SANDBOX_WARNING = "Let op: je kijkt na ZONDER zandbak; studentcode draait met jouw rechten."
STATUS = {
    "nagekeken": "nagekeken",
    "tijd_op": "tijd op: een cel liep langer dan toegestaan en is afgebroken; de rest is nagekeken",
    "kernel_dood": "kernel gestopt: de notebook stopte halverwege; wat daarvoor stond is nagekeken",
    "reageert_niet": (
        "reageert niet: de notebook liet zich niet onderbreken en is gestopt; wat daarvoor stond "
        "is nagekeken"
    ),
    "geen_json": "onleesbaar: het ingeleverde notebook is geen geldig notebook (geen JSON); 0 punten",
    "geen_utf8": "onleesbaar: het ingeleverde notebook is geen UTF-8-tekst; 0 punten",
    "mislukt": "mislukt: nbgrader kon deze inlevering niet nakijken (zie nakijken.log)",
}
STATUS_CELLS = " (cellen: {cells})"

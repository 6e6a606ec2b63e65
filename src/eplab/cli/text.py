"""Dutch strings of the CLI, kept in one place for translation."""

# the terminal player (`eplab scenario play`)
CHOICES_HELP = (
    "de keuzes als nummers uit het scenariobestand (1 = de eerste open optie in het bestand), "
    "niet als de volgorde die een student ziet; die wisselt per student en per poging"
)
STUDENT_HELP = "wie speelt (bepaalt de volgorde van de opties; standaard je gebruikersnaam)"
JSON_HELP = "uitvoer als één JSON-object (met eigen woorden, pogingen en je eigen formulier)"
BAD_CHOICES = "Geef de keuzes als nummers met komma's, bijvoorbeeld 1,3,2."

OWN_WORDS_ASK = "Wat zou jij zeggen? Schrijf het in je eigen woorden (Enter als je klaar bent): "
OWN_WORDS_NUDGE = (
    "Je hebt nog niets geschreven. Een paar woorden is genoeg: zo oefen je het echt. "
    "Druk nog een keer op Enter als je toch niets wilt schrijven."
)
CHOOSE = "Jouw keuze (nummer, t = terug, q = stoppen): "
TYPE_A_NUMBER = "Typ het nummer van een keuze."
FEEDBACK = "Waarom: {text}"
ENDING = "Einde: {title}"
ATTEMPT = "Poging {n}"
FORM = "{title} (JA/NEE per item; geen totaal: het formulier is om van te leren)"
IN_TURN = "beurt {turn}"
PARENT = "Wat de ouder zegt over het gesprek:"
OWN_WORDS_TITLE = "Jouw eigen woorden en je keuze:"
OWN_WORDS_LINE = "  Beurt {turn}: je schreef “{words}” en koos “{choice}”"
LEFT_EMPTY = "(leeg gelaten)"
COACH = "Eén ding om te oefenen: {text}"
COACH_WHY = "Waarom: {text}"
COACH_TRY = "Probeer bijvoorbeeld: “{text}”"
AFTER = (
    "Wat nu? o = probeer opnieuw vanaf het beslissende moment, d = wat zou de ouder gezegd "
    "hebben, f = vul het formulier zelf in, q = stoppen: "
)
RETRY = "Poging {n}: je gaat verder vanaf het beslissende moment; je eerdere beurten blijven staan."
COMPARE = "Poging {before}: {ending_before} · poging {after}: {ending_after}"
NEW_JA = "Nu wel JA: {items}"
NO_NEW_JA = "Er kwam geen nieuw JA op het formulier bij."
DEBRIEF = "Wat de ouder gezegd zou hebben:"
DEBRIEF_TURN = "Beurt {turn} — {speaker}: “{said}”"
DEBRIEF_OPTION = "  {mark} “{text}”\n      → {speaker}: {reaction}"
YOUR_CHOICE = "[jouw keuze]"
OTHER = "           "
LOOK = "Lees het gesprek nog eens terug en vul het formulier zelf in: j = JA, n = NEE, daarna een opmerking (mag leeg)."
LOOK_ITEM = "JA of NEE? {text} (j/n): "
LOOK_REMARK = "  Opmerking: "
SAME = "Jouw observatie en het formulier van eplab komen overeen."
DIFFERENT = "Hier verschilt jouw observatie van het formulier van eplab:"
DIFFERENCE = "  {text}: jij {you}, eplab {engine}"
CHECKED = "{count} scenario('s) gecontroleerd: geen fouten, {warnings} waarschuwing(en)."

# `eplab cursus` (the student's set-up)
CURSUS_DIR_HELP = "de map voor je cursus, bijvoorbeeld ~/eplab (nieuw of leeg, of een eerdere eplab-cursusmap)"
CURSUS_NOT_FOUND = (
    "De studienotebooks en opdrachten zijn niet gevonden in deze installatie van eplab: installeer "
    "eplab opnieuw (pip install eplab) en probeer het nog eens."
)
CURSUS_NOT_EMPTY = (
    "De map {path} bestaat al en is geen eplab-cursusmap: kies een nieuwe of lege map, zodat er "
    "niets van jou wordt overschreven."
)
CURSUS_NOT_A_DIR = "{path} is een bestand, geen map: kies een andere naam voor je cursusmap."
CURSUS_DONE = """Je cursus staat klaar in {path}:
  studie/       de studienotebooks per jaar (begin bij studie/jaar1)
  opdrachten/   de opdrachten die je docent nakijkt
{changes}
Starten:  jupyter lab {path}"""
CURSUS_NEW = "  {count} bestanden neergezet"
CURSUS_UPDATED = "  {count} bestanden bijgewerkt naar de nieuwe versie"
CURSUS_KEPT = (
    "  {count} bestanden heb je zelf veranderd; die zijn niet overschreven (jouw werk blijft "
    "bewaard): {files}"
)
CURSUS_SAME = "  alles was al bij"
CURSUS_WRITE = "In {path} kan niet worden geschreven ({error}): kies een map waar je zelf in mag schrijven."

"""Dutch messages of `eplab cursus` (the student's set-up), kept in one place for translation."""

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

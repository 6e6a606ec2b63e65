"""Dutch strings of the self-study app."""

TITLE = "eplab — oefenen met oudergesprekken"
LOADING = "De oefen-app start. Een ogenblik: zo verschijnen de gesprekken die je kunt oefenen."
INTRO = (
    "Kies een gesprek en speel de leerkracht. Na elke keuze zie je hoe de ouder reageert en "
    "waarom; aan het eind zie je het observatieformulier en hoe de ouder het gesprek beleefde. "
    "Je gesprekken worden bewaard in {folder}: stop je halverwege, dan ga je later verder "
    "waar je was."
)
YEAR = "Jaar {year}"
FILTER_TYPE = "Gesprekstype:"
ALL_TYPES = "alle gesprekstypen"
PLAY = "Speel"
BACK_TO_LIST = "← Terug naar de lijst"
NONE_FOUND = "Er zijn geen rollenspellen gevonden."
BROKEN = "Dit rollenspel kan niet worden geladen: {error}"

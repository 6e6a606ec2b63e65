"""Dutch labels of the role-play widget."""

START = "Start het gesprek"
BACK = "↶ Terug"
RESTART = "⟲ Opnieuw"
SAVE_REFLECTION = "Bewaar je reflectie"
REFLECTION_SAVED = "Je reflectie is bewaard."
ANTICIPATE = "Voordat je begint"
ANTICIPATE_HINT = "Schrijf je verwachting op (je kunt ook meteen beginnen)."
CONTEXT = "De situatie"
CHARACTERS = "Wie zijn er?"
REACTION = "Reactie"
FEEDBACK = "Waarom?"
MISSED = "Hier liet je liggen"
YOUR_CHOICE = "Wat zeg je?"
TURN = "Beurt {n}"
REFLECTION = "Reflectie in drie stappen (Pinto, 2012)"
PINTO_STEPS = [
    "1. Jouw kant: wat vond jij belangrijk in dit gesprek, en welke eigen normen en gewoonten "
    "speelden mee in je keuzes?",
    "2. De kant van de ouder: hoe keek de ouder naar het gesprek? Scheid wat je zag en hoorde "
    "van wat je ervan vond.",
    "3. Samen verder: hoe ga je de volgende keer om met de verschillen die je zag? "
    "Wat doe je dan anders, en hoe leg je dat uit?",
]
PINTO_NOTE = (
    "De leerlijn gebruikt het driestappenmodel van Pinto (2012) om naar het gesprek te kijken "
    "vanuit je eigen perspectief én dat van de ouder: het dubbel perspectief."
)
AUTOGRADE = "Automatisch nakijken: het rollenspel wordt niet gespeeld, alleen je opgeslagen gesprek wordt getoond."
NOT_SAVED_IN_SOURCE = (
    "Dit is de bron- of uitdeelversie van een nbgrader-opdracht: je kunt het gesprek uitproberen, maar het "
    "wordt niet opgeslagen, zodat er geen gespeeld gesprek in de studentversie of bij het nakijken "
    "terechtkomt."
)
RECORD = "Verslag van dit gesprek (blijft bewaard in het notebook en is zichtbaar voor je docent)"

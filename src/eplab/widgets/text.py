"""Dutch labels of the role-play widget and of its static HTML (eplab.render)."""

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

# the observation form (render.py): JA/NEE and remarks, as the learning line shows it
SOURCE = "Bron"
DERIVED_FORM = " (samengesteld door eplab, geen formulier uit de leerlijn)"
NOT_ASSESSMENT = "Dit formulier is geen beoordelingsformulier: het helpt je het gesprek te bespreken."
FORM_ITEM = "De leerkracht …"
REMARKS = "Opmerkingen"
IN_TURN = "in beurt {turn}"
MISSED_IN_TURN = "kans gemist in beurt {turn}"
YOUR_REMARK = "jouw opmerking: {text}"
PARENT_AFTER = "Wat de ouder na afloop vertelt"
PARENT_NOTE = "Zoals opleidingsouders dat doen: over hoe het gesprek voelde, niet over techniek."
ENDING = "Einde: {title}"

# own words first
OWN_WORDS_ASK = "Wat zou jij zeggen?"
OWN_WORDS_HINT = (
    "Schrijf eerst in je eigen woorden wat je tegen de ouder zou zeggen. Daarna zie je de keuzes."
)
OWN_WORDS_PLACEHOLDER = "Wat zeg je tegen de ouder? (in je eigen woorden)"
OWN_WORDS_GO = "Verder naar de keuzes"
OWN_WORDS_NUDGE = (
    "Je hebt nog niets geschreven. Een paar woorden is genoeg: zo oefen je het echt. "
    "Wil je toch niets schrijven, klik dan nog een keer op ‘Verder naar de keuzes’."
)
OWN_WORDS_TITLE = "Jouw eigen woorden en je keuze"
OWN_WORDS_COL = "Wat je zelf eerst schreef"
CHOSEN_COL = "Wat je daarna koos"
LEFT_EMPTY = "(leeg gelaten)"
OPTIONS_LABEL = "Keuzes"

# coaching, another attempt, attempts compared
COACH_TITLE = "Eén ding om te oefenen"
COACH_MISSED = "Op het formulier bleef NEE"
COACH_WHY = "Waarom"
COACH_TRY = "Probeer bijvoorbeeld"
RETRY = "Probeer opnieuw vanaf dit moment"
RETRY_TOOLTIP = "Speel het gesprek opnieuw vanaf het beslissende moment; je eerdere beurten blijven staan"
RETRY_STARTED = "Poging {n}: je gaat verder vanaf het beslissende moment."
ATTEMPT = "Poging {n}"
ATTEMPTS_TITLE = "Poging {before} en poging {after} vergeleken"
ENDING_BEFORE = "Einde van de vorige poging"
ENDING_NOW = "Einde van deze poging"
NEW_JA = "Nu wel JA op het formulier"
NO_NEW_JA = "Op het formulier kwam er geen nieuw JA bij."
LOST_JA = "Vorige keer wel, nu niet"

# the debrief: what the parent would have said
DEBRIEF_OPEN = "Wat zou de ouder gezegd hebben?"
DEBRIEF_CLOSE = "Verberg wat de ouder gezegd zou hebben"
DEBRIEF_TITLE = "Wat de ouder gezegd zou hebben"
DEBRIEF_NOTE = "Per beurt alle keuzes die er waren, en hoe de ouder op elke keuze gereageerd zou hebben."
YOUR_CHOICE_MARK = "jouw keuze"

# the second look
SECOND_LOOK_OPEN = "Kijk nog eens: vul het formulier zelf in"
SECOND_LOOK_TITLE = "Tweede blik: jouw eigen observatie"
SECOND_LOOK_NOTE = (
    "De leerlijn raadt aan het formulier in te vullen terwijl je een gesprek een tweede keer "
    "bekijkt. Lees het gesprek hieronder terug, vink aan wat de leerkracht deed (JA; niet "
    "aangevinkt is NEE) en schrijf erbij wat je zag of hoorde. Daarna zie je waar jouw "
    "observatie en het formulier van eplab verschillen."
)
SECOND_LOOK_CHECK = "JA: {text}"
SECOND_LOOK_REMARK = "Opmerking: wat zag of hoorde je?"
SECOND_LOOK_COMPARE = "Vergelijk met het formulier"
SAME_FORM = "Jouw observatie en het formulier van eplab komen overeen."
DIFFERENT_FORM = "Bij {count} item(s) verschilt jouw observatie van het formulier van eplab:"
YOU_SAW = "Jij"
ENGINE_SAW = "eplab"
YOUR_REMARK_COL = "Jouw opmerking"
LEFT_OPEN = "open gelaten"
DIFFERENCE_NOTE = (
    "Een verschil is geen fout: bespreek het met een medestudent of je docent. Wat zag jij "
    "dat het formulier niet ziet, of andersom?"
)
REFLECTION_LABEL = "Jouw antwoord op vraag {n}"
ANTICIPATE_LABEL = "Jouw verwachting"

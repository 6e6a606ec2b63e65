"""The invented pupil interviews behind the dataset `leerlinginterviews` (all text is fictitious).

Eight short interviews a first-year student held with pupils of groep 4 to 8 about school and
home, cut into fragments and coded. Written for eplab; no real pupil said any of this.
Each row: (pupil id, groep, question label, fragment, code); the labels and codes are the
categories in spec.LEERLINGINTERVIEWS, which `eplab data check` enforces.
"""

from __future__ import annotations

FRAGMENTS: list[tuple[str, int, str, str, str]] = [
    # L1 Noor, groep 6 (the transcript in course/jaar1/06 is this interview)
    ("L1", 6, "wat vertel je thuis", "Aan tafel vraagt mijn vader altijd wat we bij rekenen deden. Dan vertel ik het.", "praten over school"),
    ("L1", 6, "wat vertel je thuis", "Als er iets stoms was in de pauze, vertel ik het pas als ik in bed lig, aan mijn moeder.", "praten over school"),
    ("L1", 6, "hulp thuis", "Mijn moeder overhoort mijn woordjes voor Engels, ook als ze moe is van haar werk.", "hulp bij leren"),
    ("L1", 6, "ouders op school", "Mijn vader was hulpouder bij de kerstviering, hij deed de muziek.", "ouders op school"),
    ("L1", 6, "ouders en juf praten", "Bij het gesprek over mijn rapport mocht ik erbij zijn. Dat vond ik fijn, want ze praatten over mij.", "zelf meepraten"),
    ("L1", 6, "ouders en juf praten", "Juf stuurt mijn moeder soms een berichtje als ik iets goed heb gedaan.", "contact ouders en school"),
    ("L1", 6, "wens", "Ik wil dat ik zelf mag zeggen wat ik moeilijk vind, voordat juf het zegt.", "zelf meepraten"),
    # L2 Daan, groep 4
    ("L2", 4, "wat vertel je thuis", "Ik vertel over gym, want dat is het leukste.", "praten over school"),
    ("L2", 4, "hulp thuis", "Mijn oma leest met mij, want mijn mama werkt 's avonds.", "hulp bij leren"),
    ("L2", 4, "ouders op school", "Mama komt me brengen en dan zwaait ze door het raam.", "ouders op school"),
    ("L2", 4, "ouders en juf praten", "Juf en mama praten soms bij de deur. Ik weet niet waarover.", "contact ouders en school"),
    ("L2", 4, "wens", "Dat mama een keer mag kijken hoe ik lees in de klas.", "ouders op school"),
    # L3 Yasmina, groep 8
    ("L3", 8, "wat vertel je thuis", "Over de eindtoets praten we thuis heel veel, soms te veel.", "praten over school"),
    ("L3", 8, "hulp thuis", "Mijn broer helpt me met rekenen, mijn ouders snappen de manier van nu niet.", "hulp bij leren"),
    ("L3", 8, "ouders en juf praten", "Bij het adviesgesprek zat ik erbij. Meester vroeg eerst wat ik zelf wilde.", "zelf meepraten"),
    ("L3", 8, "ouders en juf praten", "Mijn ouders bellen meester als ze iets niet snappen van de brief.", "contact ouders en school"),
    ("L3", 8, "wens", "Dat ze niet alleen over cijfers praten, maar ook over hoe ik me voel in de klas.", "zelf meepraten"),
    # L4 Milan, groep 5
    ("L4", 5, "wat vertel je thuis", "Meestal zeg ik gewoon 'goed' als ze vragen hoe het was.", "praten over school"),
    ("L4", 5, "hulp thuis", "Met de tafels helpt mijn vader, met een spelletje in de auto.", "hulp bij leren"),
    ("L4", 5, "ouders op school", "Mijn ouders komen niet zo vaak, ze werken allebei.", "ouders op school"),
    ("L4", 5, "ouders en juf praten", "Juf belde een keer omdat ik ruzie had. Toen was mijn vader boos, maar later niet meer.", "contact ouders en school"),
    ("L4", 5, "wens", "Dat juf ook belt als het goed gaat.", "contact ouders en school"),
    # L5 Sem, groep 7
    ("L5", 7, "wat vertel je thuis", "Ik laat mijn werkstuk zien op de laptop, dan leest mijn moeder het.", "praten over school"),
    ("L5", 7, "hulp thuis", "Mijn moeder helpt met plannen, ik maak een lijstje op de koelkast.", "hulp bij leren"),
    ("L5", 7, "ouders op school", "Mijn vader zit in de ouderraad, dus hij is er vaak.", "ouders op school"),
    ("L5", 7, "ouders en juf praten", "Bij het gesprek mocht ik mijn portfolio laten zien. Ik had het zelf voorbereid.", "zelf meepraten"),
    ("L5", 7, "wens", "Dat ik vaker mag vertellen wat ik wil leren, ook aan mijn ouders.", "zelf meepraten"),
    # L6 Fatima, groep 4
    ("L6", 4, "wat vertel je thuis", "Ik vertel het in het Arabisch aan mijn moeder, dan snapt ze het beter.", "praten over school"),
    ("L6", 4, "hulp thuis", "Mijn zus leest met mij uit de bibliotheekboeken.", "hulp bij leren"),
    ("L6", 4, "ouders op school", "Mijn moeder kwam bij de koffieochtend, daar was ook een mevrouw die kon vertalen.", "ouders op school"),
    ("L6", 4, "ouders en juf praten", "Juf praat met mijn moeder en ik help met sommige woorden.", "contact ouders en school"),
    ("L6", 4, "wens", "Dat juf een keer bij ons thuis thee komt drinken.", "contact ouders en school"),
    # L7 Lucas, groep 8
    ("L7", 8, "wat vertel je thuis", "Ik vertel niet zo veel, alleen als er een toets aankomt.", "praten over school"),
    ("L7", 8, "hulp thuis", "Ik leer het liefst alleen, op mijn kamer.", "hulp bij leren"),
    ("L7", 8, "ouders en juf praten", "Ik vind het raar als ze over mij praten en ik er niet bij ben.", "zelf meepraten"),
    ("L7", 8, "wens", "Dat ik eerst zelf mag zeggen hoe het gaat, en dat zij dan reageren.", "zelf meepraten"),
    # L8 Aylin, groep 6
    ("L8", 6, "wat vertel je thuis", "Ik vertel over mijn vriendinnen en over de juf.", "praten over school"),
    ("L8", 6, "hulp thuis", "Mijn vader oefent spelling met mij met een app op zijn telefoon.", "hulp bij leren"),
    ("L8", 6, "ouders op school", "Mijn moeder gaat mee met het schoolreisje, dat is al twee keer.", "ouders op school"),
    ("L8", 6, "ouders en juf praten", "De juf en mijn moeder appen, maar dan weet ik niet wat ze zeggen.", "contact ouders en school"),
    ("L8", 6, "wens", "Dat ik mag weten wat ze over mij zeggen.", "zelf meepraten"),
]

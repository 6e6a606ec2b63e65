"""Hand-written, fictitious interview transcripts for the `ouderinterviews` dataset (Dutch text).

Eight invented parents of one invented primary school answer the five questions of an interview
guide (V1-V5, see spec.OUDERINTERVIEW_QUESTIONS). Each answer is cut into fragments; eplab coded
every fragment once: the domain (the four Fontys domains or 'overig'), the direction of the
school's communication as the parent describes it (empty when the fragment is a wish or about
the parent's own doing) and the tone. The texts were written for the course, not recorded.
"""

from __future__ import annotations

A, C, T, M, OV = "afstemming en vertrouwen", "communiceren", "thuisleren", "meebeslissen", "overig"
E, W, N = "eenzijdig", "tweezijdig", None
POS, NEU, NEG = "positief", "neutraal", "negatief"

# (interview, ouder, groep van het kind)
PARENTS = {
    "O1": ("moeder", 3),
    "O2": ("vader", 7),
    "O3": ("moeder", 1),
    "O4": ("vader", 5),
    "O5": ("moeder", 8),
    "O6": ("oma (verzorger)", 4),
    "O7": ("moeder", 6),
    "O8": ("vader", 2),
}

# (interview, vraag, tekst, domein, richting, toon)
FRAGMENTS = [
    ("O1", "V1", "Ik zie de juf bijna elke dag bij de deur. Even zwaaien, soms een praatje. Dan weet ik wie ze is.", A, N, POS),
    ("O1", "V2", "Na de toets kreeg ik een uitdraai met grafieken. Die snapte ik niet, en ik durfde het niet te vragen.", C, E, NEG),
    ("O1", "V2", "Of ze wilde weten hoe het thuis gaat? Nee, dat heeft ze nooit gevraagd.", C, E, NEU),
    ("O1", "V3", "Ze gaf een leesboekje mee en een briefje met hoe je samen kunt oefenen. Daar heb ik echt iets aan.", T, E, POS),
    ("O1", "V4", "Beslissen? Daar is nog niets over geweest. Het gaat gewoon goed met haar.", M, N, NEU),
    ("O1", "V5", "Ik zou graag van tevoren weten wat er in het gesprek komt, dan kan ik me voorbereiden.", C, N, NEU),
    ("O2", "V1", "Ik werk in ploegen, dus ik kom bijna nooit op school. Het contact gaat via de app, en dat werkt prima.", C, E, POS),
    ("O2", "V2", "De meester belde een keer omdat mijn zoon een mooie spreekbeurt had gehouden, en hij vroeg hoe hij thuis had geoefend.", C, W, POS),
    ("O2", "V3", "Huiswerk? Ik weet eerlijk gezegd niet wat hij moet doen. Hij zegt altijd dat het al af is.", T, N, NEU),
    ("O2", "V4", "Over de middelbare school hebben we nog niet gepraat. Ik zou nu al willen weten welke kant het op gaat.", A, N, NEU),
    ("O2", "V5", "Bel ook eens als het goed gaat. Dan luister je ook beter als het een keer niet goed gaat.", C, N, NEU),
    ("O2", "V5", "En laat mijn zoon bij het gesprek zijn. Het gaat over hem.", OV, N, NEU),
    ("O3", "V1", "Ik woon pas twee jaar in Nederland. De juf nam de tijd om uit te leggen hoe het in de kleutergroep gaat.", A, W, POS),
    ("O3", "V1", "Op de koffieochtend leerde ik andere moeders kennen. Nu vraag ik hun ook dingen.", A, N, POS),
    ("O3", "V2", "In het eerste gesprek vroeg de juf wat mijn dochter thuis graag doet en waar ze bang voor is. Later vroeg ze er weer naar.", A, W, POS),
    ("O3", "V3", "Ze vroeg welke taal we thuis spreken. Ik mag in het Pools voorlezen, zei ze. Dat wist ik niet.", T, W, POS),
    ("O3", "V4", "Een logopedist kijkt naar haar spraak. De school vroeg eerst wat ik ervan vond.", M, W, POS),
    ("O3", "V5", "Een verslag van het gesprek op papier zou fijn zijn. Dan kan ik het thuis nog eens lezen.", C, N, NEU),
    ("O4", "V1", "We hebben veel gesprekken gehad, want onze zoon leest moeilijk. Ik voel me wel welkom, dat moet ik zeggen.", A, N, POS),
    ("O4", "V2", "Ze vertellen goed hoe hij ervoor staat, met de scores erbij. Wat wij thuis zien, komt minder aan bod.", C, E, NEU),
    ("O4", "V3", "We oefenen elke avond tien minuten met de woordkaartjes die hij meekrijgt. De juf vraagt elke maand hoe het gaat.", T, W, POS),
    ("O4", "V4", "Het onderzoek naar dyslexie werd uitgelegd alsof het al vaststond. We konden tekenen, niet meepraten.", M, E, NEG),
    ("O4", "V4", "Later vertelden we dat hij thuis beter leest met een liniaal onder de regel. Dat staat nu in zijn plan.", M, W, POS),
    ("O4", "V5", "Vraag ons eerder wat wij zien. Wij kennen hem al negen jaar.", M, N, NEU),
    ("O5", "V1", "De juf van groep 8 ken ik nauwelijks. Mijn dochter fietst zelf naar school, dus ik kom er niet meer.", A, N, NEU),
    ("O5", "V2", "Bij het voorlopig advies legde de juf uit waarom het havo werd. Ze vroeg ook wat wij ervan dachten en wat mijn dochter wilde.", A, W, POS),
    ("O5", "V3", "Ze maakt haar huiswerk zelf. Ik vraag elke dag hoe het ging; meer hoeft ze niet van mij.", T, N, POS),
    ("O5", "V4", "We mochten meedenken over de keuze van de school, maar het advies is van de school. Dat vind ik logisch.", M, W, POS),
    ("O5", "V5", "Begin eerder met praten over de middelbare school. In groep 8 is het zo voorbij.", A, N, NEU),
    ("O5", "V5", "En de nieuwsbrief is veel te lang. Eerlijk gezegd lees ik hem niet.", C, E, NEG),
    ("O6", "V1", "Ik haal hem elke dag op. De meester komt altijd even naar buiten, dan weet ik of het een goede dag was.", A, N, POS),
    ("O6", "V2", "Het rapportgesprek was tien minuten. Je gaat zitten, je hoort de cijfers, en je staat weer buiten.", C, E, NEG),
    ("O6", "V2", "Als ik een vraag mail, krijg ik netjes antwoord. Daar mag ik niet over klagen.", C, W, POS),
    ("O6", "V3", "Met rekenen kan ik hem niet helpen; het gaat nu anders dan vroeger. Ik zou willen dat iemand het me laat zien.", T, N, NEG),
    ("O6", "V4", "Ik ben zijn oma, geen ouder. Of ik mag meebeslissen, weet ik niet eens.", M, N, NEU),
    ("O6", "V5", "Nodig ons eens uit in de klas, dan zie je hoe ze werken.", A, N, NEU),
    ("O7", "V1", "In het begin vond ik de school streng. Nu ken ik de juf, en ik weet dat ze het goed bedoelt.", A, N, POS),
    ("O7", "V2", "Mijn zoon werd gepest. Ik heb drie keer gemaild voordat er iets gebeurde.", C, E, NEG),
    ("O7", "V2", "Toen er een gesprek kwam, luisterde de juf goed en maakten we afspraken. Het gaat nu beter.", C, W, POS),
    ("O7", "V3", "Ik lees met hem in het Turks en in het Nederlands. De school vindt dat goed, zeggen ze.", T, E, POS),
    ("O7", "V4", "Bij het pesten vroegen ze wat ik thuis merkte, en dat hebben ze meegenomen in de aanpak.", M, W, POS),
    ("O7", "V5", "Zeg het eerder als er iets is, ook als het klein is.", C, N, NEU),
    ("O8", "V1", "Meestal doet mijn vrouw het contact met school. Ik ben één keer op een ouderavond geweest, over het nieuwe rekenprogramma.", C, E, NEU),
    ("O8", "V2", "Bij het gesprek over nog een jaar groep 2 zeiden ze dat ze het al maanden zagen. Waarom hoorden we dat niet eerder?", C, E, NEG),
    ("O8", "V3", "We doen thuis veel spelletjes met tellen. De juf gaf een lijstje met spelletjes die passen bij wat ze in de klas doen.", T, E, POS),
    ("O8", "V4", "Uiteindelijk beslist de school. Maar ze lieten ons eerst vertellen hoe wij haar thuis zien.", M, W, NEU),
    ("O8", "V5", "Laat mijn dochter zelf ook iets zeggen over hoe ze het vindt. Ze is vijf, maar ze snapt meer dan je denkt.", OV, N, NEU),
    ("O8", "V5", "En plan het gesprek niet alleen overdag; ik werk tot zes uur.", OV, N, NEU),
]


def rows() -> list[dict[str, object]]:
    """One row per fragment, in interview order, with a fragment number P01-P48."""
    out = []
    for i, (interview, question, text, domain, direction, tone) in enumerate(FRAGMENTS, start=1):
        parent, group = PARENTS[interview]
        out.append({"fragment_id": f"P{i:02d}", "interview": interview, "ouder": parent,
                    "groep_kind": group, "vraag": question, "tekst_fictief": text,
                    "domein": domain, "richting": direction, "toon": tone})
    return out

"""Metadata of the eplab datasets: sources, fields, assumptions and the figures taken from sources.

`generate.py` turns this into datapackage.json (Frictionless Table Schema) and the Dutch codebook.
All user-facing text here is Dutch. Every field carries a custom property `herkomst`:

* soort "bron": the values are as the source gives them;
* soort "gekalibreerd": the rows are invented, but every count or mean the source gives comes out
  exactly when you aggregate them;
* soort "fictief": invented; no source (a `bron` may still say where an idea comes from).
"""

from __future__ import annotations

from eplab.data.transcripts import PARENTS as INTERVIEW_PARENTS

SOURCES = {
    "fontys2017": {
        "kort": "Fontys Hogeschool Pedagogiek (2017)",
        "auteur": "Fontys Hogeschool Pedagogiek",
        "jaar": "2017",
        "titel": "Verschillende ouders, verschillende leerkrachten. Oudergesprekken en educatief "
        "partnerschap in het primair onderwijs. Uitgebreid onderzoeksrapport werkpakket 2 "
        "(kwalitatieve interviewstudie, RAAK-project)",
    },
    "thesis2015": {
        "kort": "Masterthesis gesprekscyclus (ca. 2015)",
        "auteur": "onbekend (de naam van de auteur staat niet in de tekst)",
        "jaar": "ca. 2015",
        "titel": "Masterthesis (master SEN) over het versterken van het partnerschap met ouders: "
        "een gesprekscyclus met een begingesprek, op een fusieschool voor basisonderwijs en SBO",
    },
    "leerlijn": {
        "kort": "HvA/UPvA, leerlijn Educatief Partnerschap (z.j.)",
        "auteur": "Hogeschool van Amsterdam en Universitaire Pabo van Amsterdam",
        "jaar": "z.j. (2016 of later)",
        "titel": "Leren samenwerken met ouders in een grootstedelijke omgeving",
    },
}


def cite(source: str, where: str) -> str:
    return f"{SOURCES[source]['kort']}, {where}"


# Fontys report: page numbers as given in the report's table of contents
F32 = cite("fontys2017", "§3.2 (p. 11)")
F41 = cite("fontys2017", "§4.1 (p. 13)")
F42 = cite("fontys2017", "§4.2 (p. 14)")
F43 = cite("fontys2017", "§4.3 (p. 16)")
F44 = cite("fontys2017", "§4.4 (p. 16)")
F45 = cite("fontys2017", "§4.5 (p. 18)")
F46 = cite("fontys2017", "§4.6 (p. 19)")
T11 = cite("thesis2015", "§1.1")
T12 = cite("thesis2015", "§1.2")
T22 = cite("thesis2015", "§2.2")
T412 = cite("thesis2015", "§4.1.2")
T_CHILD = cite("thesis2015", "§4.2 en bijlage 5")
T_MINUTES = cite("thesis2015", "§4.1.2 en §4.2")
T413 = cite("thesis2015", "§4.1.3")
T_CYCLE = cite("thesis2015", "§4.2 en bijlage 5")
L_PARENT_POPULATION = cite("leerlijn", "§2.4, profiel van de startbekwame leerkracht: een analyse maken van de ouderpopulatie")

SCHOOL_TYPES = ["regulier", "s(b)o", "stimulering"]
BOUW = ["onderbouw", "middenbouw", "bovenbouw"]
MONTHS = ["augustus", "september", "oktober", "november", "december", "januari",
          "februari", "maart", "april", "mei", "juni", "juli"]
LIKERT = [
    {"value": 1, "label": "helemaal mee oneens"},
    {"value": 2, "label": "mee oneens"},
    {"value": 3, "label": "mee eens"},
    {"value": 4, "label": "helemaal mee eens"},
]
YES_NO = {"trueValues": ["ja"], "falseValues": ["nee"]}


def herkomst(soort: str, bron: str | None = None, toelichting: str | None = None) -> dict:
    out: dict = {"soort": soort}
    if bron:
        out["bron"] = bron
    if toelichting:
        out["toelichting"] = toelichting
    return out


FICTIEF = herkomst("fictief")


def field(name: str, type_: str, title: str, description: str, origin: dict, *,
          required: bool = False, unique: bool = False, enum: list | None = None,
          categories: list | None = None, ordered: bool = False, minimum=None, maximum=None,
          pattern: str | None = None, extra: dict | None = None) -> dict:
    """One Table Schema field with eplab's `herkomst` property."""
    out: dict = {"name": name, "type": type_, "title": title, "description": description}
    if type_ == "boolean":
        out.update(YES_NO)
    if categories is not None:
        out["categories"] = categories
        out["categoriesOrdered"] = ordered
        if enum is None:
            enum = [c["value"] if isinstance(c, dict) else c for c in categories]
    constraints: dict = {}
    if required:
        constraints["required"] = True
    if unique:
        constraints["unique"] = True
    if enum is not None:
        constraints["enum"] = enum
    if minimum is not None:
        constraints["minimum"] = minimum
    if maximum is not None:
        constraints["maximum"] = maximum
    if pattern is not None:
        constraints["pattern"] = pattern
    if constraints:
        out["constraints"] = constraints
    if extra:
        out.update(extra)
    out["herkomst"] = origin
    return out


def figure(wat: str, waarde: str, bron: str) -> dict:
    return {"wat": wat, "waarde": waarde, "bron": bron}


# --- 1. interviews ------------------------------------------------------------------------

SCHOOL_IDS = (
    [f"REG{i:02d}" for i in range(1, 8)]
    + [f"SBO{i:02d}" for i in range(1, 5)]
    + [f"STI{i:02d}" for i in range(1, 8)]
)

SCHOOLTYPE_FIELD_TEXT = (
    "Schooltype: 'regulier' (reguliere basisschool), 's(b)o' (school voor speciaal "
    "(basis)onderwijs; het rapport schrijft s(b)o, sbo en speciaal onderwijs door elkaar) of "
    "'stimulering' (stimuleringsschool: veel leerlingen met een lage sociaaleconomische status en "
    "laagopgeleide ouders)."
)

INTERVIEWS = {
    "name": "interviews",
    "herkomst": "gekalibreerd op Fontys Hogeschool Pedagogiek (2017): wie wat zei is fictief, de aantallen uit het rapport kloppen precies",
    "title": "Interviews met 55 leerkrachten over educatief partnerschap (één rij per leerkracht)",
    "description": (
        "De 55 leerkrachten uit het kwalitatieve interviewonderzoek van Fontys Hogeschool "
        "Pedagogiek (2017): 20 leerkrachten van 7 reguliere basisscholen, 14 van 4 scholen voor "
        "s(b)o en 21 van 7 stimuleringsscholen in Zuid-Limburg. Per leerkracht staat of hij of zij "
        "in het interview een manier noemde om een vertrouwensrelatie met ouders op te bouwen "
        "(§4.1) en of hij of zij praktijkvoorbeelden gaf van ouders meenemen in het zorgproces "
        "(§4.4). Het rapport geeft alleen aantallen per schooltype; welke leerkracht wat zei is "
        "fictief verdeeld, zo dat elk aantal uit het rapport precies terugkomt."
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed. Eerst zijn 55 leerkrachten "
        "over 18 scholen verdeeld (ongeveer 3 per school, zoals het rapport zegt). Daarna krijgt "
        "per code precies het aantal leerkrachten uit het rapport de waarde 'ja', verspreid over "
        "precies het aantal scholen dat het rapport noemt (waar het dat noemt). Waar het rapport "
        "voor een schooltype geen aantal leerkrachten geeft, is de cel leeg (ontbrekend): dat is "
        "eerlijker dan een verzonnen getal. Bouw en ervaringsjaren zijn fictief."
    ),
    "aannames": [
        "Verdeling over scholen (fictief): reguliere scholen 3-3-3-3-3-3-2, s(b)o 4-4-3-3, "
        "stimuleringsscholen 4-3-3-3-3-3-2 leerkrachten. De school STI01 heeft 4 leerkrachten, "
        "omdat §4.6 spreekt van 'de 4 leerkrachten van een stimuleringsschool'.",
        "Een leerkracht telt mee als hij of zij de code minstens één keer noemt (zoals in het "
        "rapport). Hoe vaak iemand iets noemt staat in 'interviewfragmenten'.",
        "Het rapport verzamelde geslacht, leeftijd en ervaringsjaren, maar rapporteert ze niet; "
        "'ervaringsjaren' is daarom fictief (en bij twee leerkrachten bewust leeg).",
    ],
    "brongetallen": [
        figure("leerkrachten per schooltype (regulier / s(b)o / stimulering)", "20 / 14 / 21 (samen 55)", F32),
        figure("scholen per schooltype", "7 / 4 / 7 (samen 18)", F32),
        figure("leerkrachten die het belang van informeel contact noemen", "8 van 20 / 6 van 14 / 14 van 21", F41),
        figure("leerkrachten die outreachend gedrag noemen", "6 van 20 / 11 van 14 / 13 van 21", F41),
        figure("leerkrachten die hun bereikbaarheid noemen", "7 (op 5 scholen) / 8 (op de 4 scholen) / niet gerapporteerd", F41),
        figure("leerkrachten met voorbeelden van laagdrempelige activiteiten", "geen / alleen op schoolniveau: 2 van de 4 scholen / 11 (op alle 7 scholen)", F41),
        figure("leerkrachten die gedeelde interesse in het kind noemen", "5 (op 4 scholen) / 7 (op alle 4 scholen) / 6 (op 5 scholen)", F41),
        figure("leerkrachten met praktijkvoorbeelden van ouders meenemen in het zorgproces", "6 van 20 (3 scholen) / 6 van 14 (4 scholen) / 12 van 21 (7 scholen)", F44),
    ],
    "primaryKey": "leerkracht_id",
    "missingValues": [""],
    "fields": [
        field("leerkracht_id", "string", "Leerkracht", "Nummer van de leerkracht (L01 t/m L55).",
              herkomst("fictief", toelichting="De echte leerkrachten zijn anoniem."),
              required=True, unique=True, pattern=r"L\d\d"),
        field("school_id", "string", "School", "Code van de school: REG = regulier, SBO = s(b)o, STI = stimuleringsschool.",
              herkomst("gekalibreerd", F32, "Het aantal scholen per schooltype (7/4/7) komt uit het rapport; welke leerkracht op welke school werkt is fictief."),
              required=True, enum=SCHOOL_IDS),
        field("schooltype", "string", "Schooltype", SCHOOLTYPE_FIELD_TEXT,
              herkomst("bron", F32, "20 regulier, 14 s(b)o, 21 stimulering."),
              required=True, categories=SCHOOL_TYPES),
        field("bouw", "string", "Bouw", "De bouw waarin de leerkracht lesgeeft.",
              herkomst("fictief", F32, "De onderzoekers streefden naar een evenwichtige spreiding over onder-, midden- en bovenbouw; de toewijzing hier is fictief."),
              required=True, categories=BOUW, ordered=True),
        field("ervaringsjaren", "integer", "Ervaringsjaren", "Aantal jaren ervaring als leerkracht; leeg = niet ingevuld.",
              herkomst("fictief", toelichting="Wel verzameld, niet gerapporteerd; verzonnen."),
              minimum=0, maximum=45),
        field("informeel_contact", "boolean", "Noemt informeel contact", "Noemt het belang van informeel contact met ouders (inloop voor of na school, praatje op de gang).",
              herkomst("gekalibreerd", F41, "8/20, 6/14 en 14/21 leerkrachten."),
              required=True),
        field("outreachend_gedrag", "boolean", "Noemt outreachend gedrag", "Noemt de eigen actieve rol: ouders direct uitnodigen, aanspreken, volhouden, ouders de klas in halen.",
              herkomst("gekalibreerd", F41, "6/20, 11/14 en 13/21 leerkrachten."),
              required=True),
        field("bereikbaarheid", "boolean", "Noemt bereikbaarheid", "Noemt de eigen bereikbaarheid en beschikbaarheid als voorwaarde voor vertrouwen. Leeg bij stimuleringsscholen: het rapport geeft daar geen aantal.",
              herkomst("gekalibreerd", F41, "7 leerkrachten op 5 reguliere scholen, 8 leerkrachten op de 4 s(b)o-scholen; stimulering niet gerapporteerd (leeg).")),
        field("laagdrempelige_activiteiten", "boolean", "Geeft voorbeelden van laagdrempelige activiteiten", "Geeft voorbeelden van activiteiten die ouders de school in halen (kijkmoment, ontbijt, winterfair). Leeg bij s(b)o: het rapport noemt daar alleen scholen, geen leerkrachten.",
              herkomst("gekalibreerd", F41, "Regulier: geen; s(b)o: op 2 van de 4 scholen (aantal leerkrachten onbekend, dus leeg); stimulering: 11 leerkrachten op alle 7 scholen.")),
        field("gedeelde_interesse", "boolean", "Noemt gedeelde interesse in het kind", "Noemt een gedeelde interesse in het kind als voorwaarde voor vertrouwen.",
              herkomst("gekalibreerd", F41, "5 leerkrachten op 4 reguliere scholen, 7 op alle 4 s(b)o-scholen, 6 op 5 stimuleringsscholen."),
              required=True),
        field("zorg_praktijkvoorbeeld", "boolean", "Geeft praktijkvoorbeeld zorgproces", "Kan praktijkvoorbeelden geven van hoe hij of zij ouders meeneemt in het zorgproces.",
              herkomst("gekalibreerd", F44, "6/20 (3 scholen), 6/14 (4 scholen), 12/21 (7 scholen)."),
              required=True),
    ],
}

# --- 1b. interviewfragmenten ----------------------------------------------------------------

DOMAINS = ["vertrouwen", "afstemming", "thuisleren", "meebeslissen", "themas", "conflicten"]
CLUSTERS = ["sociaal-emotionele ontwikkeling", "opvoedvragen en -problemen",
            "alarmerende zaken thuis", "verzuim"]
CODES = [
    # vertrouwen (§4.1)
    "informeel contact", "actieve rol", "bereikbaarheid", "laagdrempelige activiteit", "gedeelde interesse",
    # afstemming (§4.2)
    "leerresultaten", "concrete afspraken",
    # thuisleren (§4.3), meebeslissen (§4.4)
    "thuistaken", "zorgroute",
    # themas (§4.5)
    "pesten", "gedragsproblemen", "welbevinden", "seksualiteit", "opvoedvragen", "echtscheiding",
    "mishandeling of agressie thuis", "verwaarlozing", "schulden of armoede", "misbruik of incest",
    "ziekte ouder", "drankgebruik vader", "kind weigert medicatie", "verzuim",
    # conflicten (§4.6)
    "conflict", "conflict met boze ouder",
]
TELLING = ["rapport", "totaal uit rapport", "fictief"]

FRAGMENTEN = {
    "name": "interviewfragmenten",
    "herkomst": "gekalibreerd op Fontys Hogeschool Pedagogiek (2017): fragmenten en teksten zijn fictief, de aantallen uit het rapport kloppen precies",
    "title": "Gecodeerde interviewfragmenten (één rij per fragment)",
    "description": (
        "Elke rij is één gecodeerd fragment uit een interview van Fontys Hogeschool Pedagogiek "
        "(2017): een keer dat een leerkracht iets noemde of een voorbeeld gaf. De kolom 'domein' "
        "volgt de paragrafen van het rapport (§4.1 vertrouwen t/m §4.6 conflicten). Bij "
        "leerresultaten, thuistaken en de zorgroute is elk voorbeeld gecodeerd als eenzijdige "
        "communicatie (alleen uitleggen en informeren) of tweezijdige communicatie (open staan, om "
        "inbreng vragen, nagaan of ouders het begrijpen, ouders laten meebeslissen). De aantallen "
        "komen uit het rapport; welke leerkracht het fragment gaf en de tekst van het fragment zijn "
        "fictief."
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed. Per code, schooltype en "
        "richting zijn precies zoveel fragmenten gemaakt als het rapport telt. De fragmenten zijn "
        "toegekend aan leerkrachten uit 'interviews': waar het rapport zegt hoeveel leerkrachten "
        "iets noemden, gaan de fragmenten naar precies die leerkrachten (ieder minstens één); "
        "waar het rapport zegt op hoeveel scholen iets voorkwam, komen de fragmenten van precies "
        "zoveel scholen. De tekst is per code gekozen uit een paar zelfgeschreven zinnen en is "
        "fictief: het zijn geen citaten uit de interviews."
    ),
    "aannames": [
        "§4.1 geeft bij de vijf manieren om vertrouwen op te bouwen alleen het totaal aantal keer "
        "genoemd (56, 52, 29, 13, 23). De verdeling over schooltypen is fictief "
        "(kolom 'telling' = 'totaal uit rapport').",
        "Het rapport geeft niet hoeveel eenzijdige voorbeelden van thuistaken de "
        "stimuleringsscholen gaven (alleen dat zij 'in verhouding het vaakst' tweezijdig "
        "communiceren). Hier zijn dat er 5; die fragmenten hebben 'telling' = 'fictief'.",
        "§4.5 noemt 25 keer 'alarmerende zaken in de thuissituatie', maar de deelthema's tellen op "
        "tot 26. De dataset volgt de deelthema's (26); het verschil van één is een fout in de bron "
        "en een goede oefening in data controleren.",
        "Een conflict met een boze ouder (§4.6) is een van de 84 conflicten: code 'conflict met "
        "boze ouder' (16) en code 'conflict' (68) tellen samen op tot 84.",
        "Bij 'concrete afspraken' (§4.2) geeft het rapport alleen aantallen voorbeelden, geen "
        "richting; 'richting' is daar leeg. Hetzelfde geldt voor vertrouwen, thema's en conflicten.",
        "Niet in de data, omdat het rapport er geen aantallen fragmenten voor geeft: dat op 4 van "
        "de 7 reguliere scholen leerkrachten thuistaken expliciet niet met ouders bespreken (§4.3), "
        "dat ouders inzetten bij educatieve taken op school op elk schooltype maar een enkele keer "
        "genoemd wordt (§4.3), en hoe vaak leerkrachten ouders om inbreng vragen (§4.2: vooral "
        "tweezijdig, 'veel minder' eenzijdige voorbeelden).",
        "Bij (vermoedens van) mishandeling komen de 4 fragmenten van stimuleringsscholen van de 4 "
        "leerkrachten van school STI01 (§4.6: 'de 4 leerkrachten van een stimuleringsschool').",
    ],
    "brongetallen": [
        figure("keer genoemd: informeel contact, actieve rol, bereikbaarheid, laagdrempelige activiteiten, gedeelde interesse", "56, 52, 29, 13, 23", F41),
        figure("leerresultaten bespreken: eenzijdig tegenover tweezijdig (regulier / s(b)o / stimulering)", "24-15 / 15-6 / 19-29", F42),
        figure("voorbeelden van concrete afspraken aan het begin van het schooljaar", "1 / 0 / 8", F42),
        figure("thuistaken: eenzijdig tegenover tweezijdig", "8 (5 scholen) - 2 (2 scholen) / 9 (3 scholen) - 14 (alle 4 scholen) / niet gerapporteerd - 17 (6 scholen)", F43),
        figure("zorgroute: eenzijdig tegenover tweezijdig", "6-2 / 6-2 / 4-14", F44),
        figure("thema's: sociaal-emotioneel, opvoedvragen, alarmerende zaken, verzuim (totaal)", "13, 21, 25 (deelthema's: 26), 4", F45),
        figure("pesten / gedragsproblemen / welbevinden / seksualiteit", "3-0-3 / 1-0-1 / 1-1-0 / 1-1-1", F45),
        figure("opvoedvragen en -problemen", "4 / 8 / 9", F45),
        figure("echtscheiding / mishandeling of agressie / verwaarlozing / schulden of armoede", "3-4-0 / 1-2-4 / 0-0-4 / 0-0-3", F45),
        figure("misbruik of incest / ziekte ouder / drankgebruik vader / kind weigert medicatie / verzuim", "1-0-1 / 1-0-0 / 1-0-0 / 0-1-0 / 0-0-4", F45),
        figure("conflicten waar leerkracht en ouder samen uitkwamen", "84: 18 (op 5 scholen) / 24 (alle s(b)o-scholen) / 42 (alle stimuleringsscholen)", F46),
        figure("voorbeelden van boze ouders", "5 / 4 / 7", F46),
    ],
    "primaryKey": "fragment_id",
    "missingValues": [""],
    "foreignKeys": [
        {"fields": "leerkracht_id", "reference": {"resource": "interviews", "fields": "leerkracht_id"}},
    ],
    "fields": [
        field("fragment_id", "string", "Fragment", "Nummer van het fragment.", FICTIEF,
              required=True, unique=True, pattern=r"F\d{4}"),
        field("leerkracht_id", "string", "Leerkracht", "De leerkracht (zie 'interviews').",
              herkomst("fictief", toelichting="Het rapport zegt niet wie wat zei; de toekenning volgt wel de aantallen leerkrachten en scholen uit het rapport."),
              required=True, pattern=r"L\d\d"),
        field("school_id", "string", "School", "De school van de leerkracht.",
              herkomst("gekalibreerd", F43, "Het aantal scholen per code klopt waar het rapport het noemt (thuistaken §4.3, conflicten §4.6)."),
              required=True, enum=SCHOOL_IDS),
        field("schooltype", "string", "Schooltype", SCHOOLTYPE_FIELD_TEXT,
              herkomst("gekalibreerd", cite("fontys2017", "§4.1-§4.6"), "De aantallen per schooltype komen uit het rapport (behalve waar 'telling' iets anders zegt)."),
              required=True, categories=SCHOOL_TYPES),
        field("domein", "string", "Domein", "Het onderwerp, volgens de paragrafen van het rapport: vertrouwen (§4.1), afstemming (§4.2), thuisleren (§4.3), meebeslissen (§4.4), themas (§4.5), conflicten (§4.6).",
              herkomst("bron", cite("fontys2017", "§4.1-§4.6")),
              required=True, categories=DOMAINS),
        field("code", "string", "Code", "De code van het fragment.",
              herkomst("bron", cite("fontys2017", "§4.1-§4.6"), "De namen volgen het rapport, soms ingekort."),
              required=True, enum=CODES),
        field("cluster", "string", "Cluster", "Alleen bij domein 'themas': de groep thema's uit §4.5.",
              herkomst("bron", F45), enum=CLUSTERS),
        field("richting", "string", "Richting", "Eenzijdige of tweezijdige communicatie; leeg als het rapport het fragment niet zo codeert.",
              herkomst("gekalibreerd", cite("fontys2017", "§4.2-§4.4")),
              categories=["eenzijdig", "tweezijdig"]),
        field("telling", "string", "Herkomst van de telling",
              "'rapport': het aantal fragmenten met deze code, dit schooltype (en deze richting) staat in het rapport; 'totaal uit rapport': alleen het totaal over de schooltypen staat in het rapport; 'fictief': het aantal is verzonnen.",
              herkomst("bron", cite("fontys2017", "§4.1-§4.6"), "Zegt per fragment of het meetelt in een getal uit het rapport."),
              required=True, categories=TELLING),
        field("tekst_fictief", "string", "Fragment (fictief)", "Een korte, zelfgeschreven zin die laat zien wat voor fragment dit is. Fictief: geen citaat uit de interviews.",
              FICTIEF, required=True),
    ],
}

# --- 2. oudertevredenheid --------------------------------------------------------------------

PARENT_POPULATION = {"gezinnen": 350, "BaO": 250, "SBO": 100}

# (column, item text, domain, target mean, origin); origin None = see _parent_item_fields
_ITEM_FICTIEF = "Stelling en gemiddelde zijn fictief."
PARENT_ITEMS = [
    ("afs_tempo", "De leerkracht houdt rekening met het tempo van mijn kind", "Afstemming", 3.50, None),
    ("afs_behoeften", "De school sluit aan bij wat mijn kind nodig heeft", "Afstemming", 3.42, None),
    ("afs_niveau", "Mijn kind krijgt werk op zijn of haar niveau", "Afstemming", 3.47, None),
    ("afs_hulp", "Mijn kind krijgt extra hulp als dat nodig is", "Afstemming", 3.40, None),
    ("afs_zelfstandig", "De school leert mijn kind zelfstandig werken", "Afstemming", 3.46, None),
    ("kz_verwachtingen", "De school vraagt mij regelmatig wat ik verwacht van de school", "Kwaliteitszorg", 2.65,
     herkomst("bron", T12, "Stelling en gemiddelde 2,65 uit de thesis: de laagste score van de enquête.")),
    ("kz_tevredenheid", "De school vraagt regelmatig of ik tevreden ben over de school", "Kwaliteitszorg", 2.78,
     herkomst("gekalibreerd", T12, "Stelling uit de thesis; die zegt alleen dat ze onder de norm van 3 scoort. Het gemiddelde 2,78 is fictief.")),
    ("kz_verbeteren", "De school informeert mij regelmatig over wat ze wil verbeteren", "Kwaliteitszorg", 2.86,
     herkomst("gekalibreerd", T12, "Stelling uit de thesis; die zegt alleen dat ze onder de norm van 3 scoort. Het gemiddelde 2,86 is fictief.")),
    ("kz_doelen", "De school heeft duidelijke doelen voor het onderwijs", "Kwaliteitszorg", 3.14, None),
    ("kz_afspraken", "De school doet wat ze met ouders afspreekt", "Kwaliteitszorg", 3.17, None),
    ("sk_welkom", "Ik voel me welkom op school", "Schoolklimaat", 3.48, None),
    ("sk_plezier", "Mijn kind gaat met plezier naar school", "Schoolklimaat", 3.46, None),
    ("sk_veilig", "Mijn kind voelt zich veilig op school", "Schoolklimaat", 3.41, None),
    ("sk_pesten", "De school treedt goed op tegen pesten", "Schoolklimaat", 3.28, None),
    ("sk_sfeer", "De sfeer in de groep van mijn kind is goed", "Schoolklimaat", 3.37, None),
    ("ow_basis", "Mijn kind leert goed lezen, schrijven en rekenen", "Onderwijs", 3.39, None),
    ("ow_sociaal", "De school let op de sociale ontwikkeling van mijn kind", "Onderwijs", 3.33, None),
    ("ow_uitleg", "De leerkracht legt de lesstof duidelijk uit", "Onderwijs", 3.41, None),
    ("ow_talenten", "De school heeft aandacht voor de talenten van mijn kind", "Onderwijs", 3.27, None),
    ("ow_rapport", "Het rapport geeft een goed beeld van mijn kind", "Onderwijs", 3.40, None),
    ("co_groep", "De school vertelt mij goed wat er in de groep gebeurt", "Communicatie", 3.38, None),
    ("co_bereikbaar", "De leerkracht is goed bereikbaar", "Communicatie", 3.45, None),
    ("co_gesprekken", "De oudergesprekken zijn nuttig", "Communicatie", 3.30, None),
    ("co_ontwikkeling", "De school houdt mij op de hoogte van de ontwikkeling van mijn kind", "Communicatie", 3.36, None),
    ("co_meedenken", "Ik kan meedenken over wat er op school gebeurt", "Communicatie", 3.11, None),
]
PARENT_DOMAIN_TARGETS = {"Afstemming": 3.45, "Kwaliteitszorg": 2.92}
PARENT_OVERALL = 3.29
PARENT_RESPONSE = 0.64


def _parent_item_fields() -> list[dict]:
    out = []
    for column, item, domain, _target, origin in PARENT_ITEMS:
        if origin is None and domain in PARENT_DOMAIN_TARGETS:
            origin = herkomst("gekalibreerd", T412,
                              f"Het domein {domain} en zijn gemiddelde komen uit de thesis; deze stelling is fictief, maar samen met de andere stellingen van {domain} komt het domeingemiddelde precies uit.")
        elif origin is None:
            origin = herkomst("fictief", toelichting=f"Domein {domain}, stelling en gemiddelde zijn fictief.")
        out.append(field(column, "integer", item,
                         f"Stelling uit het domein {domain}: '{item}'. Antwoord op een schaal van 1 (helemaal mee oneens) tot 4 (helemaal mee eens).",
                         origin, required=True, categories=LIKERT, ordered=True,
                         extra={"domein": domain}))
    return out


OUDERTEVREDENHEID = {
    "name": "oudertevredenheid",
    "herkomst": "gekalibreerd op de masterthesis: de antwoorden zijn fictief, de gemiddelden en de respons uit de thesis kloppen precies",
    "title": "Oudertevredenheidsenquête van een fusieschool voor basisonderwijs en SBO (één rij per ouder die antwoordde)",
    "description": (
        "Een oudertevredenheidsenquête zoals de school uit de masterthesis over de gesprekscyclus "
        "die in 2014 afnam (WMK-PO, schaal 1 tot 4, norm van het schoolbestuur: 3). De school "
        "heeft 425 leerlingen: 325 in het basisonderwijs (BaO) en 100 in het speciaal "
        "basisonderwijs (SBO). De thesis noemt alleen enkele uitkomsten: 64% respons, een "
        "totaalscore van 3,29, het domein Afstemming 3,45 (het hoogst), het domein Kwaliteitszorg "
        "2,92 (onder de norm) en drie stellingen van Kwaliteitszorg onder de norm, waarvan 'De "
        "school vraagt mij regelmatig wat ik verwacht van de school' met 2,65 het laagst. De "
        "antwoorden per ouder zijn fictief, maar leveren precies die uitkomsten op. De andere "
        "stellingen en domeinen zijn fictief."
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed. Elke ouder krijgt een "
        "persoonlijke neiging (meer of minder tevreden) en per stelling een willekeurige afwijking; "
        "daaruit volgt een antwoord van 1 tot 4. Daarna past een vaste regel losse antwoorden met "
        "één punt aan tot de som per stelling precies het gekozen gemiddelde oplevert. Alle "
        "stellingen hebben 224 antwoorden en elk domein heeft 5 stellingen; daardoor geven het "
        "gemiddelde van alle antwoorden, het gemiddelde van de stellinggemiddelden en het "
        "gemiddelde van de domeingemiddelden hetzelfde getal."
    ),
    "aannames": [
        "Aantal gezinnen (populatie): 350. De thesis geeft alleen het percentage (64%), niet het "
        "aantal. Aanname: de 325 BaO-leerlingen komen uit 250 gezinnen (gemiddeld 1,3 kind per "
        "gezin) en de 100 SBO-leerlingen uit 100 gezinnen. 64% van 350 = 224 ouders antwoordden "
        "(160 BaO, 64 SBO), één ouder per gezin.",
        "Een gemiddelde is het rekenkundig gemiddelde van de antwoorden 1 tot 4, afgerond op twee "
        "decimalen. De thesis zegt niet hoe WMK-PO middelt; met volledige antwoorden maakt dat hier "
        "niet uit.",
        "De namen van de antwoordcategorieën zijn een aanname: de thesis noemt alleen een schaal "
        "van 4.",
        "De thesis noemt de andere domeinen niet (de tabel in bijlage 3 ontbreekt). Schoolklimaat, "
        "Onderwijs en Communicatie en al hun stellingen zijn fictief, net als de stellingen van "
        "Afstemming en twee stellingen van Kwaliteitszorg.",
        "De thesis dateert de enquête in §1.2 in april en in §4.1.2 in juni 2014.",
    ],
    "brongetallen": [
        figure("leerlingen: totaal / BaO / SBO", "425 / 325 / 100", T11),
        figure("respons", "64%", T412),
        figure("totaalscore (schaal 1-4)", "3,29", T412),
        figure("norm van het schoolbestuur (de Stichting)", "3", T12),
        figure("domein Afstemming (hoogste domein)", "3,45", T412),
        figure("domein Kwaliteitszorg (onder de norm)", "2,92", T412),
        figure("'De school vraagt mij regelmatig wat ik verwacht van de school' (laagste stelling)", "2,65", T12),
        figure("'De school vraagt regelmatig of ik tevreden ben over de school'", "onder de norm (< 3)", T12),
        figure("'De school informeert mij regelmatig over wat ze wil verbeteren'", "onder de norm (< 3)", T12),
        figure("aantal stellingen van Kwaliteitszorg onder de norm", "3", T412),
    ],
    "populatie": {
        "eenheid": "gezin",
        "aantal": PARENT_POPULATION["gezinnen"],
        "toelichting": "Aanname (niet uit de bron): 250 gezinnen met kinderen in het BaO en 100 in het SBO.",
    },
    "primaryKey": "respondent_id",
    "missingValues": [""],
    "fields": [
        field("respondent_id", "string", "Respondent", "Nummer van de ouder (O001 t/m O224).", FICTIEF,
              required=True, unique=True, pattern=r"O\d{3}"),
        field("schooltype", "string", "Schooltype", "BaO (basisonderwijs) of SBO (speciaal basisonderwijs): waar het kind van deze ouder op school zit.",
              herkomst("fictief", T11, "De school heeft 325 BaO- en 100 SBO-leerlingen (bron); de verdeling van de respondenten volgt de aanname over het aantal gezinnen."),
              required=True, categories=["BaO", "SBO"]),
        field("unit", "string", "Unit", "De unit van het (oudste) kind: unit 1 (ongeveer 4-7 jaar), unit 2 (8-10), unit 3 (10-13).",
              herkomst("fictief", cite("thesis2015", "bijlage 1"), "De school werkt in drie units (bron); de verdeling is fictief."),
              required=True, categories=["unit 1", "unit 2", "unit 3"], ordered=True),
        field("aantal_kinderen", "integer", "Aantal kinderen op school", "Hoeveel kinderen dit gezin op de school heeft; leeg = niet ingevuld.",
              FICTIEF, minimum=1, maximum=4),
        *_parent_item_fields(),
    ],
}

# --- 3. teamvragenlijst ----------------------------------------------------------------------

TEAM_POPULATION = {"teamleden": 30}
TEAM_ITEMS = [
    ("tv_ontwikkeling", "Ik informeer ouders regelmatig over de ontwikkeling van hun kind", 3.63,
     herkomst("gekalibreerd", T413, "Onderwerp en gemiddelde 3,63 (de hoogste score) uit de thesis; de precieze formulering is fictief.")),
    ("tv_thuisleren", "Ik stimuleer ouders om het leren van hun kind thuis te ondersteunen", 2.69,
     herkomst("gekalibreerd", T413, "Onderwerp (onderwijsondersteunend gedrag van ouders in de thuissituatie) en gemiddelde 2,69 (onder de norm van 3) uit de thesis; de precieze formulering is fictief. De thesis noemt deze stelling niet de laagste; in deze fictieve dataset is ze dat wel.")),
    ("tv_bereikbaar", "Ouders kunnen mij gemakkelijk bereiken", 3.47, None),
    ("tv_welkom", "Ik zorg dat ouders zich welkom voelen in de groep", 3.42, None),
    ("tv_verwachtingen", "Ik vraag ouders wat zij van de school verwachten", 3.11, None),
    ("tv_inbreng", "Ik neem de inbreng van ouders serieus", 3.37, None),
    ("tv_afspraken", "Ik maak met ouders afspraken over wat school en thuis doen", 3.02, None),
    ("tv_moeilijk", "Ik bespreek ook moeilijke onderwerpen met ouders", 3.16, None),
    ("tv_sfeer", "Mijn oudergesprekken verlopen in een goede sfeer", 3.42, None),
    ("tv_betrekken", "Ik betrek ouders bij activiteiten in de groep", 3.21, None),
]
TEAM_OVERALL = 3.25
TEAM_RESPONSE = 0.63
TEAM_RESPONDENTS = 19


def _team_item_fields() -> list[dict]:
    out = []
    for column, item, _target, origin in TEAM_ITEMS:
        origin = origin or herkomst("fictief", toelichting=_ITEM_FICTIEF)
        out.append(field(column, "integer", item,
                         f"Stelling: '{item}'. Schaal 1 (helemaal mee oneens) tot 4 (helemaal mee eens); 'weet niet' telt als ontbrekend.",
                         origin, categories=LIKERT, ordered=True))
    return out


TEAMVRAGENLIJST = {
    "name": "teamvragenlijst",
    "herkomst": "gekalibreerd op de masterthesis: de antwoorden zijn fictief, de gemiddelden en de respons uit de thesis kloppen precies",
    "title": "Teamvragenlijst 'contacten met ouders' op dezelfde school (één rij per teamlid dat antwoordde)",
    "description": (
        "De vragenlijst over contacten met ouders die het team van de school uit de masterthesis "
        "in november 2014 invulde (WMK-PO, schaal 1 tot 4, norm 3). De thesis noemt: 63% respons, "
        "een totaalscore van 3,25, als hoogste 'ouders regelmatig informeren over de ontwikkeling "
        "van het kind' (3,63) en 'onderwijsondersteunend gedrag van ouders in de thuissituatie "
        "stimuleren' met 2,69 onder de norm van 3. Leg dit naast 'oudertevredenheid': ouders "
        "missen regelmatige communicatie over verwachtingen, het team ziet dat niet in de eigen "
        "scores. De thesis wijst erop dat een teamvragenlijst het zelfbeeld meet, niet wat er "
        "werkelijk gebeurt."
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed, op dezelfde manier als "
        "'oudertevredenheid': een persoonlijke neiging per teamlid, een willekeurige afwijking per "
        "stelling en een vaste aanpassingsregel tot de gemiddelden kloppen. Bij enkele stellingen "
        "antwoordden teamleden 'weet niet' (ontbrekend); daardoor is niet elk gemiddelde over "
        "evenveel antwoorden berekend."
    ),
    "aannames": [
        "Aantal teamleden (populatie): 30. De thesis geeft alleen het percentage (63%). Aanname: "
        "19 van de 30 teamleden antwoordden (63,3%, afgerond 63%). (Bij de member check telde het "
        "team 32 mensen, onder wie 28 leerkrachten; dat was een half jaar later.)",
        "Met 19 antwoorden kan een gemiddelde van precies 2,69 niet. Bij 'tv_thuisleren' "
        "antwoordden de twee onderwijsassistenten en een intern begeleider daarom 'weet niet' (16 "
        "antwoorden: 43/16 = 2,6875, afgerond 2,69). Ook bij 'tv_sfeer' (de onderwijsassistenten) "
        "en 'tv_welkom' (de intern begeleiders) staat 'weet niet'.",
        "De totaalscore 3,25 is hier zowel het gemiddelde van alle gegeven antwoorden als het "
        "gemiddelde van de tien stellinggemiddelden (beide afgerond 3,25).",
        "Alleen de onderwerpen van de hoogste stelling en van de stelling onder de norm komen uit de thesis; de "
        "formuleringen en de acht andere stellingen zijn fictief. Functie en schooltype zijn fictief.",
    ],
    "brongetallen": [
        figure("respons", "63%", T413),
        figure("totaalscore (schaal 1-4)", "3,25", T413),
        figure("hoogste stelling: ouders regelmatig informeren over de ontwikkeling van het kind", "3,63", T413),
        figure("stelling onder de norm van 3: onderwijsondersteunend gedrag van ouders thuis stimuleren", "2,69", T413),
    ],
    "populatie": {
        "eenheid": "teamlid",
        "aantal": TEAM_POPULATION["teamleden"],
        "toelichting": "Aanname (niet uit de bron): 30 teamleden kregen de vragenlijst.",
    },
    "primaryKey": "respondent_id",
    "missingValues": ["", "weet niet"],
    "fields": [
        field("respondent_id", "string", "Respondent", "Nummer van het teamlid (T01 t/m T19).", FICTIEF,
              required=True, unique=True, pattern=r"T\d\d"),
        field("schooltype", "string", "Schooltype", "Werkt vooral in het BaO of in het SBO.", FICTIEF,
              required=True, categories=["BaO", "SBO"]),
        field("functie", "string", "Functie", "Functie van het teamlid.", FICTIEF,
              required=True, categories=["leerkracht", "intern begeleider", "onderwijsassistent"]),
        *_team_item_fields(),
    ],
}

# --- 4. ouderpopulatie -----------------------------------------------------------------------

LANGUAGES = ["Nederlands", "Arabisch", "Tamazight", "Turks", "Sranantongo", "Papiaments", "Engels",
             "Pools", "Spaans", "Portugees", "Tigrinya", "Somalisch", "andere taal"]
EDUCATION = ["basisonderwijs of geen", "vmbo of mbo 1", "havo, vwo of mbo 2-4", "hbo of wo"]
CONTACT = ["persoonlijk op school", "telefoon", "berichten-app van school", "e-mail",
           "via een contactouder"]
INTERPRETER = ["nee", "soms", "ja"]

OUDERPOPULATIE = {
    "name": "ouderpopulatie",
    "herkomst": "fictief; alleen het contrast in opkomst komt uit een bron (een andere school)",
    "title": "Ouders van een fictieve basisschool in een superdiverse stadswijk (één rij per gezin)",
    "description": (
        "Fictief. De gezinnen van een verzonnen basisschool met 240 gezinnen in een superdiverse "
        "wijk van een grote stad, bedoeld voor de analyse van de ouderpopulatie van school en "
        "klas uit de leerlijn Educatief Partnerschap (§2.4, profiel van de startbekwame leerkracht). Per gezin: thuistaal, of er "
        "thuis ook Nederlands gesproken wordt, opleiding van de ouders, de manier van contact die "
        "de ouders het liefst hebben, of een tolk nodig is, en of de ouders kwamen op de "
        "inloopavond en op de centrale ouderavond. Het verschil in opkomst tussen die twee avonden "
        "volgt de masterthesis over de gesprekscyclus: op die (andere, echte) school kwam meer dan "
        "75% op de inloopavond en minder dan 20% op centrale ouderavonden."
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed: elke kolom is getrokken uit "
        "een verzonnen verdeling. Een tolk is alleen nodig in gezinnen waar thuis geen Nederlands "
        "gesproken wordt. Gezinnen die geen tolk nodig hebben, komen iets vaker op de centrale "
        "ouderavond. Andere verbanden (bijvoorbeeld tussen taal en opleiding) zijn bewust niet "
        "ingebouwd: trek uit deze dataset geen conclusies over groepen ouders."
    ),
    "aannames": [
        "De school, de wijk en alle gezinnen zijn verzonnen; de verdelingen zijn plausibel, niet "
        "gemeten.",
        "Opkomst (fictief): 188 van de 240 gezinnen op de inloopavond (78,3%: meer dan 75%) en 41 "
        "op de centrale ouderavond (17,1%: minder dan 20%). Alleen dat contrast komt uit een bron "
        "(een andere school).",
        "'thuistaal' is de taal die thuis het meest gesproken wordt; veel gezinnen zijn meertalig "
        "(zie 'nederlands_thuis'). Dat een gezin een andere thuistaal heeft, zegt niets over "
        "betrokkenheid.",
        "'opleiding' is de hoogste afgeronde opleiding van de ouders; 'onbekend' is ontbrekend.",
        "Veel ouders op zo'n school hebben een migratieachtergrond. De dataset legt geen herkomst "
        "of afkomst vast, alleen wat voor het contact telt: taal, tolk en voorkeur voor contact.",
    ],
    "brongetallen": [
        figure("opkomst inloopavond (op de school uit de thesis)", "hoog: meer dan 75%", T22),
        figure("opkomst algemene of centrale ouderavonden (op de school uit de thesis)", "laag: minder dan 20%", T22),
    ],
    "primaryKey": "gezin_id",
    "missingValues": ["", "onbekend"],
    "fields": [
        field("gezin_id", "string", "Gezin", "Nummer van het gezin (G001 t/m G240).", FICTIEF,
              required=True, unique=True, pattern=r"G\d{3}"),
        field("groep_jongste_kind", "integer", "Groep van het jongste kind", "De groep (1 t/m 8) van het jongste kind op school.",
              FICTIEF, required=True,
              categories=[{"value": g, "label": f"groep {g}"} for g in range(1, 9)], ordered=True),
        field("aantal_kinderen", "integer", "Aantal kinderen op school", "Hoeveel kinderen het gezin op school heeft.",
              FICTIEF, required=True, minimum=1, maximum=5),
        field("thuistaal", "string", "Thuistaal", "De taal die thuis het meest gesproken wordt.",
              FICTIEF, required=True, categories=LANGUAGES),
        field("nederlands_thuis", "boolean", "Thuis ook Nederlands", "Wordt er thuis (ook) Nederlands gesproken?",
              FICTIEF, required=True),
        field("opleiding", "string", "Opleiding ouders", "De hoogste afgeronde opleiding van de ouders; 'onbekend' = ontbrekend.",
              FICTIEF, categories=EDUCATION, ordered=True),
        field("contactvoorkeur", "string", "Voorkeur voor contact", "Hoe de ouders het liefst contact hebben met de leerkracht.",
              FICTIEF, required=True, categories=CONTACT),
        field("tolk_nodig", "string", "Tolk nodig", "Is bij gesprekken een tolk (of een tolkende contactouder) nodig: nee, soms of ja.",
              FICTIEF, required=True, categories=INTERPRETER, ordered=True),
        field("inloopavond", "boolean", "Op de inloopavond", "Kwam (iemand van) het gezin naar de inloopavond?",
              herkomst("fictief", T22, "Fictief; het contrast met de centrale ouderavond (meer dan 75% tegenover minder dan 20%) komt van de school uit de thesis."),
              required=True),
        field("centrale_ouderavond", "boolean", "Op de centrale ouderavond", "Kwam (iemand van) het gezin naar de centrale ouderavond over een schoolthema?",
              herkomst("fictief", T22, "Fictief; het contrast met de inloopavond (minder dan 20% tegenover meer dan 75%) komt van de school uit de thesis."),
              required=True),
    ],
}

# --- 5. contactmomenten -----------------------------------------------------------------------

CONTACT_TYPES = ["begingesprek", "middengesprek", "eindgesprek", "extra gesprek",
                 "informeel contact", "telefoongesprek", "bericht", "groepsbericht",
                 "informatieavond", "inloopavond"]
TOPICS = ["verwachtingen", "leren", "welbevinden", "gedrag", "thuissituatie", "praktische zaken"]

CONTACTMOMENTEN = {
    "name": "contactmomenten",
    "herkomst": "fictief; de gesprekscyclus (maanden, duur, kind erbij) volgt het ontwerp uit de masterthesis",
    "title": "Een schooljaar contactmomenten tussen de leerkracht van één groep en de ouders (één rij per contact)",
    "description": (
        "Fictief. Alle contacten in één schooljaar tussen de leerkracht van een verzonnen groep 5 "
        "(26 leerlingen, basisonderwijs) en de ouders: de drie gesprekken van de gesprekscyclus, "
        "extra gesprekken, informele contacten, telefoongesprekken, berichten en groepsactiviteiten. "
        "Per contact: maand, soort, wie het initiatief nam, of het eenzijdig of tweezijdig was, de "
        "duur, of het kind erbij was en het onderwerp. De gesprekscyclus volgt het ontwerp uit de "
        "masterthesis: een begingesprek in september zonder kind (de ouder vertelt, de leerkracht "
        "luistert), een middengesprek in januari en een eindgesprek in juni met kind, elk 15 "
        "minuten in het basisonderwijs. Gebruik de dataset om een gesprekscyclus te ontwerpen of te "
        "evalueren: wie bereik je, wanneer, en hoe vaak is het contact tweezijdig?"
    ),
    "werkwijze": (
        "Gemaakt door src/eplab/data/generate.py met een vaste seed. De gesprekken van de cyclus "
        "staan vast (één per leerling per moment); de andere contacten zijn getrokken uit "
        "verzonnen verdelingen, met bewust ongelijk verdeelde informele contacten: sommige ouders "
        "spreek je vaak, een paar bijna nooit. Contacten met de hele groep (groepsbericht, "
        "informatieavond, inloopavond) hebben geen leerling."
    ),
    "aannames": [
        "Groep, leerlingen, ouders en contacten zijn verzonnen.",
        "Gesprekscyclus (uit de thesis): begingesprek in september, middengesprek in januari, "
        "eindgesprek in juni; 15 minuten (BaO); kind niet bij het begingesprek, wel bij het midden- "
        "en eindgesprek. De thesis noemt deze momenten indicaties, geen vaste data.",
        "Vijf gezinnen spraken in het begingesprek een extra gesprek af (fictief aantal; de thesis "
        "noemt een optioneel extra gesprek).",
        "Kindgesprekken (leerkracht en kind, zonder ouders) horen ook bij de cyclus, maar zijn geen "
        "contact met ouders en staan er niet in.",
        "'eenzijdig' = één kant informeert de ander; 'tweezijdig' = beide kanten brengen iets in "
        "(naar de definitie in Fontys Hogeschool Pedagogiek, 2017, §3.1 en §4.2).",
    ],
    "brongetallen": [
        figure("gesprekscyclus: begingesprek, middengesprek, eindgesprek", "september, januari, juni", T_CYCLE),
        figure("duur van een oudergesprek in het BaO", "15 minuten (was 10)", T_MINUTES),
        figure("kind aanwezig", "niet bij het begingesprek; wel bij midden- en eindgesprek", T_CHILD),
    ],
    "primaryKey": "contact_id",
    "missingValues": [""],
    "fields": [
        field("contact_id", "string", "Contact", "Nummer van het contact (C001 en verder), op volgorde van het schooljaar.",
              FICTIEF, required=True, unique=True, pattern=r"C\d{3}"),
        field("maand", "string", "Maand", "De maand van het contact; het schooljaar loopt van augustus tot en met juli.",
              herkomst("gekalibreerd", T_CYCLE, "De maanden van de gesprekscyclus komen uit de thesis; de andere contacten zijn fictief."),
              required=True, categories=MONTHS, ordered=True),
        field("leerling_id", "string", "Leerling", "De leerling (K01 t/m K26) over wie het contact ging; leeg bij contact met de hele groep.",
              FICTIEF, pattern=r"K\d\d"),
        field("type", "string", "Soort contact", "Begin-, midden- en eindgesprek zijn de gesprekscyclus; 'bericht' is een persoonlijk bericht (app of e-mail); 'groepsbericht' gaat naar alle ouders.",
              herkomst("gekalibreerd", T_CYCLE, "De drie gesprekken van de cyclus komen uit de thesis; de andere soorten en alle aantallen zijn fictief."),
              required=True, categories=CONTACT_TYPES),
        field("initiatief", "string", "Initiatief", "Wie nam het initiatief: de leerkracht of de ouder.",
              FICTIEF, required=True, categories=["leerkracht", "ouder"]),
        field("richting", "string", "Richting", "Eenzijdig (één kant informeert) of tweezijdig (beide kanten brengen iets in).",
              herkomst("fictief", F42, "Het begrip komt uit Fontys Hogeschool Pedagogiek (2017); de waarden zijn fictief."),
              required=True, categories=["eenzijdig", "tweezijdig"]),
        field("duur_minuten", "integer", "Duur (minuten)", "Hoe lang het contact duurde; leeg bij berichten.",
              herkomst("gekalibreerd", T_MINUTES, "15 minuten voor de gesprekken van de cyclus (thesis); andere duren fictief."),
              minimum=1, maximum=120),
        field("kind_aanwezig", "boolean", "Kind aanwezig", "Was het kind bij het gesprek? Alleen ingevuld bij begin-, midden-, eind- en extra gesprekken.",
              herkomst("gekalibreerd", T_CHILD, "Niet bij het begingesprek, wel bij midden- en eindgesprek (thesis); extra gesprekken fictief.")),
        field("onderwerp", "string", "Onderwerp", "Het belangrijkste onderwerp van het contact.",
              FICTIEF, required=True, categories=TOPICS),
    ],
}

# --- 6. leerlinginterviews --------------------------------------------------------------------

PUPIL_QUESTIONS = ["wat vertel je thuis", "hulp thuis", "ouders op school", "ouders en juf praten", "wens"]
PUPIL_CODES = ["praten over school", "hulp bij leren", "ouders op school", "contact ouders en school",
               "zelf meepraten"]
L_PROPEDEUSE = cite("leerlijn", "§2.5, leerdoelen propedeuse")

LEERLINGINTERVIEWS = {
    "name": "leerlinginterviews",
    "herkomst": "fictief; de opdracht (interviews met leerlingen opstellen, afnemen en analyseren) komt uit de leerlijn",
    "title": "Gecodeerde fragmenten uit acht interviews met leerlingen over school en thuis (één rij per fragment)",
    "description": (
        "Fictief. Een eerstejaarsstudent interviewde acht leerlingen van groep 4 tot en met 8 over "
        "school en thuis, met vijf vragen: wat vertel je thuis over school, wie helpt je thuis met "
        "leren, komen je ouders weleens op school, wat vind je ervan dat je ouders en je juf of "
        "meester met elkaar praten, en wat zou je willen. De antwoorden zijn in fragmenten geknipt en "
        "elk fragment kreeg één code. Gebruik de dataset om te oefenen met tellen en vergelijken: hoe "
        "vaak komt een code voor (fragmenten), en bij hoeveel leerlingen?"
    ),
    "werkwijze": (
        "Met de hand geschreven voor eplab (src/eplab/data/pupil_interviews.py), niet getrokken: de "
        "interviews, de leerlingen en hun woorden zijn verzonnen. Het interview met Noor (L1) staat "
        "in zijn geheel in het studienotebook jaar1/06. De codes zijn achteraf gekozen bij de vijf "
        "vragen; één fragment heeft één code."
    ),
    "aannames": [
        "Leerlingen, groepen, antwoorden en codes zijn verzonnen; er is geen echt interview gebruikt.",
        "Bouw: groep 1-4 is onderbouw, groep 5-6 middenbouw, groep 7-8 bovenbouw.",
        "Niet elke leerling beantwoordde elke vraag, en een antwoord kan twee fragmenten opleveren: "
        "tel dus fragmenten en leerlingen apart.",
    ],
    "brongetallen": [],
    "primaryKey": "fragment_id",
    "missingValues": [""],
    "fields": [
        field("fragment_id", "string", "Fragment", "Nummer van het fragment (LF01 en verder).",
              FICTIEF, required=True, unique=True, pattern=r"LF\d{2}"),
        field("leerling_id", "string", "Leerling", "De geïnterviewde leerling (L1 tot en met L8); geen echte kinderen.",
              FICTIEF, required=True, pattern=r"L\d"),
        field("groep", "integer", "Groep", "De groep van de leerling.", FICTIEF, required=True,
              minimum=4, maximum=8),
        field("bouw", "string", "Bouw", "Onderbouw (groep 4), middenbouw (groep 5-6) of bovenbouw (groep 7-8).",
              FICTIEF, required=True, categories=BOUW, ordered=True),
        field("vraag", "string", "Vraag", "Bij welke van de vijf interviewvragen het fragment hoort.",
              FICTIEF, required=True, categories=PUPIL_QUESTIONS, ordered=True),
        field("fragment", "string", "Fragment", "Wat de leerling zei (verzonnen), in één of twee zinnen.",
              FICTIEF, required=True),
        field("code", "string", "Code", "De code die het fragment bij de analyse kreeg.",
              herkomst("fictief", L_PROPEDEUSE, "Het analyseren van interviews met leerlingen is een leerdoel van de propedeuse; de codes zijn verzonnen."),
              required=True, categories=PUPIL_CODES),
    ],
}

# --- 7. ouderinterviews -----------------------------------------------------------------------

OUDERINTERVIEW_DOMAINS = ["afstemming en vertrouwen", "communiceren", "thuisleren", "meebeslissen", "overig"]
OUDERINTERVIEW_QUESTIONS = {
    "V1": "Hoe ziet uw contact met de school en met de leerkracht eruit?",
    "V2": "Hoe hoort u hoe het met uw kind gaat? Vraagt de school ook wat u thuis ziet?",
    "V3": "Wat doet u thuis met leren, en hoe helpt de school u daarbij?",
    "V4": "Bent u betrokken geweest bij een beslissing over uw kind? Hoe ging dat?",
    "V5": "Wat zou u de school willen meegeven?",
}

OUDERINTERVIEWS = {
    "name": "ouderinterviews",
    "herkomst": "fictief: geschreven voor eplab; de leidraad en de codes volgen Fontys Hogeschool Pedagogiek (2017)",
    "title": "Acht fictieve interviews met ouders over hun contact met school (één rij per fragment)",
    "description": (
        "Fictief. Acht verzonnen ouders (en één oma die voor haar kleinzoon zorgt) van één "
        "verzonnen basisschool beantwoorden de vijf vragen van een interviewleidraad over hun "
        "contact met school: " + " ".join(f"{k}: {v}" for k, v in OUDERINTERVIEW_QUESTIONS.items())
        + " Elke rij is een fragment uit een antwoord. eplab heeft elk fragment één keer gecodeerd: "
        "het domein (de vier domeinen van Fontys Hogeschool Pedagogiek (2017), of 'overig'), de "
        "richting van de communicatie van de school zoals de ouder die beschrijft, en de toon. "
        "Oefenmateriaal voor het leerdoel uit de leerlijn: interviews met ouders opstellen, afnemen "
        "en analyseren, en koppelen aan theorie. Geen onderzoeksgegevens: trek er geen conclusies "
        "uit over echte ouders."
    ),
    "werkwijze": (
        "Met de hand geschreven voor eplab (src/eplab/data/transcripts.py), niet opgenomen of "
        "afgenomen. De leidraad is afgeleid van de interviewleidraad in de bijlage van Fontys "
        "Hogeschool Pedagogiek (2017), en vraagt naar ouders in plaats van leerkrachten. De "
        "antwoorden zijn zo geschreven dat ze lijken op wat de bronnen beschrijven (ouders voelen "
        "zich geïnformeerd, maar worden weinig gevraagd wat zij thuis zien; wensen als een "
        "voorbereiding, een verslag en het kind bij het gesprek), zodat je de analyse aan theorie "
        "kunt koppelen. De codes zijn één keer toegekend, door één codeur: een echte analyse laat "
        "twee mensen coderen en bespreekt de verschillen."
    ),
    "aannames": [
        "Ouders, kinderen, school en alle teksten zijn verzonnen; geen enkel fragment is een "
        "citaat.",
        "'richting' is leeg als het fragment een wens is of over wat de ouder zelf doet; anders "
        "zegt het of de school (volgens de ouder) alleen informeerde (eenzijdig) of ook vroeg, "
        "luisterde of liet meebeslissen (tweezijdig), naar de definitie van Fontys Hogeschool "
        "Pedagogiek (2017).",
        "Sommige fragmenten passen bij twee domeinen; dan is het domein gekozen waar het "
        "zwaartepunt ligt. Codeer je zelf, dan kun je op zulke fragmenten anders uitkomen.",
        "Hoeveel fragmenten een domein heeft, zegt hier niets over hoe vaak ouders iets vinden: de "
        "aantallen volgen uit hoe de teksten zijn geschreven.",
    ],
    "brongetallen": [],
    "primaryKey": "fragment_id",
    "missingValues": [""],
    "fields": [
        field("fragment_id", "string", "Fragment", "Nummer van het fragment (P01 t/m P48).", FICTIEF,
              required=True, unique=True, pattern=r"P\d\d"),
        field("interview", "string", "Interview", "Het interview (O1 t/m O8): één per ouder.", FICTIEF,
              required=True, enum=list(INTERVIEW_PARENTS)),
        field("ouder", "string", "Wie", "Wie er geïnterviewd werd: moeder, vader of een andere verzorger.", FICTIEF,
              required=True),
        field("groep_kind", "integer", "Groep van het kind", "De groep (1 t/m 8) van het kind over wie de ouder vertelt.",
              FICTIEF, required=True, minimum=1, maximum=8),
        field("vraag", "string", "Vraag", "De vraag uit de leidraad (V1 t/m V5; zie de beschrijving).",
              herkomst("fictief", cite("fontys2017", "bijlage A (interviewleidraad)"),
                       "De vragen zijn afgeleid van de leidraad voor leerkrachten in het rapport."),
              required=True, categories=list(OUDERINTERVIEW_QUESTIONS), ordered=True),
        field("tekst_fictief", "string", "Fragment (fictief)", "Wat de ouder zei, in een paar zinnen. Fictief: geschreven voor eplab.",
              FICTIEF, required=True),
        field("domein", "string", "Domein", "Het domein volgens eplab: de vier domeinen van Fontys Hogeschool Pedagogiek (2017), of 'overig' (bijvoorbeeld praktische zaken of de rol van het kind).",
              herkomst("fictief", cite("fontys2017", "§2"), "De domeinen komen uit het rapport; de codering is van eplab."),
              required=True, categories=OUDERINTERVIEW_DOMAINS),
        field("richting", "string", "Richting", "Eenzijdig of tweezijdig, zoals de ouder de communicatie van de school beschrijft; leeg bij een wens of bij wat de ouder zelf doet.",
              herkomst("fictief", F42, "Het begrip komt uit Fontys Hogeschool Pedagogiek (2017); de codering is van eplab."),
              categories=["eenzijdig", "tweezijdig"]),
        field("toon", "string", "Toon", "Hoe de ouder erover praat: positief, neutraal of negatief (codering van eplab).",
              FICTIEF, required=True, categories=["positief", "neutraal", "negatief"], ordered=True),
    ],
}

DATASETS = [INTERVIEWS, FRAGMENTEN, OUDERTEVREDENHEID, TEAMVRAGENLIJST, OUDERPOPULATIE, CONTACTMOMENTEN,
            LEERLINGINTERVIEWS, OUDERINTERVIEWS]

PACKAGE = {
    "name": "eplab-datasets",
    "profile": "tabular-data-package",
    "title": "Datasets van eplab (educatief partnerschap lab)",
    "description": (
        "Kleine datasets voor de opdrachten met pandas in de cursus over educatief partnerschap. "
        "Twee datasets zijn gekalibreerd op bronnen (de rijen zijn fictief, de getallen uit de bron "
        "komen er precies uit); de andere zijn fictief. Het codeboek staat in datasets/README.md."
    ),
    "licenses": [{
        "name": "CC-BY-4.0",
        "title": "Creative Commons Naamsvermelding 4.0 Internationaal",
        "path": "https://creativecommons.org/licenses/by/4.0/",
    }],
}

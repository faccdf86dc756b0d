"""French word tables of temporal expressions, each word with its English reading; and the
verbs and nouns the French finder reads the parse with."""

from __future__ import annotations

MONTHS = {
    "janvier": "January", "février": "February", "fevrier": "February", "mars": "March",
    "avril": "April", "mai": "May", "juin": "June", "juillet": "July", "août": "August",
    "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
    "décembre": "December", "decembre": "December",
}  # fmt: skip
# Abbreviations are only read with their dot and a day number before them ("3 janv. 2020").
MONTH_ABBREVIATIONS = {
    "janv.": "January", "févr.": "February", "fév.": "February", "avr.": "April",
    "juil.": "July", "sept.": "September", "oct.": "October", "nov.": "November",
    "déc.": "December", "dec.": "December",
}  # fmt: skip
WEEKDAYS = {
    "lundi": "Monday", "mardi": "Tuesday", "mercredi": "Wednesday", "jeudi": "Thursday",
    "vendredi": "Friday", "samedi": "Saturday", "dimanche": "Sunday",
}  # fmt: skip
SEASONS = {"printemps": "spring", "été": "summer", "automne": "fall", "hiver": "winter"}
# Zones after a clock time besides the shared abbreviations: French "temps universel"
# is UTC; "heure locale" names no zone (the clock time stays without one).
UNIVERSAL_TIME = ("TU",)
LOCAL_TIME = ("heure locale", "heure local")
PARTS_OF_DAY = {
    "matin": "morning", "matinée": "morning", "après-midi": "afternoon", "soir": "evening",
    "soirée": "evening", "nuit": "night",
}  # fmt: skip
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}  # fmt: skip
VAGUE_AMOUNTS = {"quelques": "a few", "plusieurs": "several", "de nombreux": "many", "de nombreuses": "many"}
# Half a unit, joined to it: "une demi-heure", "un demi-siècle", "demi-journée" (read "half a").
HALF_PREFIXES = ("une demi-", "un demi-", "demi-")
# "une dizaine de jours": about ten days.
ROUND_AMOUNTS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
}  # fmt: skip
# Unit (singular or plural) -> English singular.
UNITS = {
    "seconde": "second", "minute": "minute", "heure": "hour", "jour": "day", "journée": "day",
    "nuit": "night", "semaine": "week", "week-end": "weekend", "mois": "month",
    "trimestre": "quarter", "an": "year", "année": "year", "décennie": "decade",
    "siècle": "century",
}  # fmt: skip
ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "deuxième": 2, "second": 2,
    "seconde": 2, "2e": 2, "2ème": 2, "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4,
    "4e": 4, "4ème": 4, "dernier": 4,
}  # fmt: skip
ENGLISH_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
# Modifiers before an amount ("plus de deux ans") and before a period ("fin janvier").
QUANTITY_MODS = {
    "plus de": "more than", "près de": "nearly", "presque": "almost", "environ": "about",
    "moins de": "less than", "au moins": "at least", "au plus": "at most",
    "pas moins de": "no less than", "un peu plus de": "just over", "un peu moins de": "just under",
    "bien plus de": "well over", "quelque": "some",
}  # fmt: skip
# Before a vowel "de" is written "d'": "près d'un an", "plus d'une semaine".
QUANTITY_MODS |= {key[:-3] + " d'": value for key, value in QUANTITY_MODS.items() if key.endswith(" de")}
POINT_MODS = {
    "début": "early", "fin": "late", "mi-": "mid-", "mi": "mid-", "courant": "",
    "au début": "the beginning of", "au milieu": "the middle of", "le début": "the beginning of",
    "la fin": "the end of", "le milieu": "the middle of", "la mi-": "mid-", "en début": "early",
    "en fin": "late", "en milieu": "mid-",
}  # fmt: skip
# Relative words after (or before) a unit: "la semaine dernière", "le mois suivant".
RELATIVE = {
    "dernier": "last", "dernière": "last", "passé": "last", "passée": "last",
    "précédent": "the previous", "précédente": "the previous", "d'avant": "the previous",
    "prochain": "next", "prochaine": "next", "suivant": "the following",
    "suivante": "the following", "d'après": "the following", "à venir": "next",
}  # fmt: skip
HOLIDAYS = {
    "noël": "Christmas", "la veille de noël": "Christmas Eve", "le réveillon de noël": "Christmas Eve",
    "pâques": "Easter", "le lundi de pâques": "Easter Monday", "la toussaint": "November 1",
    "le jour de l'an": "New Year's Day", "le nouvel an": "New Year's Day",
    "la saint-sylvestre": "New Year's Eve", "la saint-valentin": "Valentine's Day",
    "le vendredi saint": "Good Friday", "l'armistice": "November 11", "la fête du travail": "May Day",
    "la fête nationale": "July 14", "14-juillet": "July 14", "l'ascension": "Ascension Day",
    "la pentecôte": "Pentecost", "le lundi de pentecôte": "Whit Monday", "l'épiphanie": "January 6",
}  # fmt: skip
PRESENT_WORDS = (
    "maintenant", "actuellement", "à présent", "en ce moment", "de nos jours", "à l'heure actuelle",
    "pour l'instant", "pour le moment", "aujourd'hui encore",
)  # fmt: skip
PAST_WORDS = {
    "récemment": "recently", "dernièrement": "recently", "naguère": "recently",
    "autrefois": "in the past", "jadis": "in the past", "par le passé": "in the past",
    "dans le passé": "in the past", "il y a longtemps": "a long time ago",
}  # fmt: skip
FUTURE_WORDS = {
    "bientôt": "soon", "prochainement": "soon", "sous peu": "soon", "à l'avenir": "in the future",
    "dans le futur": "in the future", "dans un avenir proche": "in the near future",
}  # fmt: skip
TERMS = {"à court terme": "the short term", "à long terme": "the long term"}


# --- words the finder reads the parse with ------------------------------------------------
# Before a year under 1900, a word that makes the number a year ("en 1789"), not a count.
EARLY_YEAR_WORDS = {"en", "depuis", "de", "dès", "vers", "avant", "après", "an", "entre", "et", "à", "jusqu'en", "au", "du"}
# Nouns of people, after which "de 45 ans" is an age, not a length.
PERSON_NOUNS = {
    "homme", "femme", "enfant", "fille", "garçon", "fils", "jeune", "adolescent", "adolescente",
    "bébé", "victime", "suspect", "suspecte", "père", "mère", "retraité", "retraitée", "étudiant",
    "étudiante", "ouvrier", "ouvrière", "patient", "patiente", "conducteur", "conductrice", "élève",
}  # fmt: skip
# Verbs whose present or infinitive complement looks ahead: "prévoit de voter mardi".
FUTURE_VERBS = {
    "aller", "devoir", "prévoir", "compter", "envisager", "vouloir", "espérer", "projeter",
    "apprêter", "promettre", "menacer", "engager", "souhaiter", "planifier", "programmer",
}  # fmt: skip
# Verbs of timetables, whose present names what is scheduled: "le sommet s'ouvre lundi".
TIMETABLE_VERBS = {"ouvrir", "commencer", "débuter", "expirer", "fermer", "reprendre", "achever", "terminer", "tenir", "démarrer"}
PLAN_FORMS = {"va", "vont", "vais", "allait", "allaient", "doit", "doivent", "devait", "devaient"}
PLAN_STEMS = ("prévoi", "prévoy", "compt", "envisag", "projet", "apprêt", "promet", "menac", "souhait", "espèr", "esper")
BETWEEN_PLAN_AND_VERB = {"de", "d'", "d’", "à", "se", "s'", "s’", "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en", "ne", "pas"}
SHORT_FUTURE_STEMS = {"ser", "aur", "fer", "ir", "saur", "devr", "faudr", "vaudr", "mourr", "courr"}
# Longer stems also end the stems of their compounds ("reviendr", "entreverr").
LONG_FUTURE_STEMS = ("viendr", "tiendr", "voudr", "enverr", "acquerr", "cevr", "pleuvr", "assiér", "pourr", "verr")

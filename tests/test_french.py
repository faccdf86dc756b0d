"""French: the rules of :mod:`timeline.lexicon_fr` find each expression and say it in
English; the shared resolver gives it a value against the publication date, with the
tense read from the French parse (future, conditional, passé composé, imparfait)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from timeline import find_mentions, french, nlp
from timeline import lexicon_fr as fr
from timeline.resolve import resolve
from timeline.types import Direction

PUBLISHED = dt.date(2020, 6, 11)  # a Thursday, ISO week 2020-W24

pytestmark = pytest.mark.slow


def _values(text: str) -> dict[str, str]:
    return {m.text: m.value for m in find_mentions(text, published=PUBLISHED, lang="fr")}


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ('Le président a annoncé mercredi une réforme.', 'mercredi', '2020-06-10'),
        ('Il y a deux semaines, le gouvernement avait présenté un projet.', 'Il y a deux semaines', '2020-W22'),
        ('La loi entrera en vigueur le 1er janvier.', '1er janvier', '2021-01-01'),
        ('En janvier, les syndicats avaient manifesté.', 'janvier', '2020-01'),
        ('Depuis deux ans, le chômage baisse.', 'deux ans', 'P2Y'),
        ('Le vote a duré une demi-heure.', 'une demi-heure', 'PT30M'),
        ('Le conflit a duré un demi-siècle.', 'un demi-siècle', 'P50Y'),
        ('La semaine prochaine, le Sénat votera le texte.', 'La semaine prochaine', '2020-W25'),
        ('Hier soir, des milliers de personnes ont défilé.', 'Hier soir', '2020-06-10TEV'),
        ("Le 3 mars 2019, l'accord avait été signé.", '3 mars 2019', '2019-03-03'),
        ("L'année dernière, la croissance a atteint 1,5 %.", "L'année dernière", '2019'),
        ('Demain, le ministre se rendra à Bruxelles.', 'Demain', '2020-06-12'),
        ('Au printemps, les travaux commenceront.', 'printemps', '2021-SP'),
        ('Au printemps, les travaux avaient commencé.', 'printemps', '2020-SP'),
        ("Fin janvier, le virus s'était propagé.", 'Fin janvier', '2020-01'),
        ("À la fin de l'année dernière, les ventes ont chuté.", "la fin de l'année dernière", '2019'),
        ('Au premier trimestre 2020, le PIB a reculé.', 'premier trimestre 2020', '2020-Q1'),
        ('Les années 1990 ont été marquées par la croissance.', 'Les années 1990', '199'),
        ('Au XXe siècle, la ville a doublé.', 'XXe siècle', '19'),
        ("Mardi 9 juin à 15 heures, le conseil s'est réuni.", '15 heures', '2020-06-09T15:00'),
        ('Le ministre va annoncer la réforme mardi.', 'mardi', '2020-06-16'),
        ('Il aurait été tué mardi soir.', 'mardi soir', '2020-06-09TEV'),
        ('Dans trois mois, la réforme entrera en vigueur.', 'Dans trois mois', '2020-09'),
        ('Le lendemain, la police a arrêté deux suspects.', 'Le lendemain', '2020-06-12'),
        ('Au cours des cinq dernières années, le chômage a baissé.', 'cinq dernières années', 'P5Y'),
        ('Ces dernières années, les prix ont augmenté.', 'Ces dernières années', 'PAST_REF'),
        ('Le marché est ouvert chaque lundi.', 'chaque lundi', 'XXXX-WXX-1'),
        ('Le comité se réunit deux fois par an.', 'deux fois par an', 'P1Y'),
        ('Actuellement, la situation est stable.', 'Actuellement', 'PRESENT_REF'),
        ('Récemment, des tensions sont apparues.', 'Récemment', 'PAST_REF'),
        ('Bientôt, tout changera.', 'Bientôt', 'FUTURE_REF'),
        ('Cette semaine, le gouvernement a présenté son plan.', 'Cette semaine', '2020-W24'),
        ("Il a été élu l'an dernier pour cinq ans.", "l'an dernier", '2019'),
        ("Il a été élu l'an dernier pour cinq ans.", 'cinq ans', 'P5Y'),
        ("Il a été condamné à 10 ans de prison.", '10 ans', 'P10Y'),  # a sentence's length, not an age
        ("L'âge moyen des victimes a baissé depuis dix ans.", 'dix ans', 'P10Y'),  # "âge" far before
        ("Il y a une dizaine de jours, l'entreprise a licencié 300 salariés.", 'Il y a une dizaine de jours', '2020-06-01'),
        ('Le sommet aura lieu du 3 au 5 juillet.', '3', '2020-07-03'),
        ('Le sommet aura lieu du 3 au 5 juillet.', '5 juillet', '2020-07-05'),
        ('Hier à 18h, la police est intervenue.', '18h', '2020-06-10T18:00'),
        ("L'usine fermera ses portes d'ici 2022.", '2022', '2022'),
        ("Depuis le début de l'année, 300 emplois ont été supprimés.", "le début de l'année", '2020'),
        ('Cet été, les touristes seront moins nombreux.', 'Cet été', '2020-SU'),
        ("L'été dernier, les touristes étaient nombreux.", "L'été dernier", '2019-SU'),
        ('La crise dure depuis des années.', 'des années', 'PXY'),
        ('Les négociations reprendront dans les prochains jours.', 'les prochains jours', 'FUTURE_REF'),
        ('Le projet a été lancé il y a plus de trois ans.', 'il y a plus de trois ans', '2017'),
        ('Samedi dernier, les manifestants étaient 10 000.', 'Samedi dernier', '2020-06-06'),
        ("Ce matin, le président s'est exprimé.", 'Ce matin', '2020-06-11TMO'),
        ("Cette nuit, un incendie a ravagé l'entrepôt.", 'Cette nuit', '2020-06-10TNI'),
        ('La veille, il avait rencontré le ministre.', 'La veille', '2020-06-10'),
        ('Au milieu des années 1980, la société comptait 500 salariés.', 'Au milieu des années 1980', '198'),
        ('Au second semestre 2019, les ventes ont progressé.', 'second semestre 2019', '2019-H2'),
        ('En 1789, la Révolution a éclaté.', '1789', '1789'),
        ("Il y a un an et demi, l'entreprise a été rachetée.", 'Il y a un an et demi', '2018-12'),
        ("La réunion s'est tenue le 03/06/2020.", '03/06/2020', '2020-06-03'),
        ("Pendant une vingtaine d'années, il a dirigé le groupe.", "une vingtaine d'années", 'P20Y'),
        ('Trois jours plus tard, il a démissionné.', 'Trois jours', 'P3D'),
        ('Les élections auront lieu de mars à juin 2021.', 'mars', '2021-03'),
        ('À Noël, les magasins seront fermés.', 'Noël', '2020-12-25'),
        ('Le sommet se tiendra dans la nuit de samedi à dimanche.', 'la nuit de samedi à dimanche', '2020-06-13TNI'),
        ("Les enfants ont été vaccinés aujourd'hui.", "aujourd'hui", '2020-06-11'),
        ('Avant-hier, le tribunal a rendu son verdict.', 'Avant-hier', '2020-06-09'),
        ('Le mois prochain, les prix augmenteront.', 'Le mois prochain', '2020-07'),
        ('Le mois dernier, les prix ont augmenté.', 'Le mois dernier', '2020-05'),
        ('La mi-juin marque le début des soldes.', 'La mi-juin', '2020-06'),
        ('Le conseil se réunit tous les deux ans.', 'tous les deux ans', 'P2Y'),
        ('Le vote a lieu jeudi prochain.', 'jeudi prochain', '2020-06-18'),
        ('Le 14 juillet 2019, le défilé a eu lieu.', '14 juillet 2019', '2019-07-14'),
        ('La décision a été prise vendredi à 23 h 30.', '23 h 30', '2020-06-05T23:30'),
        ('À long terme, le projet est viable.', 'À long terme', 'FUTURE_REF'),
        ("Le 3 mars dernier, le Conseil d'État avait été saisi.", '3 mars dernier', '2020-03-03'),
        ('Le 3 juillet prochain, le texte sera examiné.', '3 juillet prochain', '2020-07-03'),
        ('Le 10 juin prochain, le texte sera examiné.', '10 juin prochain', '2021-06-10'),
        ("Le texte sera voté d'ici la fin de l'année.", "la fin de l'année", '2020'),
        ("En début de semaine, le ministre s'est exprimé.", 'En début de semaine', '2020-W24'),
        ('Il a été nommé à la mi-mars.', 'la mi-mars', '2020-03'),
        ('Le bilan sera publié dans les prochaines semaines.', 'les prochaines semaines', 'FUTURE_REF'),
        ('Il est arrivé au pouvoir au XIXe siècle.', 'XIXe siècle', '18'),
        ('Le 1er mai, les syndicats défileront.', '1er mai', '2021-05-01'),
        ('Le président a parlé ce lundi.', 'ce lundi', '2020-06-08'),
        ('Il y a quelques jours, la police a arrêté un suspect.', 'Il y a quelques jours', 'PAST_REF'),
        ('Le trajet se fait en 1h30.', '1h30', 'PT90M'),
        ('Il a parlé pendant 2h devant les députés.', '2h', 'PT2H'),
        ('La séance reprendra demain matin à 9 heures.', '9 heures', '2020-06-12T09:00'),
        ('À la fin du mois de mai, le confinement a été levé.', 'la fin du mois de mai', '2020-05'),
        ("Mi-2021, l'usine sera prête.", 'Mi-2021', '2021'),
        ("L'entreprise, créée il y a 30 ans, emploie 200 personnes.", 'il y a 30 ans', '1990'),
        ('La réunion aura lieu la semaine du 15 juin.', 'la semaine du 15 juin', '2020-W25'),
        ('En fin de matinée, le ministre a parlé.', 'En fin de matinée', '2020-06-11TMO'),
        ("Mardi, en début de soirée, un incendie s'est déclaré.", 'en début de soirée', '2020-06-09TEV'),
        ("Il y a près d'un an, l'usine a fermé.", "Il y a près d'un an", '2019'),
        ("Le chantier a duré plus d'une semaine.", "plus d'une semaine", 'P1W'),
        ('Samedi 13 et dimanche 14 juin, les musées seront ouverts.', 'Samedi 13', '2020-06-13'),
        ('Il y a quinze jours, le président avait promis des annonces.', 'Il y a quinze jours', '2020-05-27'),
        ('Le lundi de Pentecôte, les écoles seront fermées.', 'Le lundi de Pentecôte', '2021-05-24'),
        ("Le pont de l'Ascension a été très fréquenté.", "l'Ascension", '2020-05-21'),
        ('Au cours des années 2010, la dette a explosé.', 'des années 2010', '201'),
        ('Le vote aura lieu le 25/06.', '25/06', '2020-06-25'),
        ('La manifestation du 05/06 a réuni 3000 personnes.', '05/06', '2020-06-05'),
        # a zone after a clock time is kept, as in English (the abbreviations are shared)
        ('Le décollage a eu lieu à 15h30 GMT.', '15h30 GMT', '2020-06-11T15:30Z'),
        ('Les bureaux de vote fermeront à 20 heures TU.', '20 heures TU', '2020-06-11T20:00Z'),
        ('Le vol partira à 7h30 GMT+1.', '7h30 GMT+1', '2020-06-11T07:30+01:00'),
        ("L'annonce est attendue à 18h CEST.", '18h CEST', '2020-06-11T18:00+02:00'),
        ('Rendez-vous à 20h heure locale.', '20h heure locale', '2020-06-11T20:00'),
        ('Rendez-vous à 21h  heure  locale.', '21h  heure  locale', '2020-06-11T21:00'),  # spaces as typed
        ('La réunion de 15h est prévue ce soir.', '15h', '2020-06-11T15:00'),  # "est" is a verb, not EST
    ],
)
def test_french_expressions_resolve(text, span, value):
    assert _values(text).get(span) == value, _values(text)


def test_rule_names_are_unique():
    names = [rule.name for rule in fr.RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", fr.RULES, ids=[rule.name for rule in fr.RULES])
def test_every_rule_finds_and_resolves_its_example(rule):
    match = re.search(rule.pattern, rule.example, re.IGNORECASE)
    assert match is not None, f"{rule.name}: the pattern does not match its own example"
    reading = rule.read(match)
    readings = [part[2] for part in reading] if isinstance(reading, tuple) else [reading]
    for english in readings:
        assert resolve(english, reference=PUBLISHED) is not None, f"{rule.name}: {english!r} does not resolve"
    mentions = find_mentions(rule.example, published=PUBLISHED, lang="fr")
    assert mentions, f"{rule.name}: nothing found in {rule.example!r}"
    assert all(match.start() <= m.start and m.end <= match.end() for m in mentions), [m.text for m in mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Un homme de 32 ans a été interpellé.",  # an age
        "Il est mort à 85 ans.",
        "Jean Dupont, 45 ans, a été arrêté.",
        "La réforme repousse l'âge légal de départ de 62 à 64 ans.",  # ages after "l'âge"
        "Les 1500 salariés de l'usine sont en grève.",  # a count, not a year
        "Le bilan s'élève à 2000 morts.",
        "La mission Mars a décollé.",  # the planet
        "Le Journal du Dimanche a publié l'entretien.",  # a title
        "Microsoft refuse de vendre sa technologie à la police.",
        "La croissance a atteint 1,5 %.",
        "Mai 68 reste dans les mémoires.",
        "Il a obtenu 5/6 à l'examen.",  # a mark, not a date  # a two-digit year, century unsaid
        "Le site a été mis à jour.",
        "Les stations de sports d'hiver sont fermées.",  # a kind of sport, not a winter's date
    ],
)
def test_french_false_friends_are_not_dates(text):
    assert find_mentions(text, published=PUBLISHED, lang="fr") == []


@pytest.mark.parametrize(
    ("text", "word", "direction"),
    [
        ("Le Sénat votera le texte mardi.", "mardi", Direction.FUTURE),  # futur simple
        ("Le président a annoncé mardi sa décision.", "mardi", Direction.PAST),  # passé composé
        ("Il préparait le dossier mardi.", "mardi", Direction.PAST),  # imparfait
        ("Il a dit qu'il viendrait mardi.", "mardi", Direction.FUTURE),  # conditional, tagged Imp by the model
        ("Il aurait été tué mardi.", "mardi", Direction.PAST),  # past conditional of reported facts
        ("Le ministre va annoncer la réforme mardi.", "mardi", Direction.FUTURE),  # futur proche
        ("Le gouvernement prévoit de voter le texte mardi.", "mardi", Direction.FUTURE),
        ("Le sommet s'ouvre mardi.", "mardi", Direction.FUTURE),  # timetable present
        ("Le chômage baisse depuis mardi.", "mardi", Direction.PAST),
        ("À Noël, les magasins seront fermés.", "Noël", Direction.FUTURE),  # fronted, cut off by the parser
        ("Le 1er mai, les syndicats défileront.", "1er mai", Direction.FUTURE),  # a future tagged Sub|Pres
        ("Il mènera la délégation mardi.", "mardi", Direction.FUTURE),  # future stem "mèner" of "mener"
        ("Il tira sur la foule mardi.", "mardi", Direction.PAST),  # passé simple, tagged Fut by the model
    ],
)
def test_direction_comes_from_the_french_tense(text, word, direction):
    doc = nlp.load("fr")(text)
    start = text.index(word)
    assert french.direction_of(doc, start, start + len(word)) is direction


def test_dernier_and_prochain_after_a_date_say_the_direction_over_the_tense():
    text = "Le 3 mars dernier et le 3 mars prochain, le texte sera examiné."
    values = _values(text)
    assert values == {"3 mars dernier": "2020-03-03", "3 mars prochain": "2021-03-03"}


@pytest.mark.parametrize(
    ("words", "value"),
    [("deux", 2), ("vingt-deux", 22), ("soixante-dix", 70), ("quatre-vingt-dix-huit", 98),
     ("quatre-vingts", 80), ("vingt et un", 21), ("deux cents", 200), ("12", 12), ("dizaine", None)],
)  # fmt: skip
def test_number_words(words, value):
    assert fr.number_value(words) == value


@pytest.mark.parametrize(
    ("words", "reading"),
    [("15h30", "15:30"), ("8 h", "08:00"), ("23 h 30", "23:30"), ("8 heures du soir", "20:00"),
     ("3 heures de l'après-midi", "15:00"), ("10 heures et demie", "10:30"), ("9 heures moins le quart", "08:45"),
     ("midi", "noon"), ("minuit", "midnight")],
)  # fmt: skip
def test_clock_times(words, reading):
    assert fr.clock(words) == reading


def test_offsets_point_at_the_text_and_mentions_do_not_overlap():
    text = ("Mardi 9 juin à 15 heures, le conseil s'est réuni. Il y a deux semaines, le projet avait été "
            "présenté ; il entrera en vigueur le 1er janvier 2021, puis sera évalué tous les deux ans.")  # fmt: skip
    mentions = find_mentions(text, published=PUBLISHED, lang="fr")
    assert [m.text for m in mentions] == ["Mardi 9 juin", "15 heures", "Il y a deux semaines", "1er janvier 2021", "tous les deux ans"]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    for a, b in zip(mentions, mentions[1:]):
        assert a.end <= b.start


def test_a_sentence_cut_inside_an_expression_runs_on_to_its_end():
    # Found by Hypothesis: the parser ended a sentence inside "il y a douze secondes".
    text = "il y a deux secondes il y a douze secondes "
    for m in find_mentions(text, published=dt.date(2000, 1, 1), lang="fr"):
        assert m.sentence_start <= m.start < m.end <= m.sentence_end <= len(text), m

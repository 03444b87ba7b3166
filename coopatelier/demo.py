"""The demo workshop: what a new user sees on the first start, and ``coopatelier demo``.

It replays, through the public API only, the open workshop the Projet alimentaire territorial
(PAT) and the Lab des possibles of the Métropole Aix-Marseille-Provence ran in April with
their partners: desirable futures for sustainable food in the priority neighbourhoods (QPV)
at the 2030 horizon, first actions, and who does what ("chacun son poste").

The content lives in the plain data structures below; ``create_demo_workshop`` only plays
them. People and associations are fictional.

Every time is set on the morning of the workshop (Central European Summer Time, stored in
UTC like every time in the database): the workshop, and with it the template's seed cards,
is created when the facilitator prepared the room; each card is captured during its phase.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from coopatelier import api
from coopatelier.domain.people import PersonLine
from coopatelier.domain.rules import distinct_title

TEMPLATE_KEY = "alimentation-durable-qpv-2030"
TITLE = "Alimentation durable pour toutes et tous — QPV 2030 (démo)"
DATE = dt.date(2026, 4, 14)
PLACE = "Marseille, centre social L’Olivier (15e arrondissement)"
ORGANISERS = (
    "Métropole Aix-Marseille-Provence : Projet alimentaire territorial (PAT), "
    "service Cohésion sociale et Lab des possibles"
)
#: The capture laptop recorded as the provenance of every demo card.
DEVICE = "poste-animation"
#: Central European Summer Time, in force in France on the workshop date.
CEST = dt.timezone(dt.timedelta(hours=2), "CEST")

# --- organisations and participants --------------------------------------------------------

COHESION = "Métropole Aix-Marseille-Provence – Cohésion sociale"
PAT = "Métropole Aix-Marseille-Provence – Projet alimentaire territorial (PAT)"
LAB = "Métropole Aix-Marseille-Provence – Lab des possibles"
FONDATION = "Fondation de France – Méditerranée"
CENTRE_SOCIAL = "Centre social L’Olivier"
EPICERIE = "Épicerie solidaire Le Panier partagé"
PRODUCTEURS = "Groupement de producteurs Paysans du Pays d’Aubagne"
CHAMBRE = "Chambre d’agriculture des Bouches-du-Rhône"
CANTINES = "Ville de Marseille – Restauration scolaire"
COMMUNE = "Ville de Martigues – Politique de la ville"
CCAS = "CCAS de Martigues"
BAILLEUR = "Habitat Sud Méditerranée (bailleur social)"

#: (name, organisation, role, table)
PARTICIPANTS: tuple[tuple[str, str, str, str], ...] = (
    ("Camille Bertrand", LAB, "facilitatrice", "Animation"),
    ("Julien Ferrand", PAT, "chef de projet PAT, co-animateur", "Animation"),
    ("Awa Diallo", COHESION, "cheffe de projet contrat de ville", "Table 1"),
    ("Marc Olivieri", PRODUCTEURS, "maraîcher, président du groupement", "Table 1"),
    ("Samia Benali", CENTRE_SOCIAL, "directrice", "Table 1"),
    ("Claire Vasseur", FONDATION, "chargée de programme", "Table 1"),
    ("Nadia Haddad", COHESION, "chargée de développement territorial", "Table 2"),
    ("Fatou Sow", EPICERIE, "coordinatrice", "Table 2"),
    ("Hélène Garcia", CANTINES, "responsable qualité et approvisionnement", "Table 2"),
    ("Karim Mansouri", BAILLEUR, "chargé de développement social urbain", "Table 2"),
    ("Élodie Martin", PAT, "chargée de mission précarité alimentaire", "Table 3"),
    ("Rachid Amrani", COMMUNE, "chef de projet politique de la ville", "Table 3"),
    ("Sophie Lambert", CCAS, "responsable de l’action sociale", "Table 3"),
    ("Jean-Pierre Castel", CHAMBRE, "conseiller circuits courts", "Table 3"),
    ("Thomas Roux", LAB, "designer de politiques publiques", "Table 4"),
    ("Mariam Touré", CENTRE_SOCIAL, "référente familles, habitante du quartier", "Table 4"),
    ("Yanis Cherif", EPICERIE, "bénévole, responsable des distributions", "Table 4"),
    ("Lucie Moreau", CANTINES, "diététicienne", "Table 4"),
)

# --- phase by phase ------------------------------------------------------------------------

#: Notes of the welcome round: (category, text, table, author).
INTRO_NOTES: tuple[tuple[str, str, str, str], ...] = (
    (
        "Attentes",
        "Mieux connaître qui fait quoi à la Métropole sur l’alimentation",
        "Table 2",
        "Fatou Sow",
    ),
    (
        "Attentes",
        "Repartir avec deux ou trois projets concrets, pas seulement des idées",
        "Table 3",
        "Rachid Amrani",
    ),
    (
        "Points de vigilance",
        "Ne pas refaire des paniers « d’urgence » sans lendemain",
        "Table 1",
        "Samia Benali",
    ),
    (
        "Points de vigilance",
        "Les producteurs ont besoin de volumes et de prix garantis pour s’engager",
        "Table 1",
        "Marc Olivieri",
    ),
)


@dataclass(frozen=True, slots=True)
class DemoDriver:
    key: str
    text: str
    category: str
    nature: api.DriverNature
    impact: int
    uncertainty: int
    table: str
    author: str


_N = api.DriverNature

DRIVERS: tuple[DemoDriver, ...] = (
    DemoDriver(
        "inflation",
        "Inflation durable des prix alimentaires et de l’énergie",
        "Précarité et accès",
        _N.MAJOR_UNCERTAINTY,
        5,
        4,
        "Table 2",
        "Fatou Sow",
    ),
    DemoDriver(
        "aide",
        "Hausse continue du nombre de familles qui recourent à l’aide alimentaire",
        "Précarité et accès",
        _N.HEAVY_TREND,
        5,
        2,
        "Table 3",
        "Sophie Lambert",
    ),
    DemoDriver(
        "financements",
        "Pérennité des financements de la politique de la ville et de l’aide alimentaire",
        "Politiques publiques et gouvernance",
        _N.MAJOR_UNCERTAINTY,
        5,
        5,
        "Table 1",
        "Awa Diallo",
    ),
    DemoDriver(
        "producteurs",
        "Place des producteurs locaux dans l’approvisionnement des quartiers",
        "Production agricole et foncier",
        _N.MAJOR_UNCERTAINTY,
        5,
        4,
        "Table 1",
        "Marc Olivieri",
    ),
    DemoDriver(
        "foncier",
        "Pression de l’urbanisation sur les terres agricoles de la Métropole",
        "Production agricole et foncier",
        _N.HEAVY_TREND,
        4,
        2,
        "Table 3",
        "Jean-Pierre Castel",
    ),
    DemoDriver(
        "installation",
        "Départs à la retraite massifs des agriculteurs d’ici 2030",
        "Production agricole et foncier",
        _N.HEAVY_TREND,
        3,
        2,
        "Table 3",
        "Jean-Pierre Castel",
    ),
    DemoDriver(
        "egalim",
        "Loi EGalim : 50 % de produits durables dans la restauration collective",
        "Distribution et circuits courts",
        _N.SEED_OF_CHANGE,
        4,
        3,
        "Table 2",
        "Hélène Garcia",
    ),
    DemoDriver(
        "epiceries",
        "Essor des épiceries solidaires et des groupements d’achat",
        "Distribution et circuits courts",
        _N.SEED_OF_CHANGE,
        3,
        3,
        "Table 4",
        "Yanis Cherif",
    ),
    DemoDriver(
        "nutrition",
        "Obésité et diabète en hausse chez les enfants des quartiers",
        "Santé et nutrition",
        _N.HEAVY_TREND,
        4,
        2,
        "Table 4",
        "Lucie Moreau",
    ),
    DemoDriver(
        "secheresse",
        "Sécheresses et canicules à répétition en Provence",
        "Environnement et climat",
        _N.HEAVY_TREND,
        4,
        3,
        "Table 1",
        "Claire Vasseur",
    ),
    DemoDriver(
        "ssa",
        "Expérimentations d’une sécurité sociale de l’alimentation",
        "Politiques publiques et gouvernance",
        _N.WEAK_SIGNAL,
        4,
        5,
        "Table 4",
        "Thomas Roux",
    ),
    DemoDriver(
        "cooperation",
        "Décloisonnement entre la politique de la ville et le droit commun",
        "Politiques publiques et gouvernance",
        _N.SEED_OF_CHANGE,
        4,
        3,
        "Table 3",
        "Rachid Amrani",
    ),
    DemoDriver(
        "cuisine",
        "Transmission des savoir-faire culinaires entre générations",
        "Pratiques et cultures alimentaires",
        _N.WEAK_SIGNAL,
        3,
        3,
        "Table 4",
        "Mariam Touré",
    ),
    DemoDriver(
        "tempsrepas",
        "Repas pris hors du foyer et produits ultra-transformés",
        "Pratiques et cultures alimentaires",
        _N.HEAVY_TREND,
        3,
        2,
        "Table 2",
        "Karim Mansouri",
    ),
    DemoDriver(
        "antigaspi",
        "Applications anti-gaspillage et dons des invendus",
        "Numérique et innovation",
        _N.WEAK_SIGNAL,
        2,
        3,
        "Table 2",
        "Fatou Sow",
    ),
    DemoDriver(
        "rupture",
        "Rupture d’approvisionnement lors d’une nouvelle crise sanitaire",
        "Environnement et climat",
        _N.DISRUPTION,
        5,
        4,
        "Table 1",
        "Samia Benali",
    ),
)

#: The 2×2 built from two key uncertainties: x = funding, y = local producers.
AXES = {
    "x": "financements",
    "x_low": "Financements en repli, à court terme et par appels à projets",
    "x_high": "Financements pérennes, droit commun mobilisé dans les quartiers",
    "y": "producteurs",
    "y_low": "Approvisionnement lointain, producteurs locaux à la marge",
    "y_high": "Producteurs du territoire au cœur de l’approvisionnement",
}


@dataclass(frozen=True, slots=True)
class DemoFuture:
    key: str
    quadrant: str
    title: str
    narrative: str
    drivers: tuple[str, ...]
    dots: int
    table: str


FUTURES: tuple[DemoFuture, ...] = (
    DemoFuture(
        "nourricier",
        "++",
        "Le quartier nourricier",
        "En 2030, chaque QPV de la Métropole a sa maison de l’alimentation : une épicerie à prix "
        "solidaires, une cuisine partagée et un point de retrait des paniers des producteurs du "
        "Pays d’Aubagne et de la Crau. Les cantines des écoles servent 60 % de produits locaux, "
        "dont la moitié en bio. Les paniers solidaires de 2020 sont devenus un service "
        "permanent, financé par une convention pluriannuelle entre la Métropole, les communes "
        "et la Fondation de France. Les producteurs vendent à un prix garanti, les familles "
        "paient selon leurs revenus.",
        ("financements", "producteurs", "egalim", "cooperation"),
        21,
        "Table 1",
    ),
    DemoFuture(
        "droits",
        "+-",
        "Le droit à bien manger",
        "En 2030, l’accès à une alimentation de qualité est un droit reconnu : une carte "
        "alimentaire, abondée par la collectivité, est utilisable dans les épiceries "
        "solidaires et sur les marchés. Les produits viennent encore surtout de loin, mais les "
        "familles choisissent ce qu’elles mangent, et les ateliers cuisine des centres sociaux "
        "font le plein.",
        ("financements", "inflation", "ssa", "nutrition"),
        12,
        "Table 2",
    ),
    DemoFuture(
        "circuits",
        "-+",
        "Les circuits courts solidaires",
        "En 2030, faute de grands financements, habitants, associations et producteurs ont "
        "monté ensemble une coopérative d’achat : commandes groupées chaque semaine, livraison "
        "en pied d’immeuble par un chantier d’insertion, prix négociés directement avec le "
        "groupement de producteurs. Les jardins nourriciers des résidences fournissent les "
        "légumes de l’été.",
        ("producteurs", "epiceries", "foncier", "cuisine"),
        15,
        "Table 3",
    ),
    DemoFuture(
        "debrouille",
        "--",
        "La débrouille organisée",
        "En 2030, les moyens manquent, mais le réseau tient : les associations, le CCAS et les "
        "centres sociaux partagent un calendrier des distributions, les invendus des "
        "supermarchés sont collectés chaque soir, et une cuisine mobile prépare des repas "
        "avec les habitantes et les habitants. Personne ne reste sans solution plus d’une "
        "semaine.",
        ("inflation", "aide", "antigaspi", "rupture"),
        6,
        "Table 4",
    ),
)


@dataclass(frozen=True, slots=True)
class DemoAction:
    title: str
    description: str
    lead: str
    #: (organisation, its precise role)
    partners: tuple[tuple[str, str], ...]
    year: int
    first_step: str
    means: str
    indicator: str
    impact: int
    effort: int
    futures: tuple[str, ...]
    drivers: tuple[str, ...]
    dots: int
    table: str
    author: str


ACTIONS: tuple[DemoAction, ...] = (
    DemoAction(
        "Pérenniser les paniers solidaires en circuit court",
        "Faire des paniers solidaires de 2020 un service permanent : un panier hebdomadaire de "
        "fruits et légumes locaux, payé selon les revenus, dans cinq QPV pilotes.",
        PAT,
        (
            (PRODUCTEURS, "fournir les fruits et légumes à un prix garanti sur l’année"),
            (COHESION, "coordonner le déploiement dans les cinq QPV pilotes"),
            (EPICERIE, "assurer les distributions et l’accueil des familles"),
            (CCAS, "orienter les ménages et calculer le tarif selon les revenus"),
            (FONDATION, "cofinancer les deux premières années"),
        ),
        2027,
        "Réunir producteurs et associations en septembre pour chiffrer un panier à 10 €.",
        "Convention pluriannuelle, 120 000 € par an, un véhicule frigorifique mutualisé.",
        "Nombre de foyers servis chaque mois ; part des achats faits à moins de 80 km.",
        5,
        4,
        ("nourricier", "circuits"),
        ("producteurs", "inflation"),
        16,
        "Table 1",
        "Marc Olivieri",
    ),
    DemoAction(
        "Des produits locaux dans les cantines des écoles des QPV",
        "Atteindre 50 % de produits durables, dont 30 % locaux, dans les écoles des quartiers "
        "prioritaires, en allotissant les marchés pour les rendre accessibles aux producteurs.",
        CANTINES,
        (
            (PAT, "structurer l’offre locale et accompagner l’écriture des marchés publics"),
            (CHAMBRE, "mettre en relation les producteurs avec la cuisine centrale"),
            (PRODUCTEURS, "répondre aux lots de légumes de saison"),
            (COHESION, "associer les parents d’élèves des QPV aux commissions menus"),
        ),
        2028,
        "Recenser les lots du prochain marché qui peuvent être ouverts aux producteurs locaux.",
        "Temps d’acheteur public, légumerie partagée, formation des cuisiniers.",
        "Part de produits locaux et durables dans les repas servis dans les écoles des QPV.",
        5,
        4,
        ("nourricier",),
        ("egalim", "nutrition"),
        11,
        "Table 2",
        "Hélène Garcia",
    ),
    DemoAction(
        "La cantine à 1 € dans toutes les communes de la Métropole",
        "Généraliser la tarification sociale de la restauration scolaire pour que l’école "
        "reste l’assurance d’un repas complet par jour.",
        COMMUNE,
        (
            (CCAS, "identifier les familles éligibles et simplifier les démarches"),
            (COHESION, "porter l’ingénierie financière dans le contrat de ville"),
        ),
        2026,
        "Présenter le dispositif national de tarification sociale au prochain conseil municipal.",
        "Aide de l’État par repas, temps d’agent au CCAS.",
        "Nombre d’enfants des QPV inscrits à la cantine.",
        4,
        2,
        ("droits",),
        ("inflation", "aide"),
        8,
        "Table 3",
        "Rachid Amrani",
    ),
    DemoAction(
        "Une maison de l’alimentation par quartier",
        "Un tiers-lieu en pied d’immeuble : épicerie à prix solidaires, cuisine partagée, "
        "ateliers et point de retrait des paniers.",
        CENTRE_SOCIAL,
        (
            (BAILLEUR, "mettre à disposition un local en rez-de-chaussée"),
            (FONDATION, "financer l’aménagement de la cuisine"),
            (LAB, "concevoir le lieu avec les habitantes et les habitants"),
            (PAT, "relier le lieu à l’approvisionnement local"),
        ),
        2028,
        "Visiter avec le bailleur les trois locaux vacants de la résidence.",
        "Local de 120 m², 80 000 € d’aménagement, un poste de coordinateur.",
        "Fréquentation mensuelle ; nombre d’habitants impliqués dans la gestion du lieu.",
        4,
        5,
        ("nourricier", "circuits"),
        ("cuisine", "epiceries"),
        9,
        "Table 4",
        "Mariam Touré",
    ),
    DemoAction(
        "Des jardins nourriciers en pied d’immeuble",
        "Transformer des espaces verts des résidences en jardins cultivés par les habitants, "
        "avec un accompagnement technique.",
        BAILLEUR,
        (
            (CENTRE_SOCIAL, "animer le collectif de jardiniers"),
            (CHAMBRE, "former au maraîchage économe en eau"),
            (COMMUNE, "raccorder l’eau et assurer l’accès aux parcelles"),
        ),
        2027,
        "Choisir une première résidence pilote avec l’amicale des locataires.",
        "Terre, bacs, récupérateurs d’eau : 25 000 € ; deux jours de formation.",
        "Nombre de familles jardinières et kilos récoltés par saison.",
        3,
        3,
        ("circuits",),
        ("secheresse", "cuisine"),
        4,
        "Table 4",
        "Karim Mansouri",
    ),
    DemoAction(
        "Ateliers cuisine de saison avec l’aide alimentaire",
        "Former bénévoles et travailleurs sociaux à cuisiner les produits frais distribués, "
        "et animer des ateliers avec les familles.",
        CCAS,
        (
            (EPICERIE, "co-animer les ateliers pendant les distributions"),
            (CANTINES, "partager les recettes et le regard de la diététicienne"),
            (PAT, "fournir les contenus sur les produits de saison du territoire"),
        ),
        2026,
        "Tester un premier atelier à l’épicerie solidaire en juin.",
        "Une cuisine mobile, 5 000 € de denrées et de matériel.",
        "Nombre d’ateliers et part des produits frais effectivement consommés.",
        3,
        2,
        ("droits", "debrouille"),
        ("nutrition", "cuisine"),
        3,
        "Table 2",
        "Lucie Moreau",
    ),
    DemoAction(
        "Un observatoire partagé de la précarité alimentaire",
        "Rassembler chaque année les données des CCAS, des associations et des communes pour "
        "objectiver les besoins des QPV et suivre la feuille de route.",
        COHESION,
        (
            (LAB, "concevoir les outils de collecte avec les acteurs de terrain"),
            (CCAS, "partager les données anonymisées des aides facultatives"),
            (EPICERIE, "faire remonter les besoins observés lors des distributions"),
            (FONDATION, "apporter les enseignements d’autres territoires"),
        ),
        2027,
        "Lister avec trois partenaires les données déjà disponibles.",
        "Un stage de six mois, puis un quart de poste de chargé d’études.",
        "Publication d’un premier état des lieux partagé.",
        4,
        3,
        ("droits", "nourricier"),
        ("aide", "financements"),
        2,
        "Table 3",
        "Élodie Martin",
    ),
    DemoAction(
        "Un collectif PAT – Cohésion sociale qui se réunit chaque trimestre",
        "Faire vivre la feuille de route : un rendez-vous trimestriel ouvert aux partenaires, "
        "des circuits de validation allégés et le droit de renoncer à une piste.",
        LAB,
        (
            (PAT, "co-animer le collectif et suivre les actions agricoles"),
            (COHESION, "co-animer et faire le lien avec les contrats de ville"),
            (FONDATION, "partager les expériences d’autres territoires"),
        ),
        2026,
        "Proposer à la rentrée une charte de coopération d’une page.",
        "Une demi-journée par trimestre, un outil partagé de suivi.",
        "Nombre de rencontres tenues et de partenaires présents.",
        4,
        1,
        ("nourricier", "circuits", "droits", "debrouille"),
        ("cooperation",),
        1,
        "Animation",
        "Camille Bertrand",
    ),
)

#: Notes taken while building the roadmap: (text, table, author).
ROADMAP_NOTES: tuple[tuple[str, str, str], ...] = (
    (
        "Rôle vacant : la logistique du dernier kilomètre pour les paniers et la coopérative",
        "Animation",
        "Julien Ferrand",
    ),
    (
        "Les jardins nourriciers dépendent de l’accès à l’eau : à voir avec la commune avant l’été",
        "Table 4",
        "Karim Mansouri",
    ),
)

#: Seeded cooperation ingredients the group ticked (their text starts with these words).
CHECKED_INGREDIENTS: tuple[str, ...] = (
    "Un rôle précis pour chacun",
    "Le droit à l’expérimentation",
    "Un cadre de travail léger",
    "Croiser l’expertise quartier",
    "Envoyer la synthèse",
)

#: Cards added at the close: (category, text, author).
CLOSING_CARDS: tuple[tuple[str, str, str], ...] = (
    (
        "Ingrédients de la coopération",
        "Se voir en vrai, régulièrement, et pas seulement pour régler des urgences",
        "Samia Benali",
    ),
    (
        "Ingrédients de la coopération",
        "Associer les habitantes et les habitants dès la conception des projets",
        "Mariam Touré",
    ),
    (
        "Prochaines étapes",
        "Confirmer avant le 30 juin le rôle pressenti de chaque structure auprès de sa hiérarchie",
        "Julien Ferrand",
    ),
    (
        "Prochaines étapes",
        "Rendez-vous de la rentrée : jeudi 17 septembre 2026, 9 h 30, Lab des possibles — "
        "alimenter la feuille de route et construire la méthode et la gouvernance du collectif",
        "Camille Bertrand",
    ),
)

#: Actual timing of each phase, in template order: (start, end) as local "HH:MM".
#: when the facilitator set the workshop up, before the room arrived
PREPARED_AT = "09:05"

PHASE_TIMES: tuple[tuple[str, str], ...] = (
    ("09:34", "09:58"),  # accueil et question focale (20 min prévues)
    ("09:58", "10:37"),  # moteurs du changement (35)
    ("10:37", "11:24"),  # futurs souhaitables (45)
    ("11:24", "11:38"),  # pause (10)
    ("11:38", "12:12"),  # pistes d'actions (35)
    ("12:12", "12:29"),  # feuille de route (20)
    ("12:29", "12:46"),  # clôture (15)
)


# --- playing it ----------------------------------------------------------------------------


def _at(hhmm: str) -> dt.datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return dt.datetime.combine(DATE, dt.time(hours, minutes), tzinfo=CEST)


def _phase(data: api.WorkshopData, kind: api.PhaseKind) -> api.Phase:
    return next(p for p in data.phases if p.kind is kind)


def create_demo_workshop(store: api.Store) -> uuid.UUID:
    """Create the demo workshop (a new one on every call, "… (2)" when the title is taken,
    so that the home list can tell them apart) and return its id."""
    template = api.find_template(TEMPLATE_KEY, store=store)
    taken = {w.title for w in api.list_workshops(store)}
    workshop_id = api.create_workshop(
        store,
        template,
        title=TITLE if TITLE not in taken else distinct_title(TITLE, taken),
        date=DATE,
        place=PLACE,
        organisers=ORGANISERS,
        people=[PersonLine(*person) for person in PARTICIPANTS],
        at=_at(PREPARED_AT),  # the template's seed cards (the checklists) date from then
    ).new_id
    data = api.load_workshop(store, workshop_id)
    orgs = {o.name: o.id for o in data.organisations}
    clock = _Clock(data.phases)

    intro = _phase(data, api.PhaseKind.INTRO)
    for category, text, table, author in INTRO_NOTES:
        _card(store, clock, intro.id, text, table, author, category=category)

    drivers_phase = _phase(data, api.PhaseKind.DRIVERS)
    drivers = {
        d.key: _card(
            store,
            clock,
            drivers_phase.id,
            d.text,
            d.table,
            d.author,
            category=d.category,
            nature=d.nature,
            impact=d.impact,
            uncertainty=d.uncertainty,
        )
        for d in DRIVERS
    }
    api.set_axes(
        store,
        workshop_id,
        x_driver_id=drivers[AXES["x"]],
        y_driver_id=drivers[AXES["y"]],
        x_low=AXES["x_low"],
        x_high=AXES["x_high"],
        y_low=AXES["y_low"],
        y_high=AXES["y_high"],
    )

    futures_phase = _phase(data, api.PhaseKind.FUTURES)
    futures = {
        f.key: _card(
            store,
            clock,
            futures_phase.id,
            f.title,
            f.table,
            "",
            title=f.title,
            narrative=f.narrative,
            quadrant=f.quadrant,
            links=[drivers[k] for k in f.drivers],
        )
        for f in FUTURES
    }
    _vote(
        store,
        clock,
        futures_phase.id,
        "Les futurs qui nous donnent le plus envie",
        {futures[f.key]: f.dots for f in FUTURES},
    )

    actions_phase = _phase(data, api.PhaseKind.ACTIONS)
    actions: dict[uuid.UUID, int] = {}
    for a in ACTIONS:
        card_id = _card(
            store,
            clock,
            actions_phase.id,
            a.title,
            a.table,
            a.author,
            title=a.title,
            description=a.description,
            lead_organisation_id=orgs[a.lead],
            partners=[api.Partner(orgs[name], role) for name, role in a.partners],
            horizon_year=a.year,
            first_step=a.first_step,
            means=a.means,
            indicator=a.indicator,
            impact=a.impact,
            effort=a.effort,
            links=[futures[k] for k in a.futures] + [drivers[k] for k in a.drivers],
        )
        actions[card_id] = a.dots
    _vote(store, clock, actions_phase.id, "Les pistes à creuser en priorité", actions)

    roadmap = _phase(data, api.PhaseKind.ROADMAP)
    for text, table, author in ROADMAP_NOTES:
        _card(store, clock, roadmap.id, text, table, author, kind=api.CardKind.NOTE)

    closing = _phase(data, api.PhaseKind.CLOSING)
    for seed in data.cards_of_phase(closing.id):
        if seed.text.startswith(CHECKED_INGREDIENTS):
            api.update_card(store, seed.id, checked=True)
    for category, text, author in CLOSING_CARDS:
        _card(store, clock, closing.id, text, "", author, category=category)

    for phase, (start, end) in zip(data.phases, PHASE_TIMES, strict=True):
        api.start_phase(store, phase.id, at=_at(start))
        api.end_phase(store, phase.id, at=_at(end))
    api.end_workshop(store, workshop_id, at=_at(PHASE_TIMES[-1][1]))  # Home: "✓ done"
    return workshop_id


class _Clock:
    """Plausible capture times: every card and vote falls inside its phase's actual run,
    a little under a minute after the previous one."""

    def __init__(self, phases: tuple[api.Phase, ...]) -> None:
        times = dict(zip((p.id for p in phases), PHASE_TIMES, strict=True))
        self._next = {
            pid: _at(start) + dt.timedelta(minutes=2) for pid, (start, _) in times.items()
        }
        self._last = {pid: _at(end) - dt.timedelta(minutes=1) for pid, (_, end) in times.items()}

    def tick(self, phase_id: uuid.UUID) -> dt.datetime:
        moment = self._next[phase_id]
        self._next[phase_id] = min(moment + dt.timedelta(seconds=50), self._last[phase_id])
        return moment


def _card(
    store: api.Store,
    clock: _Clock,
    phase_id: uuid.UUID,
    text: str,
    table: str,
    author: str,
    *,
    kind: api.CardKind | None = None,
    **attributes: object,
) -> uuid.UUID:
    return api.add_card(
        store,
        phase_id,
        text,
        kind=kind,
        table_label=table,
        author=author,
        device=DEVICE,
        at=clock.tick(phase_id),
        **attributes,
    ).new_id


def _vote(
    store: api.Store,
    clock: _Clock,
    phase_id: uuid.UUID,
    title: str,
    dots: dict[uuid.UUID, int],
) -> None:
    """A hidden round of three dots per person, counted on the wall and then revealed."""
    round_id = api.create_round(
        store, phase_id, title=title, dots_per_person=3, hidden=True, at=clock.tick(phase_id)
    ).new_id
    for card_id, count in dots.items():
        api.add_votes(store, round_id, card_id, count, device=DEVICE, at=clock.tick(phase_id))
    api.reveal_round(store, round_id)


__all__ = ["create_demo_workshop"]

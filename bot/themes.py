"""The themes (fixed intent names, see DESIGN.md) and how the bot names intents to users."""

THEMES = (
    "dilemma_geschenk",
    "dilemma_uitnodiging",
    "dilemma_nevenwerkzaamheden",
    "dilemma_belangenverstrengeling",
    "dilemma_vertrouwelijke_informatie",
    "dilemma_gemeentelijke_voorzieningen",
    "dilemma_ongewenst_gedrag",
    "dilemma_vermoeden_misstand",
)

# Someone else's conduct is one theme; what it is about is one of these.
OTHERS_CONDUCT = "dilemma_vermoeden_misstand"
SUBJECTS = tuple(t for t in THEMES if t not in (OTHERS_CONDUCT, "dilemma_ongewenst_gedrag"))

# Used when the bot asks "Bedoel je ...?" after unclear input.
INTENT_LABELS = {
    "dilemma_geschenk": "een cadeau, korting of gunst",
    "dilemma_uitnodiging": "een uitnodiging voor een etentje, evenement of reis",
    "dilemma_nevenwerkzaamheden": "werk of activiteiten naast je baan",
    "dilemma_belangenverstrengeling": "familie of vrienden in een zaak waar je mee te maken hebt",
    "dilemma_vertrouwelijke_informatie": "omgaan met vertrouwelijke informatie",
    "dilemma_gemeentelijke_voorzieningen": "privégebruik van spullen of regelingen van de gemeente",
    "dilemma_ongewenst_gedrag": "ongewenst gedrag op het werk",
    "dilemma_vermoeden_misstand": "iets wat een ander doet en wat niet klopt",
    "human_handoff": "met een mens praten",
    "bot_challenge": "of je met een mens of een chatbot praat",
}

# The theme of an FAQ answer, where it has one: after the answer the bot offers to look at
# the user's own case in that theme.
FAQ_THEMES = {
    "faq/geschenk_grens": "dilemma_geschenk",
    "faq/uitnodiging_regel": "dilemma_uitnodiging",
    "faq/nevenwerk_registreren": "dilemma_nevenwerkzaamheden",
    "faq/familie_regel": "dilemma_belangenverstrengeling",
    "faq/informatie_regels": "dilemma_vertrouwelijke_informatie",
    "faq/prive_gebruik": "dilemma_gemeentelijke_voorzieningen",
    "faq/misstand_melden": "dilemma_vermoeden_misstand",
    "faq/klokkenluider_bescherming": "dilemma_vermoeden_misstand",
    "faq/extern_melden": "dilemma_vermoeden_misstand",
    "faq/anoniem_melden": "dilemma_vermoeden_misstand",
}

# When the model is unsure, the themes it hesitates between: at most this many, each with at
# least this share of the confidence of the best intent (a theme or not: a vague message such as
# "mijn teamleider doet raar" can rank an answer intent like inform just above two themes).
MAX_CHOICES = 3
CLOSE_SHARE = 0.4


def close_themes(ranking) -> list:
    """The themes of an intent ranking (best first) close to its best intent."""
    ranking = [i for i in ranking if i.get("name") != "nlu_fallback"]
    if not ranking:
        return []
    best = ranking[0].get("confidence") or 0.0
    themes = [i for i in ranking if i.get("name") in THEMES]
    return [i["name"] for i in themes[:MAX_CHOICES] if (i.get("confidence") or 0.0) >= CLOSE_SHARE * best]


def either_or(labels) -> str:
    """'a of om b', 'a, om b of om c': the choices of 'Gaat het vooral om ...?'."""
    labels = list(labels)
    return ", om ".join(labels[:-1]) + " of om " + labels[-1] if len(labels) > 1 else labels[0]


# The kinds of giver the NLU's `gever` entity names (its synonyms map to these); a giver by name is kept as said.
GIVER_KINDS = {
    "leverancier", "aannemer", "inwoner", "adviesbureau", "projectontwikkelaar", "ondernemer",
    "vereniging", "zorgaanbieder", "softwarebedrijf", "makelaar", "advocatenkantoor", "collega",
}
PERSON_GIVERS = {"inwoner", "collega"}  # a person, not an organisation

# Facts that the NLU finds as entities and that a new theme starts from afresh.
FACT_SLOTS = (
    "bedrag",
    "gever",
    "soort_gift",
    "al_aangenomen",
    "reis_betaald",
    "relatie",
    "eigen_rol",
    "gedragsvorm",
    "misstand_soort",
    "veilig_gesprek",
    "leidinggevende_betrokken",
    "zelf_getroffen",
    "geval",
    "van_buiten",
    "als_leidinggevende",
    "namens",
    "per_persoon",
)

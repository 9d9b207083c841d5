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
)

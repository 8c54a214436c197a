"""Closed-class word lists shared by the coreference and roles layers.

Pronoun features, the head nouns of definite descriptions and the entity types they may refer
to, titles and the words that modify them, speech and motion verbs, group nouns, and the
nationality adjectives with the country each one names. All keys are lower case.
"""

from __future__ import annotations

# pronoun -> (gender, number); gender "m", "f" or "" (any), number "sg" or "pl"
PERSONAL_PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "they": ("", "pl"), "them": ("", "pl"), "their": ("", "pl"), "theirs": ("", "pl"),
    "themselves": ("", "pl"),
}
REFLEXIVE_PRONOUNS = frozenset({"himself", "herself", "themselves"})
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})

# honorifics that fix a person's gender
GENDER_HONORIFICS: dict[str, str] = {
    "mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f",
    "madam": "f", "lady": "f", "dame": "f",
}
# gendered titles: "Queen X", "King X"
GENDERED_TITLES: dict[str, str] = {
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f",
    "chairwoman": "f", "chairman": "m", "congresswoman": "f", "congressman": "m",
    "spokeswoman": "f", "spokesman": "m", "businesswoman": "f", "businessman": "m",
}

# common nouns for people, with their gender where the word fixes it
GENDERED_NOUNS: dict[str, str] = {
    "woman": "f", "girl": "f", "mother": "f", "grandmother": "f", "daughter": "f", "sister": "f", "wife": "f",
    "actress": "f", "aunt": "f", "niece": "f", "widow": "f", "lady": "f", "mom": "f", "granddaughter": "f",
    "man": "m", "boy": "m", "father": "m", "grandfather": "m", "son": "m", "brother": "m", "husband": "m",
    "actor": "m", "uncle": "m", "nephew": "m", "widower": "m", "gentleman": "m", "dad": "m", "grandson": "m",
}
PERSON_NOUNS = frozenset({
    *GENDERED_NOUNS, "driver", "victim", "suspect", "officer", "pedestrian", "passenger", "resident", "worker",
    "student", "teacher", "doctor", "patient", "witness", "gunman", "shooter", "attacker", "child", "teenager",
    "player", "fan", "customer", "employee", "owner", "pilot", "soldier", "person", "individual", "friend",
})

# head noun of a definite description -> the entity types it may refer to
DESCRIPTION_CLASSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("aircraft", "plane", "airplane", "jet", "airliner", "helicopter", "ship", "vessel",
                     "boat", "tanker", "freighter", "submarine", "yacht", "ferry", "car", "vehicle",
                     "truck", "train", "rocket", "satellite", "drone"), ("PRODUCT",)),
    **dict.fromkeys(("company", "firm", "group", "organization", "organisation", "ministry", "agency",
                     "bank", "party", "corporation", "carrier", "airline", "lender", "insurer",
                     "startup", "retailer", "automaker", "broadcaster", "newspaper", "network",
                     "union", "alliance", "bloc", "club", "university", "department"), ("ORG",)),
    **dict.fromkeys(("region", "city", "town", "village", "province", "area", "territory", "capital",
                     "island"), ("GPE", "LOC")),
    "country": ("GPE",),
    "nation": ("GPE",),
    **dict.fromkeys(("war", "conflict", "storm", "hurricane", "tournament", "championship"), ("EVENT",)),
}
# heads too specific to stand for any entity of their type: the entity's name must contain them
HEADS_NAMED_IN_NAME = frozenset({
    "ministry", "agency", "bank", "party", "airline", "newspaper", "network", "union", "alliance", "bloc",
    "club", "university", "department", "war", "conflict", "storm", "hurricane", "tournament", "championship",
})
HEAD_SYNONYMS = {"conflict": "war"}
# description heads that name a place other than a country (a country is never "the city")
NON_COUNTRY_PLACE_HEADS = frozenset({"region", "city", "town", "village", "province", "area", "territory",
                                     "island"})
COUNTRY_PLACE_HEADS = frozenset({"country", "nation"})
DEMONSTRATIVE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

# titles a person holds; a title phrase must contain one of these heads
TITLE_HEADS = frozenset({
    "president", "vice-president", "minister", "premier", "chancellor", "spokesperson", "spokesman",
    "spokeswoman", "advisor", "adviser", "envoy", "governor", "senator", "congressman", "congresswoman",
    "representative", "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "chair", "chairperson",
    "secretary", "ambassador", "judge", "justice", "general", "admiral", "colonel", "major", "captain",
    "lieutenant", "sergeant", "commander", "chief", "director", "head", "mayor", "king", "queen", "prince",
    "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "prosecutor", "attorney",
    "lawmaker", "legislator", "mp", "speaker", "leader", "founder", "co-founder", "owner", "executive",
    "officer", "official", "diplomat", "negotiator", "aide", "deputy", "commissioner", "councillor",
    "councilor", "sheriff", "inspector", "superintendent", "dean", "rector", "professor", "coach",
    "manager", "editor", "correspondent", "analyst", "economist", "ayatollah", "sheikh", "emir", "sultan", "marshal",
    "treasurer", "auditor", "comptroller", "clerk", "assemblyman", "assemblywoman", "assemblymember",
    "alderman", "alderwoman", "supervisor", "trustee", "coroner", "magistrate", "solicitor", "registrar",
})
# words that may stand before a title head inside the title ("Defense Minister", "special envoy")
TITLE_MODIFIERS = frozenset({
    "prime", "vice", "deputy", "chief", "senior", "special", "economic", "presidential", "assistant",
    "associate", "executive", "acting", "interim", "first", "foreign", "defense", "defence", "finance",
    "interior", "justice", "health", "education", "economy", "economics", "trade", "energy",
    "agriculture", "transport", "transportation", "labor", "labour", "culture", "environment", "home",
    "treasury", "state", "commerce", "industry", "security", "national", "press", "military",
    "top", "general", "surgeon", "police", "fire", "attorney", "supreme", "high", "grand", "lead", "managing",
    "principal",
    "communications", "digital", "science", "technology", "development", "housing", "immigration",
    "sports", "tourism", "information", "intelligence", "armed", "forces", "emergency", "emergencies",
    "climate", "fisheries", "water", "mines", "mining", "oil", "petroleum", "social", "affairs",
    "public", "works", "veterans", "homeland", "internal", "external", "regional", "federal", "army",
    "navy", "air", "force", "operating", "financial", "technical", "legal",
    "political", "diplomatic", "personal", "foreign-policy", "policy", "campaign", "majority", "minority",
    "district", "circuit",
})
# words that break off a title when scanning leftwards ("former President X": title "President")
TITLE_STOPWORDS = frozenset({"former", "then", "late", "ex", "incoming", "outgoing", "newly", "elected",
                             "the", "a", "an", "and", "or"})
# "Secretary of State X": the portfolio after "of" belongs to the title
TITLE_OF_PORTFOLIOS = frozenset({"state", "defense", "defence", "the treasury", "treasury", "energy",
                                 "commerce", "labor", "health", "education", "agriculture", "transportation",
                                 "homeland security", "the interior", "interior", "justice", "staff"})

SPEECH_VERBS = frozenset({
    "say", "state", "tell", "add", "note", "explain", "remark", "declare", "announce", "insist", "claim",
    "argue", "write", "ask", "reply", "respond", "answer", "warn", "suggest", "stress", "emphasize",
    "emphasise", "acknowledge", "admit", "confirm", "deny", "continue", "conclude", "recall", "comment",
    "observe", "predict", "promise", "vow", "shout", "tweet", "post", "quip", "joke", "mention", "describe",
})
# verbs whose place complement becomes the focus of "there"
MOTION_VERBS = frozenset({
    "arrive", "travel", "fly", "go", "come", "land", "visit", "reach", "head", "return", "move", "sail",
    "drive", "stop", "stay", "live", "meet", "gather", "hold", "take", "be",
})
# nouns naming a group of people that may have members
GROUP_NOUNS = frozenset({"delegation", "team", "panel", "committee", "board", "cabinet", "crew",
                         "commission", "council", "squad", "group", "entourage", "contingent", "trio",
                         "duo", "quartet"})
# verbs/phrases that introduce the members of a group
MEMBERSHIP_VERBS = frozenset({"consist", "include", "comprise", "feature", "involve"})

# nationality adjective (or demonym) -> the country it names
NATIONALITY_COUNTRY: dict[str, str] = {
    "afghan": "Afghanistan", "albanian": "Albania", "algerian": "Algeria", "american": "United States",
    "angolan": "Angola", "argentine": "Argentina", "argentinian": "Argentina", "armenian": "Armenia",
    "australian": "Australia", "austrian": "Austria", "azerbaijani": "Azerbaijan", "bahraini": "Bahrain",
    "bangladeshi": "Bangladesh", "belarusian": "Belarus", "belgian": "Belgium", "bolivian": "Bolivia",
    "bosnian": "Bosnia and Herzegovina", "brazilian": "Brazil", "british": "United Kingdom",
    "bulgarian": "Bulgaria", "burmese": "Myanmar", "cambodian": "Cambodia", "cameroonian": "Cameroon",
    "canadian": "Canada", "chilean": "Chile", "chinese": "China", "colombian": "Colombia",
    "congolese": "Congo", "croatian": "Croatia", "cuban": "Cuba", "cypriot": "Cyprus", "czech": "Czech Republic",
    "danish": "Denmark", "dutch": "Netherlands", "ecuadorian": "Ecuador", "egyptian": "Egypt",
    "emirati": "United Arab Emirates", "estonian": "Estonia", "ethiopian": "Ethiopia", "filipino": "Philippines",
    "finnish": "Finland", "french": "France", "georgian": "Georgia", "german": "Germany", "ghanaian": "Ghana",
    "greek": "Greece", "guatemalan": "Guatemala", "haitian": "Haiti", "honduran": "Honduras",
    "hungarian": "Hungary", "icelandic": "Iceland", "indian": "India", "indonesian": "Indonesia",
    "iranian": "Iran", "iraqi": "Iraq", "irish": "Ireland", "israeli": "Israel", "italian": "Italy",
    "ivorian": "Ivory Coast", "jamaican": "Jamaica", "japanese": "Japan", "jordanian": "Jordan",
    "kazakh": "Kazakhstan", "kenyan": "Kenya", "korean": "Korea", "kuwaiti": "Kuwait", "kyrgyz": "Kyrgyzstan",
    "latvian": "Latvia", "lebanese": "Lebanon", "libyan": "Libya", "lithuanian": "Lithuania",
    "malaysian": "Malaysia", "malian": "Mali", "maltese": "Malta", "mexican": "Mexico", "moldovan": "Moldova",
    "mongolian": "Mongolia", "montenegrin": "Montenegro", "moroccan": "Morocco", "mozambican": "Mozambique",
    "namibian": "Namibia", "nepalese": "Nepal", "nepali": "Nepal", "nicaraguan": "Nicaragua",
    "nigerian": "Nigeria", "nigerien": "Niger", "norwegian": "Norway", "omani": "Oman", "pakistani": "Pakistan",
    "palestinian": "Palestine", "panamanian": "Panama", "paraguayan": "Paraguay", "peruvian": "Peru",
    "polish": "Poland", "portuguese": "Portugal", "qatari": "Qatar", "romanian": "Romania", "russian": "Russia",
    "rwandan": "Rwanda", "saudi": "Saudi Arabia", "senegalese": "Senegal", "serbian": "Serbia",
    "singaporean": "Singapore", "slovak": "Slovakia", "slovenian": "Slovenia", "somali": "Somalia",
    "south african": "South Africa", "south korean": "South Korea", "north korean": "North Korea",
    "spanish": "Spain", "sri lankan": "Sri Lanka", "sudanese": "Sudan", "swedish": "Sweden", "swiss": "Switzerland",
    "syrian": "Syria", "taiwanese": "Taiwan", "tajik": "Tajikistan", "tanzanian": "Tanzania", "thai": "Thailand",
    "tunisian": "Tunisia", "turkish": "Turkey", "turkmen": "Turkmenistan", "ugandan": "Uganda",
    "ukrainian": "Ukraine", "uruguayan": "Uruguay", "uzbek": "Uzbekistan", "venezuelan": "Venezuela",
    "vietnamese": "Vietnam", "yemeni": "Yemen", "zambian": "Zambia", "zimbabwean": "Zimbabwe",
    "soviet": "Soviet Union", "english": "England", "scottish": "Scotland", "welsh": "Wales",
}
# other names a country goes by, to find it among the article's entities
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "United States": ("United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "America"),
    "United Kingdom": ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    "Russia": ("Russia", "Russian Federation"),
    "China": ("China", "People's Republic of China", "PRC"),
    "Netherlands": ("Netherlands", "Holland"),
    "Turkey": ("Turkey", "Türkiye"),
    "Czech Republic": ("Czech Republic", "Czechia"),
    "Ivory Coast": ("Ivory Coast", "Côte d'Ivoire"),
    "Myanmar": ("Myanmar", "Burma"),
}
COUNTRY_NAMES = frozenset(
    alias.lower() for country in NATIONALITY_COUNTRY.values() for alias in (country, *COUNTRY_ALIASES.get(country, ()))
)


def country_names(country: str) -> tuple[str, ...]:
    """All the names ``country`` goes by (its own name first)."""
    return COUNTRY_ALIASES.get(country, (country,))

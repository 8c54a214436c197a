"""Closed-class words for events: trigger lexicons, light verbs, and the cues of an event's status.

Event types are coarse and general (ACE/ERE-like): meeting, travel, visit, commemoration, seizure,
discovery, statement, attack, death, arrest, agreement, election, resignation, appointment,
protest, legal, release, launch. Nothing here is specific to one article.
"""

from __future__ import annotations

# verb lemma -> event type
VERB_EVENTS: dict[str, str] = {
    # movement
    "arrive": "travel", "travel": "travel", "fly": "travel", "land": "travel", "depart": "travel",
    "return": "travel", "flee": "travel", "evacuate": "travel",
    # visits
    "visit": "visit", "tour": "visit", "explore": "visit", "inspect": "visit",
    # meetings
    "meet": "meeting", "negotiate": "meeting", "confer": "meeting", "convene": "meeting",
    # commemoration
    "commemorate": "commemoration", "mourn": "commemoration", "honor": "commemoration",
    "honour": "commemoration",
    # seizures and finds (see AUTHORITY_NOUNS for discover/find)
    "seize": "seizure", "confiscate": "seizure", "intercept": "seizure", "impound": "seizure",
    "discover": "discovery", "uncover": "discovery",
    # violence
    "attack": "attack", "strike": "attack", "bomb": "attack", "shell": "attack", "invade": "attack",
    "shoot": "attack", "raid": "attack", "storm": "attack", "assault": "attack",
    "kill": "death", "die": "death", "murder": "death", "assassinate": "death", "execute": "death",
    "injure": "injury", "wound": "injury",
    # justice
    "arrest": "arrest", "detain": "arrest", "capture": "arrest", "charge": "legal", "indict": "legal",
    "sentence": "legal", "convict": "legal", "sue": "legal", "acquit": "legal", "extradite": "legal",
    "release": "release", "free": "release",
    # politics
    "sign": "agreement", "agree": "agreement", "ratify": "agreement",
    "elect": "election", "vote": "election", "reelect": "election", "re-elect": "election",
    "resign": "resignation", "quit": "resignation", "appoint": "appointment", "nominate": "appointment",
    "fire": "dismissal", "dismiss": "dismissal", "oust": "dismissal", "sack": "dismissal",
    "sanction": "sanction", "ban": "sanction", "suspend": "sanction",
    "protest": "protest", "march": "protest", "rally": "protest",
    "announce": "statement", "interview": "statement",
    "launch": "launch",
    # disasters and accidents
    "crash": "accident", "collapse": "accident", "explode": "attack", "erupt": "disaster",
    "flood": "disaster", "burn": "disaster", "damage": "damage", "destroy": "damage",
    # crime
    "rob": "crime", "steal": "crime", "hijack": "crime", "kidnap": "crime", "abduct": "crime",
    "stab": "attack", "hang": "death", "escape": "escape", "rescue": "rescue",
    "accuse": "legal", "plead": "legal", "investigate": "investigation",
    # business
    "acquire": "acquisition", "merge": "acquisition",
    # contests
    "win": "contest", "beat": "contest", "defeat": "contest", "clinch": "contest", "score": "contest",
    "lose": "contest",
    # health
    "hospitalize": "injury",
}

# noun lemma -> event type ("press conference" is looked up by its last word)
NOUN_EVENTS: dict[str, str] = {
    "meeting": "meeting", "summit": "meeting", "talk": "meeting", "negotiation": "meeting",
    "discussion": "meeting", "conference": "meeting", "session": "meeting", "encounter": "meeting",
    "trip": "travel", "journey": "travel", "arrival": "travel", "departure": "travel",
    "visit": "visit", "tour": "visit",
    "ceremony": "commemoration", "commemoration": "commemoration",
    "funeral": "commemoration", "tribute": "commemoration",
    "seizure": "seizure", "raid": "attack", "attack": "attack", "strike": "attack", "airstrike": "attack",
    "bombing": "attack", "shelling": "attack", "invasion": "attack", "assault": "attack",
    "shooting": "attack", "explosion": "attack",
    "killing": "death", "death": "death", "murder": "death", "assassination": "death",
    "arrest": "arrest", "detention": "arrest",
    "trial": "legal", "indictment": "legal", "hearing": "legal",
    "election": "election", "vote": "election", "referendum": "election", "ballot": "election",
    "resignation": "resignation", "appointment": "appointment",
    "protest": "protest", "rally": "protest", "demonstration": "protest",
    "interview": "statement", "announcement": "statement", "speech": "statement", "briefing": "statement",
    "launch": "launch",
    "fire": "disaster", "blaze": "disaster", "earthquake": "disaster", "quake": "disaster",
    "flood": "disaster", "hurricane": "disaster", "storm": "disaster", "tsunami": "disaster",
    "wildfire": "disaster", "eruption": "disaster", "crash": "accident", "collapse": "accident",
    "robbery": "crime", "heist": "crime", "theft": "crime", "arson": "crime", "burglary": "crime",
    "kidnapping": "crime", "hijacking": "crime", "riot": "protest", "stabbing": "attack",
    "investigation": "investigation", "probe": "investigation", "inquiry": "investigation",
    "acquisition": "acquisition", "merger": "acquisition", "takeover": "acquisition", "layoff": "layoff",
    "victory": "contest", "defeat": "contest", "win": "contest", "rescue": "rescue", "escape": "escape",
    "execution": "death", "injury": "injury", "evacuation": "travel", "surgery": "treatment",
    "damage": "damage", "outage": "outage", "suspension": "sanction",
}
# "press conference", "news conference": statement, not meeting
NOUN_COMPOUNDS: dict[tuple[str, str], str] = {
    ("press", "conference"): "statement", ("news", "conference"): "statement",
    ("press", "briefing"): "statement", ("peace", "talk"): "meeting",
}
# plural-only readings: "talks" is a meeting, "talk" mostly is not
PLURAL_ONLY_NOUNS = {"talk", "negotiation"}

# verb + object collocations whose object makes the event: "pay tribute", "lay flowers"
COLLOCATIONS: dict[tuple[str, str], str] = {
    ("pay", "tribute"): "commemoration", ("pay", "respect"): "commemoration",
    ("pay", "homage"): "commemoration", ("lay", "flower"): "commemoration",
    ("lay", "wreath"): "commemoration", ("hold", "talk"): "meeting",
    ("open", "fire"): "attack", ("cast", "ballot"): "election", ("fire", "shot"): "attack",
    ("fire", "missile"): "attack", ("fire", "rocket"): "attack", ("fire", "round"): "attack",
}
# verbs that are events only with this particle: "lay off", "check into"
PARTICLE_VERBS: dict[tuple[str, str], str] = {
    ("lay", "off"): "layoff", ("check", "into"): "treatment",
    ("set", "off"): "attack", ("blow", "up"): "attack", ("shut", "down"): "closure",
}
# "release" and "free" report a release only of people (``events._release_kind``)
RELEASE_VERBS = {"release", "free"}
# nouns for people held and let go
RELEASED_PEOPLE = {
    "hostage", "prisoner", "detainee", "captive", "inmate", "suspect", "man", "woman", "people", "person",
    "child", "boy", "girl", "journalist", "reporter", "soldier", "citizen", "national", "worker", "activist",
    "student", "passenger", "crew", "migrant", "defendant", "protester", "dissident", "american", "israeli",
    "palestinian", "captor", "survivor", "patient", "victim", "teen", "teenager", "mother", "father",
    "fugitive", "escapee", "convict", "militant", "fighter", "rebel", "judge", "official", "leader", "commander",
}
PERSON_PRONOUNS = {"him", "her", "them", "he", "she", "they", "me", "us", "i", "we", "who", "whom",
                   "those", "others", "many", "most", "several", "some", "all", "someone", "anyone",
                   "everyone", "somebody", "anybody", "nobody"}
# nouns that measure what comes after their "of" ("two minutes of footage", "dozens of prisoners")
MEASURE_NOUNS = {"minute", "second", "hour", "page", "dozen", "hundred", "thousand", "batch", "set", "series",
                 "group", "number", "part", "portion", "trove", "cache", "copy"}
# what is made public when "released": a release of these is a statement
PUBLISHED_THINGS = {
    "statement", "report", "data", "figure", "video", "footage", "document", "file", "record", "information",
    "guidance", "warning", "poll", "result", "name", "detail", "transcript", "letter", "memo", "photo",
    "image", "recording", "audio", "plan", "proposal", "budget", "list", "findings", "study", "survey",
    "analysis", "estimate", "forecast", "guideline", "rule", "policy", "details", "numbers", "update",
    "datum", "nomination",
}

# verbs that only carry an event noun: "hold a press conference", "take part in the summit"
LIGHT_VERBS = {"hold", "have", "give", "stage", "conduct", "host", "attend", "organize", "organise",
               "convene", "make", "take", "pay", "lay", "call", "join", "plan", "schedule"}

# families of types whose mentions may refer to one event ("Putin's trip" after "Putin arrived")
TYPE_FAMILIES: dict[str, str] = {"travel": "travel", "visit": "travel", "meeting": "meeting"}

# nouns under which "discover" / "find" mean a seizure: officials find contraband
AUTHORITY_NOUNS = {
    "official", "police", "officer", "authority", "customs", "agent", "investigator", "guard",
    "soldier", "troop", "inspector", "prosecutor", "coastguard", "navy", "army", "force", "detective",
}

# verbs of telling someone to do something: "were told Monday to return", "urged residents to evacuate"
REQUEST_VERBS = {"tell", "order", "ask", "urge", "call", "instruct", "direct", "advise", "encourage", "invite",
                 "warn", "require", "allow", "permit", "authorize", "beg", "press", "push", "request"}

# verbs whose event subject happens when they do: "The meeting is scheduled to take place at 3 p.m."
HAPPENING_VERBS = {"take", "happen", "occur", "begin", "start", "open", "resume", "schedule", "set", "slate",
                   "plan", "hold", "be", "come", "kick", "convene", "unfold", "conclude", "end", "close", "wrap"}

# verbs that make their xcomp planned or scheduled: "is set to tour", "is scheduled to take place"
PLANNED_HEADS = {"set", "plan", "intend", "aim", "expect", "hope", "want", "seek", "prepare", "go",
                 "propose", "vow", "pledge", "promise", "threaten", "decide", "agree", "due", "likely", "poised",
                 "try", "attempt", "wish", "offer", "forecast", "predict"}
# verbs of what something turns into: "weaken into a tropical storm", "escalate into a war"
CHANGE_VERBS = {"intensify", "strengthen", "weaken", "grow", "diminish", "turn", "develop", "upgrade",
                "downgrade", "escalate", "evolve"}
# verbs whose passive makes an event noun expected, not yet happened: "storms are expected in Texas"
FORECAST_VERBS = {"expect", "forecast", "predict", "project", "anticipate"}
SCHEDULED_HEADS = {"schedule", "slate", "due", "anticipate"}
PLANNED_MODIFIERS = {"planned", "proposed", "possible", "potential", "subsequent", "future", "next",
                     "follow-up", "prospective", "upcoming", "forthcoming", "expected"}
SCHEDULED_MODIFIERS = {"scheduled", "anticipated", "upcoming", "forthcoming", "slated", "expected"}
PLAN_NOUNS = {"plan", "proposal", "prospect", "idea", "possibility", "hope", "invitation", "offer"}
FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "gonna"}
# modals of what may, could or should happen: no fact that it did ("it could strike", "can score 40")
MODAL_AUX = {"can", "ca", "could", "may", "might", "would", "should", "must", "ought"}
CONDITION_MARKS = {"if", "unless"}

SPEECH_VERBS = {
    "say", "tell", "state", "claim", "report", "allege", "note", "add", "insist", "argue", "believe",
    "suggest", "mention", "write", "explain", "warn", "assert", "acknowledge", "admit", "deny",
    "think", "confirm",
}

# modifiers that make an event noun a new event, not a reference back: "a second meeting"
NEW_EVENT_MODIFIERS = {"another", "second", "third", "new", "next", "subsequent", "further",
                       "other", "follow-up", "separate", "first"}
ANAPHORIC_DETS = {"the", "this", "that", "these", "those"}

PLACE_TYPES = {"GPE", "LOC", "FAC"}
PLACE_PREPS = {"in", "at", "to", "into", "inside", "near", "outside", "on"}
PARTICIPANT_PREPS = {"with", "between", "among", "involving", "including", "alongside"}

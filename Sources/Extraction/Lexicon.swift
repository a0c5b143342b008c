import ClaimModel

/// The word lists extraction reasons with: number words, casualty triggers, victim nouns, non-victim units.
///
/// All entries are lowercase; tokens are compared by their ``Token/lower`` text.
enum Lexicon {
    // MARK: Numbers

    static let units: WordMap<Int> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordMap<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: WordMap<Int> = ["hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000]

    /// Ordinals that, after "a" ("wounded a third"), count one more victim.
    static let ordinals: WordSet = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    static let months: WordSet = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    // MARK: Casualty words

    /// Verb forms that take the victims as object: "killed nine soldiers", "injuring 23".
    static let activeVerbs: WordMap<CasualtyCategory> = [
        "kill": .killed, "kills": .killed, "killed": .killed, "killing": .killed,
        "slew": .killed, "slays": .killed, "slaying": .killed, "massacred": .killed, "massacring": .killed,
        "murdered": .killed, "murdering": .killed, "executed": .killed, "executing": .killed,
        "beheaded": .killed, "beheading": .killed, "slaughtered": .killed, "slaughtering": .killed,
        "wound": .wounded, "wounds": .wounded, "wounded": .wounded, "wounding": .wounded,
        "injure": .wounded, "injures": .wounded, "injured": .wounded, "injuring": .wounded,
        "hurt": .wounded, "hurting": .wounded, "maimed": .wounded,
        "kidnap": .captured, "kidnaps": .captured, "kidnapped": .captured, "kidnapping": .captured,
        "abduct": .captured, "abducts": .captured, "abducted": .captured, "abducting": .captured,
        "capture": .captured, "captures": .captured, "captured": .captured, "capturing": .captured,
    ]

    /// Words after the victims that state their fate: "nine soldiers were killed", "12 dead", "15 missing".
    static let predicates: WordMap<CasualtyCategory> = [
        "killed": .killed, "dead": .killed, "died": .killed, "die": .killed, "dies": .killed, "perished": .killed,
        "slain": .killed, "murdered": .killed, "executed": .killed, "beheaded": .killed, "drowned": .killed,
        "massacred": .killed, "lynched": .killed, "burned": .killed, "slaughtered": .killed,
        "wounded": .wounded, "injured": .wounded, "hurt": .wounded, "hospitalized": .wounded, "hospitalised": .wounded,
        "maimed": .wounded,
        "missing": .missing, "unaccounted": .missing,
        "kidnapped": .captured, "abducted": .captured, "captured": .captured, "hostage": .captured,
        "hostages": .captured, "captive": .captured,
    ]

    /// Head nouns that are themselves the count of a category: "46 deaths", "19 bodies", "three hostages".
    static let categoryNouns: WordMap<CasualtyCategory> = [
        "dead": .killed, "deaths": .killed, "bodies": .killed, "corpses": .killed, "fatalities": .killed,
        "lives": .killed, "killed": .killed, "body": .killed, "corpse": .killed, "death": .killed,
        "wounded": .wounded, "injured": .wounded, "injuries": .wounded,
        "hostages": .captured, "captives": .captured, "abductees": .captured, "hostage": .captured,
        "missing": .missing, "patients": .wounded,
    ]

    /// Nouns whose "of" names the victims: "the deaths of five soldiers", "the bodies of six victims".
    static let ofNouns: WordMap<CasualtyCategory> = [
        "death": .killed, "deaths": .killed, "killing": .killed, "killings": .killed, "murder": .killed,
        "murders": .killed, "bodies": .killed, "lives": .killed, "massacre": .killed, "execution": .killed,
        "remains": .killed, "corpses": .killed,
        "kidnapping": .captured, "abduction": .captured, "kidnappings": .captured, "abductions": .captured,
        "capture": .captured,
    ]

    /// Words that may stand between the victims and their fate: "were also reportedly killed".
    static let auxiliaries: WordSet = [
        "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "also", "reportedly", "later",
        "all", "allegedly", "confirmed", "reported", "believed", "feared", "thought", "presumed", "still", "now",
        "to", "subsequently", "eventually", "apparently", "initially", "officially", "already", "just",
        "originally", "known", "said", "either", "both", "each", "seriously", "critically", "slightly", "badly",
        "fatally", "mortally", "gravely", "severely", "since", "then", "instantly", "immediately", "who", "that",
        "got", "left", "lay", "remain", "remained", "remains", "listed", "as", "counted", "declared", "pronounced",
        "likely", "probably", "among", "currently", "held", "shot", "taken", "being", "may", "might",
    ]

    /// Words that end the search for what a number counts: the victims' phrase cannot run past them.
    static let phraseStops: WordSet = [
        "and", "or", "but", "in", "on", "at", "of", "from", "by", "with", "for", "to", "into", "near", "during",
        "after", "before", "when", "while", "as", "since", "who", "which", "that", "were", "was", "are", "is", "have",
        "has", "had", "been", "be", "said", "says", "say", "told", "including", "among", "according", "across",
        "inside", "outside", "under", "over", "than", "about", "last", "this", "next", "early", "late", "earlier",
        "later", "yesterday", "today", "tonight", "also", "reportedly", "still", "all",
        "whom", "whose", "where", "if", "so", "because", "although", "though", "amid", "against", "between", "through",
        "throughout", "within", "without", "following", "per", "each", "a", "an", "the", "some", "not", "no",
        "allegedly", "now", "then", "will", "would", "could", "may", "might", "can", "'s",
    ]

    /// Nouns that make a number something other than a count of people.
    static let nonVictimNouns: WordSet = [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "second", "seconds", "decade", "decades", "century", "centuries", "time", "times",
        "km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters", "feet",
        "foot", "yards", "inches", "kg", "kilograms", "pounds", "lbs", "tons", "tonnes", "litres", "gallons",
        "percent", "per", "%", "dollars", "euros", "rupees", "naira", "cents", "usd", "million", "billion",
        "vehicles", "vehicle", "cars", "trucks", "tanks", "buses", "drones", "aircraft", "planes", "jets",
        "helicopters", "ships", "boats", "attacks", "attack", "bombs", "bombings", "blasts", "explosions",
        "rockets", "missiles", "shells", "mortars", "rounds", "shots", "grenades", "mines", "weapons", "guns",
        "rifles", "houses", "homes", "buildings", "villages", "towns", "cities", "districts", "provinces",
        "countries", "states", "regions", "camps", "schools", "hospitals", "shops", "stalls", "checkpoints",
        "bases", "posts", "positions", "incidents", "cases", "raids", "airstrikes", "strikes", "operations",
        "clashes", "battles", "points", "votes", "seats", "pages", "storeys", "stories", "floors", "acres",
        "hectares", "squadrons", "battalions", "brigades", "divisions", "units", "companies", "groups",
        "projects", "reports", "calls", "flights", "trains", "coaches", "carriages", "cattle", "cows", "goats",
        "animals", "head", "families", "households", "tents", "members'", "bullets", "hostilities", "suspects",
        "arrests", "people's", "a.m.", "p.m.", "am", "pm", "gmt", "bn", "mn", "mph", "degrees", "kms", "sq",
        "degree", "nations", "rounds", "sorties", "targets", "kilos", "kilo",
    ]

    /// Singular nouns for one person, so "a soldier was killed" counts 1 and "a bomb killed" does not.
    static let personNouns: WordSet = [
        "person", "man", "woman", "child", "boy", "girl", "baby", "infant", "toddler", "teenager", "youth", "civilian",
        "soldier", "trooper", "marine", "sailor", "airman", "serviceman", "servicewoman", "officer", "policeman",
        "policewoman", "cop", "guard", "bodyguard", "commander", "chief", "leader", "official", "governor",
        "member", "journalist", "reporter", "photographer", "cameraman", "worker", "employee", "contractor",
        "staffer", "interpreter", "translator", "engineer", "student", "teacher", "doctor", "nurse", "medic",
        "farmer", "villager", "resident", "fighter", "militant", "insurgent", "rebel", "jihadist", "pilot",
        "driver", "passenger", "attendant", "priest", "pastor", "imam", "cleric", "monk", "nun", "judge",
        "lawyer", "politician", "lawmaker", "mayor", "minister", "director", "ambassador", "diplomat",
        "commissioner", "councillor", "councilor", "senator", "prosecutor", "envoy", "spokesman", "spokeswoman",
        "activist", "volunteer", "paramedic", "firefighter", "ranger",
        "tourist", "pilgrim", "worshipper", "shopkeeper", "vendor", "merchant", "trader", "businessman",
        "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "relative", "victim",
        "butcher", "baker", "tailor", "shepherd", "labourer", "laborer", "cook", "mechanic", "porter", "cleaner", "barber",
        "carpenter", "bystander", "pedestrian", "motorist", "cyclist", "mourner", "guest", "customer", "spectator",
        "professor", "lecturer", "surgeon", "pharmacist", "warden", "schoolboy", "schoolgirl", "grandmother", "grandfather",
        "nephew", "niece", "cousin", "uncle", "aunt", "neighbour", "neighbor", "activist", "blogger", "writer", "poet",
        "artist", "musician", "singer", "actor", "actress", "rescuer", "conservationist",
        "volunteer", "paramedic", "firefighter", "aid", "peacekeeper", "gendarme", "constable", "sergeant",
        "lieutenant", "captain", "colonel", "general", "major", "private", "corporal", "commando", "recruit",
        "security", "elder", "tribesman", "miner", "fisherman", "herder", "protester", "demonstrator", "detainee",
        "prisoner", "inmate", "migrant", "refugee", "patient", "spokesman", "agent", "ranger", "militiaman",
        "auxiliary", "lawman", "deputy", "crew", "crewman", "seaman",
    ]

    /// Plural nouns for people (role and victim hints).
    static let militaryNouns: WordSet = [
        "soldier", "soldiers", "troops", "trooper", "troopers", "marine", "marines", "sailors", "airmen",
        "servicemen", "service", "members", "commandos", "paratroopers", "army", "military", "personnel",
        "peacekeepers", "guardsmen", "officers", "recruits", "auxiliaries", "forces", "sergeant", "private",
        "corporal", "lieutenant", "captain", "colonel", "general", "commando", "peacekeeper", "sailor", "airman",
        "serviceman", "gendarmes", "gendarme", "militiamen", "militia", "vdp",
    ]
    static let policeNouns: WordSet = [
        "police", "policemen", "policeman", "policewoman", "policewomen", "officers", "officer", "cops", "cop",
        "constables", "guards", "bodyguards", "guard", "bodyguard", "patrolmen", "lawmen",
    ]
    static let militantNouns: WordSet = [
        "militants", "militant", "insurgents", "insurgent", "rebels", "rebel", "fighters", "fighter", "jihadists",
        "jihadist", "gunmen", "gunman", "attackers", "attacker", "bombers", "bomber", "extremists", "extremist",
        "terrorists", "terrorist", "guerrillas", "guerrilla", "separatists", "kidnappers", "assailants",
        "members",
    ]
    static let civilianNouns: WordSet = [
        "civilians", "civilian", "people", "persons", "person", "children", "child", "women", "woman", "men", "man",
        "boys", "girls", "boy", "girl", "students", "student", "villagers", "residents", "passengers", "pilgrims",
        "worshippers", "workers", "farmers", "journalists", "journalist", "infants", "babies", "toddler",
        "teachers", "shoppers", "tourists", "protesters", "demonstrators", "family", "relatives", "victims",
        "schoolchildren", "miners", "fishermen", "engineer", "worker", "villager", "mother", "staffer", "crew",
    ]

    /// Words after which a number is an attacker count or a difference, not victims.
    static let agentMarkers: WordSet = ["by"]

    /// Words before a number that deny or suppose it.
    static let negations: WordSet = ["no", "not", "none", "zero", "without", "nor", "never"]
    static let hypotheticals: WordSet = ["if", "would", "could", "might", "unless", "whether", "threatened", "threatening", "vowed", "plan", "planned", "aim", "aimed", "try", "tried", "attempt", "attempted"]

    /// Words after the victims that say they were freed, survived or fled: no casualty.
    static let reversals: WordSet = [
        "released", "freed", "escaped", "rescued", "evacuated", "displaced", "survived", "returned", "fled",
        "reunited", "found", "recovered", "arrested", "detained", "deployed", "sent", "stationed", "homeless", "affected",
    ]

    /// Clause-level words that make a figure a running total.
    static let cumulativeMarkers: WordSet = [
        "since", "so far", "to date", "so-far", "total", "totalled", "overall", "cumulative", "monthly", "annual",
        "throughout", "weekly",
    ]
}

/// Word lists the analysis tests single tokens against, built once (an array literal in a hot
/// path would allocate, fill and free an array of strings on every call). Named after their first words.
enum Words {
    static let dozenHundredThousand: WordSet = ["dozen", "hundred", "thousand"]
    static let hisHerTheir: WordSet = ["his", "her", "their"]
    static let afterListedVictim: WordSet = [",", "and", ".", ";", ")", "--", "of", "for", "from", "in", "at"]
    static let wereAreHave: WordSet = ["were", "are", "have"]
    static let themWhomTheEtc: WordSet = ["them", "whom", "the", "those"]
    static let wasHasHadEtc: WordSet = ["was", "has", "had", "is"]
    static let unitedStatesOrKingdom: WordSet = ["u.s.", "us", "uk", "u.k."]
    static let themWhomUsEtc: WordSet = ["them", "whom", "us", "those", "these"]
    static let theItsTheirEtc: WordSet = ["the", "its", "their", "his", "her", "our", "those", "these"]
    static let deadKilledWoundedEtc: WordSet = ["dead", "killed", "wounded", "injured", "missing"]
    static let woundedInjuredDeadEtc: WordSet = ["wounded", "injured", "dead", "killed", "missing"]
    static let killedWoundedInjuredEtc: WordSet = ["killed", "wounded", "injured", "missing"]
    static let agedAgeAges: WordSet = ["aged", "age", "ages"]
    static let dayWeekMonthEtc: WordSet = ["day", "week", "month", "year", "hour"]
    static let tollTopsKillEtc: WordSet = ["toll", "tops", "kill", "leaves", "left", "claims", "including", "with", "and", "to", "at", "of"]
    static let overMoreNearlyEtc: WordSet = ["over", "more", "nearly", "almost", "about", "around", "some", "least", "than", "to", "up", "another", "all", "only", "just"]
    static let casualtiesCasualty: WordSet = ["casualties", "casualty"]
    static let toAt: WordSet = ["to", "at"]
    static let isWasUp: WordSet = ["is", "was", "up"]
    static let themWhom: WordSet = ["them", "whom"]
    static let wereAreWasEtc: WordSet = ["were", "are", "was", "is"]
    static let aAnTheEtc: WordSet = ["a", "an", "the", "another", "at"]
    static let claimedClaimClaimsEtc: WordSet = ["claimed", "claim", "claims", "claiming", "lost", "cost", "costing", "took", "taken", "take", "takes"]
    static let lostWere: WordSet = ["lost", "were"]
    static let listConnectors: WordSet = [",", "and", "--", ":", "(", "plus", "-", "as"]
    static let wereWasAreEtc: WordSet = ["were", "was", "are", "is", "have", "has", "had"]
    static let andAsTheEtc: WordSet = ["and", "as", "the", "a", "an"]
    static let whoThatAsEtc: WordSet = ["who", "that", "as", "the", "to", "said"]
    static let hisTheirItsEtc: WordSet = ["his", "their", "its", "our", "her"]
    static let moreNearlyAboutEtc: WordSet = ["more", "nearly", "about", "some", "around", "over"]
    static let dieKill: WordSet = ["die", "kill"]
    static let sacrificedLostGave: WordSet = ["sacrificed", "lost", "gave"]
    static let beforeTriggeredCount: WordSet = ["also", "a", "further", "another", "an", "additional", "the", "its", "their", "his", "her", "all", "more", "reportedly", "at", "least", "dead", "and"]
    static let takenTookTakeEtc: WordSet = ["taken", "took", "take", "takes", "taking", "holding", "held", "holds"]
    static let prisonerPrisonersHostageEtc: WordSet = ["prisoner", "prisoners", "hostage", "hostages", "captive", "captives"]
    static let killingWoundingInjuring: WordSet = ["killing", "wounding", "injuring"]
    static let killWoundInjureEtc: WordSet = ["kill", "wound", "injure", "kidnap", "abduct", "capture", "hurt"]
    static let theItsTheir: WordSet = ["the", "its", "their"]
    static let claimedClaimingClaimEtc: WordSet = ["claimed", "claiming", "claim", "claims", "took", "cost"]
    static let claimedClaimingClaims: WordSet = ["claimed", "claiming", "claims"]
    static let toAtAs: WordSet = ["to", "at", "as"]
    static let numberCountTotal: WordSet = ["number", "count", "total"]
    static let injuryInjuriesWoundedEtc: WordSet = ["injury", "injuries", "wounded", "injured"]
    static let tollTallyCountEtc: WordSet = ["toll", "tally", "count", "number", "total", "figure", "estimate", "estimates"]
    static let toAtWasEtc: WordSet = ["to", "at", "was", "is", "of", "reached", "hit", "stood", "topped", "surpassed", "passed", "exceeded", "rose", "as", "were"]
    static let numberTollTotalEtc: WordSet = ["number", "toll", "total", "count"]
    static let lateEarlyOnEtc: WordSet = ["late", "early", "on", "last"]
    static let nightMorningEveningEtc: WordSet = ["night", "morning", "evening", "afternoon"]
    static let pastLastPreviousEtc: WordSet = ["past", "last", "previous", "first"]
    static let theInOverEtc: WordSet = ["the", "in", "over", "during", "within"]
    static let inOverDuringEtc: WordSet = ["in", "over", "during", "within"]
    static let monthYear: WordSet = ["month", "year"]
    static let andIncludingAccordingEtc: WordSet = ["and", "including", "according", "said"]
    static let inDuringForEtc: WordSet = ["in", "during", "for", "through", "throughout"]
    static let throughoutMonthlyAnnuallyEtc: WordSet = ["throughout", "monthly", "annually", "overall"]
    static let warConflictInsurgencyEtc: WordSet = ["war", "conflict", "insurgency", "fighting", "year", "uprising", "offensive"]
    static let whoWhichThatEtc: WordSet = ["who", "which", "that", "and"]
    static let wereWasBeenEtc: WordSet = ["were", "was", "been", "is", "are", "the"]
    static let thatAndButEtc: WordSet = ["that", "and", "but", "as", "which", "who", "when", "while", "officials'"]
    static let theAllBothEtc: WordSet = ["the", "all", "both", "each", "those"]
    static let thatOnInEtc: WordSet = ["that", "on", "in", "who", "and"]
    static let burkinaCongoLanka: WordSet = ["burkina", "congo", "lanka"]
    static let dollarPoundEuroEtc: WordSet = [
        "$", "£", "€", "no.", "no", "number", "route", "flight", "channel", "article", "resolution", "chapter",
        "page", "section", "room", "phase", "us$", "rs", "rs.", "usd", "sh", "ksh", "#", "nos.",
    ]
    static let whoWhichThatSaidEtc: WordSet = [
        "who", "which", "that", "said", "says", "when", "after", "as", "while", "but", "because", "since", "if", ";", ":", ".", "\"",
    ]
    static let figureTollCountEtc: WordSet = [
        "figure", "toll", "count", "estimate", "total", "tally", "reported", "estimated", "given",
        "earlier", "previous", "initial", "original", "first", "revised", "official", "the", "a", "an",
    ]
    static let aAnTheHisEtc: WordSet = [
        "a", "an", "the", "his", "her", "their", "its", "at", "more", "nearly", "almost", "up", "over", "about", "some", "dozens",
        "scores", "hundreds", "thousands", "several", "another", "two", "many", "civilians", "people", "soldiers", "police",
        "policemen", "troops", "children", "women", "members", "militants",
    ]
    static let theAAnQuoteEtc: WordSet = ["the", "a", "an", "\"", "'"]
    /// The last word of every qualifier ``NumberReading`` reads before a number ("at least", "more than", "nearly").
    static let qualifierLastWords: WordSet = [
        "least", "than", "excess", "of", "as", "to", "under", "over", "tops", "topped", "exceeded", "surpassed", "exceeds",
        "surpasses", "top", "nearly", "almost", "about", "around", "approximately", "roughly", "some", "estimated", "approx",
    ]
    static let talibanIsilAlshababEtc: WordSet = ["Taliban", "ISIL", "al-Shabab", "Boko Haram", "NATO", "Hamas", "Hezbollah", "United States"]
}

import ClaimModel

/// A casualty count found in one sentence, before it becomes a ``Claim``.
struct Mention: Sendable {
    var phrase: NumberPhrase
    var category: CasualtyCategory
    /// Token range of the victims' noun phrase ("Turkish soldiers"), if named.
    var victim: Range<Int>?
    /// First and last token of the claim's own phrase.
    var spanFirst: Int
    var spanLast: Int
    /// Introduced as a part of an earlier count: "including 33", "among them", "of whom".
    var isPart = false
    /// Index (in the sentence's mentions) of the count this one is part of, when known here.
    var container: Int?
    /// A running figure: "the toll rose to 60", "brought to 190 the number".
    var isToll = false
}

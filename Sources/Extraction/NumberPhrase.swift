/// A count as written in a sentence, with its qualifier turned into bounds.
///
/// Bounds convention (the interchange invariant `low ≤ value ≤ high` always holds):
/// "at least 10" → 10, low 10; "more than 80" → value 81, low 81; "nearly 100" → value 99, high 99;
/// "up to 30" → 30, high 30; "about 20" → 20, no bounds; "15-20" → 15, low 15, high 20; exact → all equal.
struct NumberPhrase: Sendable {
    /// Token index where the phrase begins, qualifier included.
    var first: Int
    /// Token index of the first token of the number itself.
    var numberFirst: Int
    /// Token index of the last token of the number (range end included).
    var last: Int
    var value: Int
    var low: Int?
    var high: Int?
    /// "a soldier", "another": one victim named by an article, not a numeral.
    var isIndefinite = false
    /// "dozens", "hundreds": a vague quantity word.
    var isVague = false
}

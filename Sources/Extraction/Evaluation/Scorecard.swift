import ClaimModel

/// Extraction scored against gold annotations, by the matching rules of ``ClaimMatching``.
///
/// - Precision, recall and F1 are mention-level over typed predictions (see ``ClaimMatching``);
///   precision is `nil` with no predictions, recall `nil` with no gold claims, and F1 is 0 when either is 0.
/// - Number recall is the fraction of gold claims for which some prediction, typed or not, has an
///   accepted value and a span within `window` code points of the evidence (overlap counts as 0).
/// - Scope and party accuracy are over matched pairs whose prediction states the field; parties
///   compare trimmed and case-folded, an empty party being none.
public struct Scorecard: Sendable, Hashable {
    /// Counts of one category, or of all.
    public struct Counts: Sendable, Hashable {
        public var matched = 0
        public var predicted = 0
        public var gold = 0

        public init(matched: Int = 0, predicted: Int = 0, gold: Int = 0) {
            self.matched = matched
            self.predicted = predicted
            self.gold = gold
        }

        public var precision: Double? { predicted > 0 ? Double(matched) / Double(predicted) : nil }
        public var recall: Double? { gold > 0 ? Double(matched) / Double(gold) : nil }
        public var f1: Double? {
            if let p = precision, let r = recall, p > 0, r > 0 { return 2 * p * r / (p + r) }
            return predicted > 0 || gold > 0 ? 0 : nil
        }
    }

    public var documents = 0
    public var overall = Counts()
    public var untypedPredictions = 0
    public var perCategory: [CasualtyCategory: Counts] = [:]
    public var numbersFound = 0
    public var scopeCorrect = 0
    public var scopeCompared = 0
    public var partyCorrect = 0
    public var partyCompared = 0
    /// The number-recall window, in code points.
    public let window: Int

    /// The four categories gold claims use, in the scorer's order.
    public static let categories: [CasualtyCategory] = [.killed, .wounded, .missing, .captured]

    public init(window: Int = 20) {
        self.window = window
        for c in Self.categories { perCategory[c] = Counts() }
    }

    public var numberRecall: Double? { overall.gold > 0 ? Double(numbersFound) / Double(overall.gold) : nil }
    public var scopeAccuracy: Double? { scopeCompared > 0 ? Double(scopeCorrect) / Double(scopeCompared) : nil }
    public var partyAccuracy: Double? { partyCompared > 0 ? Double(partyCorrect) / Double(partyCompared) : nil }

    /// Adds one gold document and the predictions made for it.
    public mutating func record(gold: [GoldClaim], predictions: [ScoredPrediction]) {
        documents += 1
        let typed = predictions.filter { $0.category != nil }
        overall.gold += gold.count
        overall.predicted += typed.count
        untypedPredictions += predictions.count - typed.count
        for claim in gold { perCategory[claim.category, default: Counts()].gold += 1 }
        for prediction in typed { perCategory[prediction.category!, default: Counts()].predicted += 1 }
        let pairs = ClaimMatching.pairs(gold: gold, predictions: typed)
        overall.matched += pairs.count
        for (g, p) in pairs {
            let claim = gold[g], prediction = typed[p]
            perCategory[claim.category, default: Counts()].matched += 1
            if let scope = prediction.scope {
                scopeCompared += 1
                if scope == claim.scope { scopeCorrect += 1 }
            }
            if let party = prediction.party {
                partyCompared += 1
                if Self.normalizedParty(party) == Self.normalizedParty(claim.party) { partyCorrect += 1 }
            }
        }
        for claim in gold where predictions.contains(where: { claim.accepts($0.value) && claim.gap(to: $0) <= window }) {
            numbersFound += 1
        }
    }

    private static func normalizedParty(_ party: String?) -> String? {
        let trimmed = (party ?? "").trimmingSpaces().lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension String {
    /// Without leading and trailing whitespace (Python's `str.strip()`).
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

import ClaimModel

/// One annotated claim of a gold document (the gold-annotation schema: value, low, high, category, evidence, …), reduced to
/// what scoring reads.
public struct GoldClaim: Sendable, Hashable {
    /// The number as written ("more than 80" keeps 80).
    public var value: Int
    /// Bounds the wording allows; `nil` when open.
    public var low: Int?
    public var high: Int?
    public var category: CasualtyCategory
    public var scope: ClaimScope?
    public var party: String?
    /// Where the evidence string lies in the document, in Unicode code points.
    public var span: Range<Int>

    public init(value: Int, low: Int? = nil, high: Int? = nil, category: CasualtyCategory, scope: ClaimScope? = nil,
                party: String? = nil, span: Range<Int>) {
        self.value = value
        self.low = low
        self.high = high
        self.category = category
        self.scope = scope
        self.party = party
        self.span = span
    }

    /// Whether a predicted figure matches: equal to the value, inside both bounds, or on the one
    /// bound a one-sided qualifier gives ("more than 80": low 81 accepts 81), so a tool that keeps
    /// `low ≤ value ≤ high` scores the same as one that keeps the number as written.
    public func accepts(_ predicted: Int) -> Bool {
        if predicted == value { return true }
        if let low, let high { return low <= predicted && predicted <= high }
        return predicted == low || predicted == high
    }

    /// Characters between a predicted span and the evidence span; 0 when they overlap or the prediction has no span.
    func gap(to prediction: ScoredPrediction) -> Int {
        guard let start = prediction.start, let end = prediction.end else { return 0 }
        return max(span.lowerBound - end, start - span.upperBound, 0)
    }

    /// Code-point ranges of evidence strings in `text`: the k-th claim quoting the same string takes
    /// its k-th occurrence (occurrences may overlap). `nil` for an evidence string that is not in the text.
    public static func spans(of evidence: [String], in text: String) -> [Range<Int>?] {
        let haystack = Array(text.unicodeScalars)
        var taken: [String: Int] = [:]
        return evidence.map { quote in
            let needle = Array(quote.unicodeScalars)
            var position = -1
            for _ in 0...taken[quote, default: 0] {
                guard let next = firstIndex(of: needle, in: haystack, from: position + 1) else { break }
                position = next
            }
            taken[quote, default: 0] += 1
            return position < 0 ? nil : position..<(position + needle.count)
        }
    }

    /// Scalar-by-scalar search, so canonically equivalent but differently encoded text does not match
    /// (the scorer compares code points).
    private static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], from start: Int) -> Int? {
        guard start <= haystack.count else { return nil }
        if needle.isEmpty { return start }
        guard haystack.count - start >= needle.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] {
                var k = 1
                while k < needle.count && haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

/// What scoring reads of one predicted claim.
public struct ScoredPrediction: Sendable, Hashable {
    public var value: Int
    /// `nil` for a figure without one of the four gold categories (a combined "casualties" figure):
    /// it counts for number recall only.
    public var category: CasualtyCategory?
    public var start: Int?
    public var end: Int?
    /// Whether the prediction states these fields at all (a claim always does).
    public var scope: ClaimScope??
    public var party: String??

    public init(value: Int, category: CasualtyCategory?, start: Int? = nil, end: Int? = nil,
                scope: ClaimScope?? = .none, party: String?? = .none) {
        self.value = value
        self.category = category
        self.start = start
        self.end = end
        self.scope = scope
        self.party = party
    }

    /// An extracted claim as the scorer sees it.
    public init(_ claim: Claim) {
        self.init(value: claim.value, category: claim.category == .casualties ? nil : claim.category,
                  start: claim.start, end: claim.end, scope: .some(claim.scope), party: .some(claim.party))
    }
}

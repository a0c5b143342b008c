import ClaimModel

/// The running totals one source gives for one party, category and region, in order.
public struct Series: Sendable, Hashable {
    /// What a series is about.
    public struct Key: Sendable, Hashable, Comparable {
        public var source: SourceName
        public var party: String
        public var category: CasualtyCategory
        public var region: String
        /// Whose deaths are counted: role and subgroup (see ``Normalized/victimGroup(of:)``).
        public var victimGroup: String
        /// When the count starts (the series start): totals "since 8 July" and "since 1 July" are different series.
        public var startDay: Int?

        public static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.party, lhs.category.rawValue, lhs.region, lhs.victimGroup, lhs.source.key, lhs.startDay ?? Int.min)
                < (rhs.party, rhs.category.rawValue, rhs.region, rhs.victimGroup, rhs.source.key, rhs.startDay ?? Int.min)
        }
    }

    public var key: Key
    /// The distinct totals (restatements merged), ordered by the day they count up to, then report date.
    public var points: [Statement]

    /// The latest total of the series.
    public var latest: Statement { points.last! }
}

extension Series {
    /// Groups cumulative statements into series.
    ///
    /// A breakdown of a whole in the same region ("5 of the soldiers, by friendly fire") counts a
    /// subgroup: it forms its own series, keyed by its victim text, never the whole's.
    static func series(of statements: [Statement], byID: ClaimLookup) -> [Series] {
        let groups = Dictionary(grouping: statements.filter { $0.claim.scope == .cumulative }) { statement in
            let claim = statement.claim
            var group = statement.victimGroup
            if let whole = claim.partOf.flatMap({ byID[$0] }), whole.category == claim.category,
               Normalized.region(whole.region) == statement.regionKey {
                group += ":" + Normalized.region(claim.victim)
            }
            return Key(source: statement.source, party: claim.party ?? "", category: claim.category,
                       region: statement.regionKey, victimGroup: group,
                       startDay: claim.eventStart?.firstDay)
        }
        return groups.keys.sorted().map { key in
            Series(key: key, points: groups[key]!.sorted(by: Self.chronological))
        }
    }

    /// Orders by the day counted up to, then the report date, then the figure.
    static func chronological(_ lhs: Statement, _ rhs: Statement) -> Bool {
        (lhs.asOf ?? Int.min, lhs.lastReported, lhs.claim.value, lhs.claim.id)
            < (rhs.asOf ?? Int.min, rhs.lastReported, rhs.claim.value, rhs.claim.id)
    }
}

/// Text normalisations used to compare claims' labels.
enum Normalized {
    /// A region as a comparison key: lower case, punctuation folded.
    static func region(_ text: String?) -> String {
        guard let text else { return "" }
        return text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
    }

    /// Whose deaths a figure counts, as a comparison key `ROLE/SUBGROUP`: the role (`unknown`
    /// when not stated) and a subgroup named in the victim text (children, women, foreigners),
    /// else `all`. Totals of different groups are different quantities and are never compared.
    static func victimGroup(of claim: Claim) -> String {
        "\(claim.role?.rawValue ?? VictimRole.unknown.rawValue)/\(subgroup(of: claim.victim))"
    }

    /// `children`, `women`, `foreigners` or `all`.
    static func subgroup(of victim: String?) -> String {
        guard var victim = victim?.lowercased() else { return "all" }
        // "Palestinians, including seven women and children" counts all Palestinians.
        for marker in ["includ", "among", "(", ", most", " most"] {
            if let cut = victim.range(of: marker) { victim = String(victim[..<cut.lowerBound]) }
        }
        if victim.contains("child") || victim.contains("minor") || victim.contains("toddler") || victim.contains("boys")
            || victim.contains("girls") { return "children" }
        if victim.contains("women") || victim.contains("woman") { return "women" }
        if victim.contains("foreign") { return "foreigners" }
        return "all"
    }
}

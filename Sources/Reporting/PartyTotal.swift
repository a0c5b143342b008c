import ClaimModel

/// The figure a dataset supports for one party, category and scope, and how it was reached.
///
/// Incident figures are added up once each: restatements (`same_as`) and parts of another
/// incident claim (`part_of`) are left out of the sum, since their whole already counts them.
/// Running totals are never added to each other: the figure is the latest one reported
/// (by report date, then the larger figure on the same day).
public struct PartyTotal: Sendable, Hashable {
    /// Groups claims by party, category and scope.
    public struct Key: Sendable, Hashable, Comparable {
        public var party: String
        public var category: CasualtyCategory
        public var scope: ClaimScope

        public static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.party, lhs.category, lhs.scope) < (rhs.party, rhs.category, rhs.scope)
        }
    }

    public var key: Key
    /// The total: a sum of incidents, or the latest running total.
    public var value: Int
    /// The claims that make up ``value``.
    public var countedClaims: [String]
    /// The claims of the group left out of ``value``, each with the reason.
    public var excludedClaims: [(id: String, reason: String)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.key == rhs.key && lhs.value == rhs.value && lhs.countedClaims == rhs.countedClaims
            && lhs.excludedClaims.map(\.id) == rhs.excludedClaims.map(\.id)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(key); hasher.combine(value) }

    /// Label used for claims that name no party.
    public static let unnamedParty = "(party not stated)"

    /// One total per party, category and scope present in `claims`, sorted by key.
    public static func totals(of claims: [Claim]) -> [PartyTotal] {
        let byId = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let groups = Dictionary(grouping: claims) { claim in
            Key(party: claim.party ?? unnamedParty, category: claim.category, scope: claim.scope)
        }
        return groups.keys.sorted().map { key in
            let members = groups[key]!
            return key.scope == .incident
                ? incidentTotal(key: key, members: members, byId: byId)
                : runningTotal(key: key, members: members)
        }
    }

    private static func incidentTotal(key: Key, members: [Claim], byId: [String: Claim]) -> PartyTotal {
        var counted: [String] = []
        var excluded: [(id: String, reason: String)] = []
        var sum = 0
        for claim in members {
            if let original = claim.sameAs {
                excluded.append((claim.id, "restates \(original)"))
            } else if let whole = claim.partOf.flatMap({ byId[$0] }), whole.scope == .incident, whole.category == claim.category {
                excluded.append((claim.id, "part of incident \(whole.id)"))
            } else {
                counted.append(claim.id)
                sum += claim.value
            }
        }
        return PartyTotal(key: key, value: sum, countedClaims: counted, excludedClaims: excluded)
    }

    private static func runningTotal(key: Key, members: [Claim]) -> PartyTotal {
        let latest = members.max { lhs, rhs in
            (lhs.reportDate?.lastDay ?? Int.min, lhs.value) < (rhs.reportDate?.lastDay ?? Int.min, rhs.value)
        }!
        let excluded = members.filter { $0.id != latest.id }.map { claim in
            (id: claim.id, reason: claim.sameAs.map { "restates \($0)" } ?? "earlier or smaller running total than \(latest.id)")
        }
        return PartyTotal(key: key, value: latest.value, countedClaims: [latest.id], excludedClaims: excluded)
    }
}

import ClaimModel

/// One fact as stated: a claim together with every restatement of it (`same_as` chains).
///
/// Restatements are merged, never added: a wire story reprinted by ten outlets is one statement.
public struct Statement: Sendable, Hashable {
    /// The first claim of the chain (earliest report), which stands for the statement.
    public var claim: Claim
    /// The restating claims, in report order.
    public var restatements: [Claim]
    public var source: SourceName
    /// The claim's region as a comparison key (``Normalized/region(_:)``).
    var regionKey: String
    /// The claim's victim group as a comparison key (``Normalized/victimGroup(of:)``).
    var victimGroup: String
    /// The claim's victim subgroup (``Normalized/subgroup(of:)``).
    var subgroup: String

    init(claim: Claim, restatements: [Claim], source: SourceName) {
        self.init(claim: claim, restatements: restatements, source: source, regionKey: Normalized.region(claim.region),
                  victimGroup: Normalized.victimGroup(of: claim), subgroup: Normalized.subgroup(of: claim.victim))
    }

    init(claim: Claim, restatements: [Claim], source: SourceName, regionKey: String, victimGroup: String, subgroup: String) {
        self.claim = claim
        self.restatements = restatements
        self.source = source
        self.regionKey = regionKey
        self.victimGroup = victimGroup
        self.subgroup = subgroup
    }

    /// Every claim id of the statement, the representative first.
    public var claimIDs: [String] { [claim.id] + restatements.map(\.id) }

    /// The day the figure was last reported.
    public var lastReported: Int {
        ([claim] + restatements).compactMap { $0.reportDate?.lastDay }.max() ?? Int.min
    }

    /// The day the figure counts up to: the event end, else the report date.
    public var asOf: Int? { claim.eventEnd?.lastDay ?? claim.reportDate?.lastDay }
}

extension Statement {
    /// Groups claims into statements by their `same_as` links (transitively).
    ///
    /// - Complexity: O(n α(n)) for the links, plus sorting each chain.
    static func statements(of claims: [Claim]) -> [Statement] {
        var sets = DisjointSets(count: claims.count)
        let position = Dictionary(claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, claim) in claims.enumerated() {
            guard let target = claim.sameAs.flatMap({ position[$0] }) else { continue }
            sets.union(index, target)
        }
        // Most claims restate nothing and are restated by nothing: only chains of two or more
        // get a member list. A chain's root is its smallest index, so roots come in input order.
        let roots = claims.indices.map { sets.root($0) }
        var sizes = [Int](repeating: 0, count: claims.count)
        for root in roots { sizes[root] += 1 }
        var chains: [Int: [Claim]] = [:]
        for index in claims.indices where sizes[roots[index]] > 1 { chains[roots[index], default: []].append(claims[index]) }
        let order = claims.indices.filter { roots[$0] == $0 }
        // Labels repeat across a dataset ("people", "Gaza Strip", "Health Ministry"): normalise each once.
        var sources: [String: SourceName] = [:]
        var regions: [String: String] = [:]
        var victims: [String: (group: String, subgroup: String)] = [:]
        return order.map { chain in
            let members = chains[chain] ?? [claims[chain]]
            // The representative is the claim the others point at: the one with no same_as, else the first.
            let lead = members.first { $0.sameAs == nil } ?? members[0]
            let rest = members.count == 1 ? [] : members.filter { $0.id != lead.id }
            let sourceText = lead.source ?? ""
            let source = sources[sourceText] ?? SourceName(lead.source)
            sources[sourceText] = source
            let regionText = lead.region ?? ""
            let region = regions[regionText] ?? Normalized.region(lead.region)
            regions[regionText] = region
            let victimKey = "\(lead.role?.rawValue ?? "")|\(lead.victim ?? "")"
            let victim = victims[victimKey] ?? (Normalized.victimGroup(of: lead), Normalized.subgroup(of: lead.victim))
            victims[victimKey] = victim
            return Statement(claim: lead, restatements: rest, source: source, regionKey: region,
                             victimGroup: victim.group, subgroup: victim.subgroup)
        }
    }
}

import ClaimModel

/// One fact as stated: a claim together with every restatement of it (`same_as` chains).
///
/// Restatements are merged, never added: a wire story reprinted by ten outlets is one statement.
///
/// Immutable, and a class so that the many incidents, series and rules holding a statement
/// share it rather than copy its fields (a large dataset has a million statements); equality
/// and hashing are those of its contents.
public final class Statement: Sendable, Hashable {
    /// The first claim of the chain (earliest report), which stands for the statement.
    public let claim: Claim
    /// The restating claims, in report order.
    public let restatements: [Claim]
    public let source: SourceName
    /// The claim's region as a comparison key (``Normalized/region(_:)``).
    let regionKey: String
    /// The claim's victim group as a comparison key (``Normalized/victimGroup(of:)``).
    let victimGroup: String
    /// The claim's victim subgroup (``Normalized/subgroup(of:)``).
    let subgroup: String
    /// Labels as small integers, the same for equal labels within one dataset, so that the
    /// pairwise comparisons of reconciliation compare numbers.
    let labels: Labels

    init(claim: Claim, restatements: [Claim], source: SourceName, regionKey: String, victimGroup: String, subgroup: String,
         labels: Labels) {
        self.claim = claim
        self.restatements = restatements
        self.source = source
        self.regionKey = regionKey
        self.victimGroup = victimGroup
        self.subgroup = subgroup
        self.labels = labels
    }

    public static func == (lhs: Statement, rhs: Statement) -> Bool {
        lhs === rhs || (lhs.claim == rhs.claim && lhs.restatements == rhs.restatements && lhs.source == rhs.source)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(claim)
        hasher.combine(restatements)
    }

    /// Interned labels of a statement (see ``Statement/labels``).
    struct Labels: Sendable, Hashable {
        /// The region key.
        var region: Int
        var party: Int
        /// The source's key.
        var source: Int
    }

    /// Every claim id of the statement, the representative first.
    public var claimIDs: [String] { restatements.isEmpty ? [claim.id] : [claim.id] + restatements.map(\.id) }

    /// The day the figure was last reported.
    public var lastReported: Int {
        var latest = claim.reportDate?.lastDay ?? Int.min
        for restatement in restatements { latest = max(latest, restatement.reportDate?.lastDay ?? Int.min) }
        return latest
    }

    /// The day the figure counts up to: the event end, else the report date.
    public var asOf: Int? { claim.eventEnd?.lastDay ?? claim.reportDate?.lastDay }
}

extension Statement {
    /// Groups claims into statements by their `same_as` links (transitively); `positions` gives
    /// each claim id's place in `claims`.
    ///
    /// - Complexity: O(n α(n)) for the links, plus sorting each chain.
    static func statements(of claims: [Claim], positions position: ClaimPositions) -> [Statement] {
        var sets = DisjointSets(count: claims.count)
        for (index, claim) in claims.enumerated() {
            guard let target = claim.sameAs.flatMap({ position[$0] }) else { continue }
            sets.union(index, target)
        }
        // Most claims restate nothing and are restated by nothing: only chains of two or more
        // get a member list. A chain's root is its smallest index, so roots come in input order.
        let roots = claims.indices.map { sets.root($0) }
        var sizes = [Int](repeating: 0, count: claims.count)
        for root in roots { sizes[root] += 1 }
        // The members of the chains, grouped by root (ascending) and in input order within one:
        // walked alongside the roots below.
        var chainMembers: [(root: Int, index: Int)] = []
        for index in claims.indices where sizes[roots[index]] > 1 { chainMembers.append((roots[index], index)) }
        chainMembers.sort { ($0.root, $0.index) < ($1.root, $1.index) }
        var cursor = 0
        let order = claims.indices.filter { roots[$0] == $0 }
        // Labels repeat across a dataset: normalise each distinct one once.
        var sources = LabelMemo<String, SourceName>()
        var regions = LabelMemo<String, (key: String, id: Int)>()
        var regionIDs = Interner<String>()
        var parties = Interner<String>()
        var sourceIDs = Interner<String>()
        struct Victim: Hashable { var role: VictimRole?, victim: String? }
        var victims = LabelMemo<Victim, (group: String, subgroup: String)>()
        return order.map { chain in
            // The representative is the claim the others point at: the one with no same_as, else the first.
            let lead: Claim
            let rest: [Claim]
            if sizes[chain] > 1 {
                let members = chainMembers[cursor..<cursor + sizes[chain]].map { claims[$0.index] }
                cursor += sizes[chain]
                lead = members.first { $0.sameAs == nil } ?? members[0]
                rest = members.filter { $0.id != lead.id }
            } else {
                (lead, rest) = (claims[chain], [])
            }
            let source = sources.value(for: lead.source ?? "") { SourceName(lead.source) }
            let region = regions.value(for: lead.region ?? "") {
                let key = Normalized.region(lead.region)
                return (key, regionIDs.id(key))
            }
            let victim = victims.value(for: Victim(role: lead.role, victim: lead.victim)) {
                (Normalized.victimGroup(of: lead), Normalized.subgroup(of: lead.victim))
            }
            let labels = Labels(region: region.id, party: parties.id(lead.party ?? ""), source: sourceIDs.id(source.key))
            return Statement(claim: lead, restatements: rest, source: source, regionKey: region.key,
                             victimGroup: victim.group, subgroup: victim.subgroup, labels: labels)
        }
    }
}

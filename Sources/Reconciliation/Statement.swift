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
        var chains: [Int: [Claim]] = [:]
        var order: [Int] = []
        for index in claims.indices {
            let chain = sets.root(index)
            if chains[chain] == nil { order.append(chain) }
            chains[chain, default: []].append(claims[index])
        }
        return order.map { chain in
            let members = chains[chain]!
            // The representative is the claim the others point at: the one with no same_as, else the first.
            let lead = members.first { $0.sameAs == nil } ?? members[0]
            let rest = members.filter { $0.id != lead.id }
            return Statement(claim: lead, restatements: rest, source: SourceName(lead.source))
        }
    }
}

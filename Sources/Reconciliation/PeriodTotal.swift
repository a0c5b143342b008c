import ClaimModel

/// What the dataset supports for one party and category over the whole period it covers.
///
/// Two figures, never added together: the sum of the distinct incidents (best, low and high
/// under the policy) and the latest running total any source gives. Their difference is the
/// residual: deaths in the running total not attributed to any known incident.
public struct PeriodTotal: Sendable, Hashable {
    public var party: String?
    public var category: CasualtyCategory
    /// Number of distinct incidents.
    public var incidentCount: Int
    public var best: Int
    public var low: Int
    public var high: Int
    /// The latest running total (the one counting up to the latest day; the larger on ties).
    public var runningTotal: Statement?

    /// Running total minus the best sum of incidents, when there is a running total.
    public var residual: Int? { runningTotal.map { $0.claim.value - best } }

    static func totals(in context: ReconciliationContext) -> [PeriodTotal] {
        struct Key: Hashable, Comparable {
            var party: String
            var category: CasualtyCategory
            static func < (lhs: Key, rhs: Key) -> Bool { (lhs.party, lhs.category) < (rhs.party, rhs.category) }
        }
        var totals: [Key: PeriodTotal] = [:]
        for incident in context.incidents {
            let key = Key(party: incident.party ?? "", category: incident.category)
            var total = totals[key] ?? PeriodTotal(party: incident.party, category: incident.category,
                                                   incidentCount: 0, best: 0, low: 0, high: 0)
            total.incidentCount += 1
            total.best += incident.best
            total.low += incident.low
            total.high = total.high.addingReportingOverflow(incident.high).overflow ? Int.max : total.high + incident.high
            totals[key] = total
        }
        for series in context.series {
            let key = Key(party: series.key.party, category: series.key.category)
            var total = totals[key] ?? PeriodTotal(party: series.key.party.isEmpty ? nil : series.key.party,
                                                   category: series.key.category,
                                                   incidentCount: 0, best: 0, low: 0, high: 0)
            let candidate = series.latest
            if let current = total.runningTotal {
                if (candidate.asOf ?? Int.min, candidate.claim.value) > (current.asOf ?? Int.min, current.claim.value) {
                    total.runningTotal = candidate
                }
            } else {
                total.runningTotal = candidate
            }
            totals[key] = total
        }
        return totals.keys.sorted().map { totals[$0]! }
    }
}

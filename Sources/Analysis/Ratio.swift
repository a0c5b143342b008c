import ClaimModel
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// A party's killed-to-wounded ratio with its exact 95 % interval.
    ///
    /// Each figure is the party's period figure: its latest running total when there is one
    /// (it usually covers more than the known incidents), else the sum of its incidents' best figures.
    public struct Ratio: Sendable {
        public var party: String?
        public var killed: Int
        public var wounded: Int
        /// Where each figure comes from: `running total` or `incidents`.
        public var killedBasis: String
        public var woundedBasis: String
        public var ratio: CountRatio
        public var isImplausible: Bool
        /// The claims behind the two figures.
        public var claimIDs: [String]

        static func ratios(of dataset: ReconciledDataset, settings: StatisticsSettings) throws(GSLError) -> [Ratio] {
            let byParty = Dictionary(grouping: dataset.periodTotals.filter { $0.party != nil }) { $0.party! }
            var result: [Ratio] = []
            for party in byParty.keys.sorted() {
                let totals = byParty[party]!
                guard let killed = totals.first(where: { $0.category == .killed }),
                      let wounded = totals.first(where: { $0.category == .wounded }) else { continue }
                // Both figures on the same basis: running totals when both categories have one, else incident sums.
                let useRunning = killed.runningTotal != nil && wounded.runningTotal != nil
                let (k, kBasis, kIDs) = figure(of: killed, in: dataset, running: useRunning)
                let (w, wBasis, wIDs) = figure(of: wounded, in: dataset, running: useRunning)
                guard k > 0 || w > 0 else { continue }
                let ratio = try CountRatio(numerator: k, denominator: w)
                result.append(Ratio(party: party, killed: k, wounded: w, killedBasis: kBasis, woundedBasis: wBasis, ratio: ratio,
                                    isImplausible: ratio.isImplausible(outside: settings.plausibleRatio),
                                    claimIDs: kIDs + wIDs))
            }
            return result
        }

        static func figure(of total: PeriodTotal, in dataset: ReconciledDataset, running: Bool) -> (Int, String, [String]) {
            if running, let running = total.runningTotal { return (running.claim.value, "running total", running.claimIDs) }
            let ids = dataset.incidents.filter { $0.party == total.party && $0.category == total.category }.flatMap(\.claimIDs)
            return (total.best, "incidents", ids)
        }

        /// `stats.ratio` when the whole interval lies outside the plausible range.
        func finding(plausible: ClosedRange<Double>) -> Finding? {
            guard isImplausible, let value = ratio.ratio else { return nil }
            return Finding(
                rule: "stats.ratio", severity: .warning,
                message: "\(party ?? "(party not stated)"): \(killed) killed (\(killedBasis)) to \(wounded) wounded (\(woundedBasis)) is a ratio of "
                    + "\(Number.text(value, digits: 2)) (95 % \(Number.text(ratio.lower, digits: 2))–\(Number.text(ratio.upper, digits: 2))), "
                    + "outside the plausible \(Number.text(plausible.lowerBound, digits: 2))–\(Number.text(plausible.upperBound, digits: 2)): "
                    + "the two figures likely count different people (soldiers against civilians) or different periods, or one is outdated.",
                expected: "\(Number.text(plausible.lowerBound, digits: 2))–\(Number.text(plausible.upperBound, digits: 2))",
                observed: Number.text(value, digits: 2), claimIDs: claimIDs)
        }
    }
}

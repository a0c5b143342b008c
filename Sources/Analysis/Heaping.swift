import ClaimModel
import Reconciliation
import Statistics

extension DatasetStatistics {
    /// The heaping test over a set of figures: every claim that is not a restatement (a figure
    /// reprinted by ten outlets counts once), over the whole dataset and per source with at least
    /// ``minimumPerSource`` eligible figures.
    public struct Heaping: Sendable {
        public static let minimumPerSource = 10

        /// `nil` for all sources together.
        public var source: String?
        public var test: HeapingTest
        /// The claims whose figures end in 0 or 5.
        public var heapedClaimIDs: [String]

        static func tests(of dataset: ReconciledDataset) throws(GSLError) -> [Heaping] {
            let claims = dataset.records.map(\.claim).filter { $0.sameAs == nil }
            var result = [try heaping(of: claims, source: nil)]
            // Group by the text first (one hash per claim), then merge texts naming the same source,
            // keeping input order.
            var byText: [String: [Int]] = [:]
            for (index, claim) in claims.enumerated() { byText[claim.source ?? "", default: []].append(index) }
            var positions: [SourceName: [Int]] = [:]
            for (text, members) in byText { positions[SourceName(text), default: []] += members }
            let bySource = positions.mapValues { members in members.sorted().map { claims[$0] } }
            for source in bySource.keys.sorted() {
                let figures = bySource[source]!
                guard figures.filter({ $0.value >= HeapingTest.minimumValue }).count >= minimumPerSource else { continue }
                result.append(try heaping(of: figures, source: source.display))
            }
            return result
        }

        static func heaping(of claims: [Claim], source: String?) throws(GSLError) -> Heaping {
            Heaping(source: source, test: try HeapingTest(figures: claims.map(\.value)),
                    heapedClaimIDs: claims.filter { $0.value >= HeapingTest.minimumValue && $0.value % 5 == 0 }.map(\.id))
        }

        /// `stats.heaping` when the share of figures ending in 0 or 5 is significantly above 20 %.
        func finding(significance: Double) -> Finding? {
            guard test.isHeaped(at: significance), let share = test.share, let p = test.pValue else { return nil }
            let whose = source.map { "of \($0) " } ?? ""
            return Finding(
                rule: "stats.heaping", severity: .warning,
                message: "\(test.heapedCount) of \(test.count) figures \(whose)end in 0 or 5 (\(Number.text(100 * share, digits: 0)) %, "
                    + "20 % expected; binomial p \(Number.pValue(p))): many are rounded estimates, not counts.",
                expected: "20 %", observed: "\(Number.text(100 * share, digits: 0)) %", claimIDs: heapedClaimIDs)
        }
    }
}

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
            // One pass over the records, keeping positions: each source text is named once, and texts
            // naming the same source share its list, in input order.
            let records = dataset.records
            var all: [Int] = []
            all.reserveCapacity(records.count)
            var sourceOfText: [String: Int] = [:]
            var sourceOfName: [SourceName: Int] = [:]
            var sources: [SourceName] = []
            var members: [[Int]] = []
            for (index, record) in records.enumerated() {
                let claim = record.claim
                guard claim.sameAs == nil else { continue }
                all.append(index)
                let text = claim.source ?? ""
                let source: Int
                if let known = sourceOfText[text] {
                    source = known
                } else {
                    let name = SourceName(text)
                    if let known = sourceOfName[name] {
                        source = known
                    } else {
                        source = sources.count
                        sourceOfName[name] = source
                        sources.append(name)
                        members.append([])
                    }
                    sourceOfText[text] = source
                }
                members[source].append(index)
            }
            var result = [try heaping(of: all, in: records, source: nil)]
            for source in sources.indices.sorted(by: { sources[$0] < sources[$1] }) {
                let eligible = members[source].count(where: { records[$0].claim.value >= HeapingTest.minimumValue })
                guard eligible >= minimumPerSource else { continue }
                result.append(try heaping(of: members[source], in: records, source: sources[source].display))
            }
            return result
        }

        /// The test over the claims at `positions` of `records`.
        static func heaping(of positions: [Int], in records: [ClaimRecord], source: String?) throws(GSLError) -> Heaping {
            var figures: [Int] = []
            figures.reserveCapacity(positions.count)
            var heaped: [String] = []
            for position in positions {
                let claim = records[position].claim
                figures.append(claim.value)
                if claim.value >= HeapingTest.minimumValue && claim.value % 5 == 0 { heaped.append(claim.id) }
            }
            return Heaping(source: source, test: try HeapingTest(figures: figures), heapedClaimIDs: heaped)
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

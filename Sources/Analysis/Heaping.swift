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
            // One pass over the claims, counting as it goes (a large dataset's claims are read once
            // from memory): each source text is named once, and texts naming the same source share
            // its tally, in input order.
            struct Tally {
                var eligible = 0
                var heapedIDs: [String] = []
            }
            var all = Tally()
            var bySource: [Tally] = []
            var sourceOfText: [String: Int] = [:]
            var sourceOfName: [SourceName: Int] = [:]
            var sources: [SourceName] = []
            // Claims are read in place: copying a record would also count references to its file name,
            // which every record shares.
            let records = dataset.records
            for index in records.indices {
                let claim = records[index].claim
                guard claim.sameAs == nil else { continue }
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
                        bySource.append(Tally())
                    }
                    sourceOfText[text] = source
                }
                let value = claim.value
                guard value >= HeapingTest.minimumValue else { continue }
                all.eligible += 1
                bySource[source].eligible += 1
                guard value % 5 == 0 else { continue }
                let id = claim.id
                all.heapedIDs.append(id)
                bySource[source].heapedIDs.append(id)
            }
            func heaping(_ tally: Tally, source: String?) throws(GSLError) -> Heaping {
                Heaping(source: source, test: try HeapingTest(count: tally.eligible, heapedCount: tally.heapedIDs.count),
                        heapedClaimIDs: tally.heapedIDs)
            }
            var result = [try heaping(all, source: nil)]
            for source in sources.indices.sorted(by: { sources[$0] < sources[$1] }) where bySource[source].eligible >= minimumPerSource {
                result.append(try heaping(bySource[source], source: sources[source].display))
            }
            return result
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

import ClaimModel
import Reconciliation
import Testing

@Suite("The text summary counts every finding and lists the most severe")
struct SummaryTests {
    @Test func manyFindingsAreCountedByRuleAndTheMostSevereListed() {
        // 1,200 claims whose low bound is above the figure (errors), each restated once (info).
        var claims: [Claim] = []
        for index in 0..<1_200 {
            claims.append(Claim(id: "b\(index)", document: "d\(index)", category: .killed, value: 5, low: 9, scope: .incident,
                                source: "Health Ministry", quote: "at least 9 were killed, 5 of them"))
            claims.append(Claim(id: "r\(index)", document: "w\(index)", category: .killed, value: 5, low: 9, scope: .incident,
                                source: "Health Ministry", sameAs: "b\(index)"))
        }
        let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "claims.csv", line: $0 + 2)) }
        let text = ReconciliationSummary.text(of: Reconciler().reconcile(records))
        #expect(text.contains("  bounds.order error: 2400\n"))
        #expect(text.contains("  restatement.merged info: 1200\n"))
        #expect(text.contains("the 1000 most severe findings of 3600 (--format json lists every one):"))
        let listed = text.split(separator: "\n").filter { $0.hasPrefix("  claims.csv:") }
        #expect(listed.count == ReconciliationSummary.listLimit)
        #expect(listed.allSatisfy { $0.contains("error [bounds.order]") })
    }
}

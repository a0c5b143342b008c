import ClaimModel
import Reporting
import Testing

@Suite("The dataset report")
struct DatasetReportTests {
    private func report(_ claims: [Claim]) throws -> String {
        let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "d/claims.csv", line: $0 + 2)) }
        return try DatasetReport(name: "test", records: records).markdown()
    }

    @Test func listsEveryClaimAndTheTotalsWithIntervals() throws {
        let page = try report(PartyTotalTests.claims)
        for claim in PartyTotalTests.claims { #expect(page.contains("| \(claim.id) |")) }
        #expect(page.contains("| Turkey | killed | cumulative | 58 | 44.04–74.98 | t58 |"))
        #expect(page.contains("d/claims.csv:2"))
    }

    @Test func quotesCannotBreakTablesOrInjectMarkup() throws {
        let hostile = Claim(id: "x", category: .killed, value: 3, scope: .incident,
                            quote: "3 | killed\n<script>alert(1)</script> `code` [link](http://x)")
        let page = try report([hostile])
        let row = try #require(page.split(separator: "\n").first { $0.hasPrefix("| x |") })
        #expect(row.contains("3 \\| killed &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` \\[link\\](http://x)"))
        #expect(!page.contains("<script>"))
    }

    @Test func sameClaimsGiveTheSameBytes() throws {
        #expect(try report(PartyTotalTests.claims) == report(PartyTotalTests.claims))
    }
}

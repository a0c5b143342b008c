import ClaimModel
import Reconciliation
import Reporting
import Testing

@Suite("The dataset report")
struct DatasetReportTests {
    /// The seed story: 2 killed Wednesday, 6 wounded, 9 Syrian soldiers stated twice, 58 in the month including 33.
    static let claims = [
        Claim(id: "k2", document: "ap", reportDate: CalendarDate(iso: "2020-03-04"), eventStart: CalendarDate(iso: "2020-03-04"),
              eventEnd: CalendarDate(iso: "2020-03-04"), category: .killed, value: 2, party: "Turkey", scope: .incident,
              source: "Turkish Defence Ministry", quote: "Two more Turkish soldiers were killed Wednesday"),
        Claim(id: "s9", document: "ap", category: .killed, value: 9, party: "Syria", scope: .incident,
              quote: "nine Syrian soldiers were also killed"),
        Claim(id: "s9b", document: "ap", category: .killed, value: 9, party: "Syria", scope: .incident, sameAs: "s9",
              quote: "Turkish drone attacks near Saraqeb killed nine Syrian soldiers"),
        Claim(id: "t58", document: "ap", reportDate: CalendarDate(iso: "2020-03-04"), eventStart: CalendarDate(iso: "2020-02-04"),
              eventEnd: CalendarDate(iso: "2020-03-04"), category: .killed, value: 58, party: "Turkey", scope: .cumulative,
              quote: "have killed 58 Turkish troops in the past month"),
        Claim(id: "t33", document: "ap", reportDate: CalendarDate(iso: "2020-03-04"), eventStart: CalendarDate(iso: "2020-02-27"),
              eventEnd: CalendarDate(iso: "2020-02-27"), category: .killed, value: 33, party: "Turkey", scope: .incident,
              partOf: "t58", quote: "including 33 soldiers killed Thursday in a single airstrike"),
    ]

    private func report(_ claims: [Claim]) throws -> String {
        let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "d/claims.csv", line: $0 + 2)) }
        return try DatasetReport(name: "test", dataset: Reconciler().reconcile(records)).markdown()
    }

    @Test func headlineGivesReconciledTotalsWithIntervalsAndResidual() throws {
        let page = try report(Self.claims)
        #expect(page.contains("| Turkey | killed | 2 | 35 | 35–35 | 24.38–48.68 | 58 (t58, (unattributed)) | 23 |"))
        #expect(page.contains("| Syria | killed | 1 | 9 | 9–9 | 4.12–17.08 | – | – |"))
        #expect(page.contains("Findings: **0 errors**, 0 warnings, 2 info."))
    }

    @Test func everyClaimIsListedWithItsQuoteAndPlace() throws {
        let page = try report(Self.claims)
        for claim in Self.claims { #expect(page.contains("| \(claim.id) |")) }
        #expect(page.contains("| d/claims.csv:6 |"))
    }

    @Test func findingsQuoteTheirEvidence() throws {
        let page = try report(Self.claims)
        #expect(page.contains("- **info** `restatement.merged`: 2 mentions of the same figure (9) were merged and count once."))
        #expect(page.contains("  - s9b (d/claims.csv:4): “Turkish drone attacks near Saraqeb killed nine Syrian soldiers”"))
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
        #expect(try report(Self.claims) == report(Self.claims))
    }
}

@Suite("Links to sources")
struct SourceLinkTests {
    @Test func findingsLinkTheirQuotesToTheirPagesSafely() throws {
        let claims = [
            Claim(id: "a", document: "d1", category: .killed, value: 9, party: "Syria", scope: .incident,
                  url: "https://example.org/story?id=1&x=(2)", quote: "nine soldiers"),
            Claim(id: "b", document: "d1", category: .killed, value: 9, party: "Syria", scope: .incident, sameAs: "a",
                  url: "javascript:alert(1)", quote: "nine soldiers again"),
        ]
        let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "c.csv", line: $0 + 2)) }
        let page = try DatasetReport(name: "links", dataset: Reconciler().reconcile(records)).markdown()
        #expect(page.contains("[source](https://example.org/story?id=1&x=%282%29)"))
        #expect(!page.contains("javascript:"))
    }
}

import Analysis
import ClaimModel
import Foundation
import Reconciliation
import Reporting
import Testing

/// The whole page for a small, realistic dataset, compared byte for byte with a committed file.
///
/// Re-record on purpose only: `TALLY_RECORD_GOLDEN=1 swift test --filter GoldenReportTests`.
@Suite("Golden report")
struct GoldenReportTests {
    /// A week of a fictional but realistic conflict: a ministry's rising toll, two incidents, a
    /// restatement, a disagreement and a part.
    static let claims: [Claim] = {
        func date(_ text: String) -> CalendarDate? { CalendarDate(iso: text) }
        return [
            Claim(id: "t1", document: "wire-1", reportDate: date("2021-05-10"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-10"),
                  category: .killed, value: 20, party: "Borduria", role: .unknown, scope: .cumulative, region: "Borduria",
                  source: "Bordurian Health Ministry", quote: "The ministry said 20 people had been killed since Monday."),
            Claim(id: "i1", document: "wire-1", reportDate: date("2021-05-10"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-10"),
                  category: .killed, value: 9, party: "Borduria", role: .civilian, scope: .incident, region: "Szohod market",
                  source: "Bordurian Health Ministry", quote: "nine people were killed in a strike on Szohod market"),
            Claim(id: "i1b", document: "paper-2", reportDate: date("2021-05-11"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-10"),
                  category: .killed, value: 9, party: "Borduria", role: .civilian, scope: .incident, region: "Szohod market",
                  source: "Bordurian Health Ministry (via Daily Star)", sameAs: "i1", quote: "the strike that killed nine | at the market"),
            Claim(id: "i1c", document: "monitor-3", reportDate: date("2021-05-11"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-10"),
                  category: .killed, value: 12, party: "Borduria", role: .civilian, scope: .incident, region: "Szohod market",
                  source: "Rights monitor", quote: "a monitor counted 12 dead <b>at</b> the market"),
            Claim(id: "k1", document: "monitor-3", reportDate: date("2021-05-11"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-10"),
                  category: .killed, value: 4, victim: "children", party: "Borduria", role: .civilian, scope: .incident,
                  region: "Szohod market", source: "Rights monitor", partOf: "i1c", quote: "including four children"),
            Claim(id: "t2", document: "wire-4", reportDate: date("2021-05-12"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-12"),
                  category: .killed, value: 31, party: "Borduria", role: .unknown, scope: .cumulative, region: "Borduria",
                  source: "Bordurian Health Ministry", quote: "The toll rose to 31, the ministry said."),
            Claim(id: "t3", document: "wire-5", reportDate: date("2021-05-13"), eventStart: date("2021-05-10"), eventEnd: date("2021-05-13"),
                  category: .killed, value: 30, party: "Borduria", role: .unknown, scope: .cumulative, region: "Borduria",
                  source: "Bordurian Health Ministry", quote: "The ministry put the toll at 30."),
        ]
    }()

    @Test func theReportMatchesTheGoldenFile() throws {
        let records = Self.claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "week/claims.csv", line: $0 + 2)) }
        let reconciled = Reconciler().reconcile(records)
        let statistics = try DatasetStatistics(dataset: reconciled)
        let page = try DatasetReport(name: "golden-week", dataset: reconciled.addingFindings(of: statistics),
                                     statistics: statistics).markdown()
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/golden-week.md")
        if ProcessInfo.processInfo.environment["TALLY_RECORD_GOLDEN"] != nil {
            try Data(page.utf8).write(to: golden)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(page == expected, "the report changed; if on purpose, re-record with TALLY_RECORD_GOLDEN=1")
    }
}

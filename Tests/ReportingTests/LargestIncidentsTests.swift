import ClaimModel
import Reconciliation
@testable import Reporting
import Testing

@Suite("The largest incidents of a report")
struct LargestIncidentsTests {
    /// Many incidents with few distinct figures, so that the cut falls among ties broken by id.
    @Test func theyAreThoseOfAFullSortByFigureThenId() {
        let claims = (0..<120).map { index in
            let date = CalendarDate(dayNumber: 18_000 + index)
            return Claim(id: "c\(119 - index)", document: "d\(index)", reportDate: date, eventStart: date, eventEnd: date,
                         category: .killed, value: 1 + index % 7, party: "Ruritania", scope: .incident,
                         region: "village \(index)", source: "Ministry")
        }
        let records = claims.enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "c.csv", line: $0 + 2)) }
        let incidents = Reconciler().reconcile(records).incidents
        for count in [1, 5, 17, 18, 40, 119] {
            let expected = incidents.sorted { ($0.best, $1.id) > ($1.best, $0.id) }.prefix(count).map(\.id)
            #expect(Set(DatasetReport.largest(count, of: incidents).map(\.id)) == Set(expected))
            #expect(DatasetReport.largest(count, of: incidents).count == count)
        }
    }
}

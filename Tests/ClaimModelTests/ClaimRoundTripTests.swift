import ClaimModel
import Testing

@Suite("Claim files: JSON Lines and CSV carry the same claims")
struct ClaimRoundTripTests {
    static let claims: [Claim] = [
        Claim(id: "c1", document: "ap-0304", reportDate: CalendarDate(iso: "2020-03-04"),
              eventStart: CalendarDate(iso: "2020-02-04"), eventEnd: CalendarDate(iso: "2020-03-04"),
              category: .killed, value: 58, low: 58, high: 58, victim: "Turkish troops", party: "Turkey",
              role: .military, scope: .cumulative, period: "in the past month", region: "Idlib",
              url: "https://example.org/a?b=1,2",
              quote: "Clashes \"between\" forces have killed 58 Turkish troops in the past month,\nincluding 33 soldiers",
              start: 10, end: 99),
        Claim(id: "c2", document: "ap-0304", category: .killed, value: 33, victim: "soldiers", party: "Turkey",
              scope: .incident, partOf: "c1", quote: "including 33 soldiers killed Thursday"),
        Claim(id: "c3", category: .casualties, value: 5122, low: 5000, scope: .cumulative,
              source: "UN mission, Kabul", quote: " leading space, trailing tab\t|pipe| and emoji 🇸🇾 "),
        Claim(id: "c4", reportDate: CalendarDate(iso: "2015-05"), category: .missing, value: 0, high: 10,
              role: .unknown, scope: .incident, sameAs: "c3"),
    ]

    @Test func jsonLinesRoundTrip() throws {
        let text = ClaimJSONLines.text(of: Self.claims)
        let read = try ClaimJSONLines.records(from: Array(text.utf8), file: "x.jsonl")
        #expect(read.map(\.claim) == Self.claims)
        #expect(read.map(\.origin.line) == [1, 2, 3, 4])
    }

    @Test func csvRoundTrip() throws {
        let text = ClaimCSV.text(of: Self.claims)
        let read = try ClaimCSV.records(from: Array(text.utf8), file: "x.csv")
        #expect(read.map(\.claim) == Self.claims)
        // The first claim's quote spans two physical lines, so the next record starts on line 4.
        #expect(read.map(\.origin.line) == [2, 4, 5, 6])
    }

    @Test func jsonLinesToCSVAndBack() throws {
        let fromJSON = try ClaimJSONLines.records(from: Array(ClaimJSONLines.text(of: Self.claims).utf8), file: "a.jsonl")
        let csv = ClaimCSV.text(of: fromJSON.map(\.claim))
        let fromCSV = try ClaimCSV.records(from: Array(csv.utf8), file: "b.csv")
        #expect(ClaimJSONLines.text(of: fromCSV.map(\.claim)) == ClaimJSONLines.text(of: Self.claims))
    }

    @Test func csvAcceptsAliasesAnyColumnOrderBOMAndCRLF() throws {
        let text = "\u{FEFF}value,scope,report_id,category,event_date_start,event_date_end\r\n"
            + "12,incident,r-1,Wounded,2014-07-08,2014-07-09\r\n\r\n"
            + "3,cumulative,r-2,killed,,\r\n"
        let read = try ClaimCSV.records(from: Array(text.utf8), file: "t.csv")
        #expect(read.count == 2)
        #expect(read[0].claim.id == "r-1")
        #expect(read[0].claim.category == .wounded)
        #expect(read[0].claim.eventStart == CalendarDate(iso: "2014-07-08"))
        #expect(read[0].claim.eventEnd == CalendarDate(iso: "2014-07-09"))
        #expect(read[1].claim.value == 3)
        #expect(read[1].origin.line == 4)
        #expect(read[1].claim.eventStart == nil)
    }
}

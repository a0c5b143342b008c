import ClaimModel
import Reporting
import Testing

@Suite("Totals add each incident once and never add running totals")
struct PartyTotalTests {
    /// The seed story: 2 killed Wednesday, 6 wounded, 9 Syrian soldiers stated twice, 58 in the month including 33.
    static let claims = [
        Claim(id: "k2", category: .killed, value: 2, party: "Turkey", scope: .incident),
        Claim(id: "w6", category: .wounded, value: 6, party: "Turkey", scope: .incident),
        Claim(id: "s9", category: .killed, value: 9, party: "Syria", scope: .incident),
        Claim(id: "s9b", category: .killed, value: 9, party: "Syria", scope: .incident, sameAs: "s9"),
        Claim(id: "t58", reportDate: CalendarDate(iso: "2020-03-04"), category: .killed, value: 58, party: "Turkey", scope: .cumulative),
        Claim(id: "t33", category: .killed, value: 33, party: "Turkey", scope: .incident, partOf: "t58"),
        Claim(id: "t54", reportDate: CalendarDate(iso: "2020-03-01"), category: .killed, value: 54, party: "Turkey", scope: .cumulative),
    ]

    @Test func restatementsCountOnceAndRunningTotalsTakeTheLatest() {
        let totals = PartyTotal.totals(of: Self.claims)
        let figures = Dictionary(uniqueKeysWithValues: totals.map { ("\($0.key.party) \($0.key.category) \($0.key.scope)", $0.value) })
        #expect(figures == [
            "Syria killed incident": 9,
            "Turkey killed incident": 35,
            "Turkey killed cumulative": 58,
            "Turkey wounded incident": 6,
        ])
        let syria = totals.first { $0.key.party == "Syria" }!
        #expect(syria.excludedClaims.map(\.id) == ["s9b"])
        let running = totals.first { $0.key.scope == .cumulative }!
        #expect(running.excludedClaims.map(\.id) == ["t54"])
    }

    @Test func aPartOfAnotherIncidentIsNotAddedTwice() {
        let claims = [
            Claim(id: "all", category: .killed, value: 20, party: "Iraq", scope: .incident),
            Claim(id: "kids", category: .killed, value: 7, party: "Iraq", scope: .incident, partOf: "all"),
        ]
        #expect(PartyTotal.totals(of: claims).map(\.value) == [20])
    }
}

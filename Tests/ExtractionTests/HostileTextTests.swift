import ClaimModel
import Testing
import Extraction

/// Regression tests for text found by fuzzing (issue 8): no trap, and every claim keeps the
/// interchange invariants 0 ≤ low ≤ value ≤ high ≤ ``Claim/largestCount``, so that what `tally extract`
/// writes, `tally reconcile` reads.
@Suite("Hostile text: extraction never traps and never writes an unreadable claim")
struct HostileTextTests {
    private func claims(_ text: String) -> [Claim] {
        [VagueProfile.tally, .acled].flatMap {
            Extractor(profile: $0).claims(in: Document(id: "t", text: text, published: CalendarDate(iso: "2020-03-04")))
        }
    }

    @Test(arguments: [
        "999999999999 billion people were killed.",  // digits × scale overflowed
        "99999999999999999999.5 billion people were killed.",  // a decimal × scale beyond Int
        "Twelve dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen dozen people were killed.",
        "A hundred hundred hundred hundred hundred hundred hundred hundred hundred hundred people were killed.",
        "Nine hundred billion billion billion billion billion people were killed.",
        "Nearly zero people were killed; fewer than 0 were wounded; close to 0 died.",  // value − 1 went below 0
    ])
    func hugeOrDegenerateNumbersGiveValidClaims(text: String) {
        for claim in claims(text) {
            #expect(claim.value >= 0 && claim.value <= Claim.largestCount, "\(claim.value) from \(text)")
            #expect((claim.low ?? 0) >= 0 && (claim.low ?? 0) <= claim.value, "low \(claim.low ?? -1) from \(text)")
            #expect((claim.high ?? claim.value) >= claim.value, "high \(claim.high ?? -1) from \(text)")
        }
    }

    @Test func aFigureAboveTenBillionIsNotACount() {
        #expect(claims("Twenty billion people were killed.").isEmpty)
        #expect(claims("Two billion people were killed.").map(\.value) == [2_000_000_000, 2_000_000_000])
    }
}

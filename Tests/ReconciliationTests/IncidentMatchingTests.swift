import ClaimModel
import Reconciliation
import Testing

@Suite("Which reports describe the same incident")
struct IncidentMatchingTests {
    private func incidents(_ claims: [Claim]) -> [[String]] {
        Reconciler().reconcile(records(claims)).incidents.map(\.claimIDs).sorted { $0[0] < $1[0] }
    }

    @Test func closeFiguresFromTwoSidesAreOneIncident() {
        // The army says 13 soldiers died in the battle, the other side claims 14, a day apart.
        let found = incidents([
            claim("army", 13, party: "Israel", doc: "a", reported: "2014-07-20", from: "2014-07-19", to: "2014-07-20",
                  region: "Shuja'iyya, Gaza City", source: "Israel Defense Forces"),
            claim("rival", 14, party: "Israel", doc: "b", reported: "2015-07-20", from: "2014-07-20",
                  region: "Shuja'iyya, Gaza City", source: "Hamas"),
        ])
        #expect(found == [["army", "rival"]])
    }

    @Test func rivalCountsOfTheSameDayAreOneIncidentButDifferentThingsAreNot() {
        let found = incidents([
            claim("officials", 70, party: "Palestinian", doc: "a", reported: "2014-08-01", from: "2014-08-01", region: "Rafah",
                  source: "Gaza officials"),
            claim("paper", 130, party: "Palestinian", low: 130, high: 150, doc: "b", reported: "2014-08-03", from: "2014-08-01",
                  region: "Rafah", source: "Haaretz"),
            claim("one", 1, party: "Israel", doc: "c", reported: "2014-08-01", from: "2014-08-01", region: "Rafah", source: "IDF"),
            claim("five", 5, party: "Israel", doc: "d", reported: "2014-08-02", from: "2014-08-01", region: "Rafah", source: "NBC News"),
        ])
        #expect(found == [["five"], ["officials", "paper"], ["one"]])
    }

    @Test func aPlaceInsideAnotherMatchesButTwoPlacesDoNot() {
        let found = incidents([
            claim("city", 12, party: "Azerbaijan", doc: "a", reported: "2020-10-17", from: "2020-10-17", region: "Ganja", source: "Prosecutor"),
            claim("district", 15, party: "Azerbaijan", doc: "b", reported: "2025-10-17", from: "2020-10-17",
                  region: "Javad Khan district, Ganja", source: "Caliber.Az"),
            claim("elsewhere", 13, party: "Azerbaijan", doc: "c", reported: "2020-10-17", from: "2020-10-17", region: "Barda",
                  source: "Prosecutor"),
        ])
        #expect(found == [["city", "district"], ["elsewhere"]])
    }

    @Test func twoFiguresOfOnePageAreTwoFactsEvenWithoutADocumentID() {
        // "14 killed overnight" and "29 killed on Wednesday" on the same page are slices, not rival counts.
        var overnight = claim("overnight", 14, party: "Palestinian", reported: "2014-07-10", from: "2014-07-09", region: "Gaza Strip")
        var wednesday = claim("wednesday", 29, party: "Palestinian", reported: "2014-07-10", from: "2014-07-09", region: "Gaza Strip")
        overnight.document = nil
        wednesday.document = nil
        overnight.url = "https://example.org/gaza-toll"
        wednesday.url = "https://example.org/gaza-toll"
        #expect(incidents([overnight, wednesday]) == [["overnight"], ["wednesday"]])
    }
}

import ClaimModel
import Reconciliation
import Testing

@Suite("Reconciling the seed story: restatements once, incidents inside the month's total")
struct SeedStoryTests {
    static let claims = [
        claim("k2", 2, victim: "Turkish soldiers", doc: "ap", reported: "2020-03-04", from: "2020-03-04",
              region: "Idlib", source: "Turkish Defence Ministry"),
        claim("w6", 6, category: .wounded, victim: "soldiers", doc: "ap", reported: "2020-03-04", from: "2020-03-04",
              region: "Idlib", source: "Turkish Defence Ministry"),
        claim("s9", 9, party: "Syria", victim: "Syrian soldiers", doc: "ap", reported: "2020-03-04", from: "2020-03-04",
              region: "Idlib", source: "Syrian Observatory for Human Rights"),
        claim("s9b", 9, party: "Syria", victim: "Syrian soldiers", doc: "ap", reported: "2020-03-04", from: "2020-03-04",
              region: "Idlib", source: "Syrian Observatory for Human Rights", sameAs: "s9"),
        claim("t58", 58, .cumulative, victim: "Turkish troops", doc: "ap", reported: "2020-03-04",
              from: "2020-02-04", to: "2020-03-04", region: "Idlib"),
        claim("t33", 33, victim: "soldiers", doc: "ap", reported: "2020-03-04", from: "2020-02-27", region: "Idlib", partOf: "t58"),
    ]

    let dataset = Reconciler().reconcile(records(SeedStoryTests.claims))

    @Test func theNineSyrianSoldiersCountOnce() throws {
        let syria = try #require(dataset.periodTotals.first { $0.party == "Syria" })
        #expect(syria.best == 9)
        #expect(syria.incidentCount == 1)
        let merged = dataset.findings.with(rule: "restatement.merged")
        #expect(merged.map(\.claimIDs) == [["s9", "s9b"]])
        #expect(merged.first?.severity == .info)
    }

    @Test func theAirstrikeAndWednesdayAreInsideTheMonthsTotal() throws {
        let turkey = try #require(dataset.periodTotals.first { $0.party == "Turkey" && $0.category == .killed })
        #expect(turkey.incidentCount == 2)
        #expect(turkey.best == 35)
        #expect(turkey.runningTotal?.claim.id == "t58")
        #expect(turkey.residual == 23)
        let contains = dataset.findings.with(rule: "total.contains")
        #expect(contains.count == 1)
        #expect(contains.first?.severity == .info)
        #expect(contains.first?.observed == "58")
        #expect(!dataset.findings.contains { $0.severity == .error })
    }

    @Test func incidentsCarryTheirGrade() throws {
        let wednesday = try #require(dataset.incidents.first { $0.claimIDs.contains("k2") })
        #expect(wednesday.grade == .confirmed)
        let drones = try #require(dataset.incidents.first { $0.claimIDs.contains("s9") })
        #expect(drones.grade == .weak)
        #expect(drones.claimIDs == ["s9", "s9b"])
    }
}

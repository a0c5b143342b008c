import ClaimModel
import Reconciliation
import Testing

@Suite("Reconciliation rules")
struct RuleTests {
    private func findings(_ claims: [Claim], policy: Policy = .range) -> [Finding] {
        Reconciler(policy: policy).reconcile(records(claims)).findings
    }

    @Test func aPartLargerThanItsWholeIsAnError() {
        let found = findings([
            claim("all", 58, .cumulative, reported: "2020-03-04", from: "2020-02-04", to: "2020-03-04"),
            claim("part", 61, reported: "2020-03-04", from: "2020-02-27", partOf: "all"),
        ]).with(rule: "parts.subset")
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.claimIDs == ["part", "all"])
    }

    @Test func partsAreSummedPerBreakdownNeverAcrossThem() {
        // 8,709 by region (exact) and by victim group (army, police): adding all five would overshoot.
        let base = [
            claim("nation", 8709, .cumulative, party: "Nepal", role: .unknown, victim: "people", reported: "2015-06-01",
                  from: "2015-04-25", to: "2015-06-01", region: "Nepal"),
            claim("valley", 1729, .cumulative, party: "Nepal", role: .unknown, victim: "people", reported: "2015-06-01",
                  from: "2015-04-25", to: "2015-06-01", region: "Kathmandu Valley", partOf: "nation"),
            claim("central", 6980, .cumulative, party: "Nepal", role: .unknown, victim: "people", reported: "2015-06-01",
                  from: "2015-04-25", to: "2015-06-01", region: "Central region", partOf: "nation"),
            claim("army", 9, .cumulative, party: "Nepal", role: .military, victim: "soldiers", reported: "2015-06-01",
                  from: "2015-04-25", to: "2015-06-01", region: "Nepal", partOf: "nation"),
            claim("police", 6, .cumulative, party: "Nepal", role: .police, victim: "police officers", reported: "2015-06-01",
                  from: "2015-04-25", to: "2015-06-01", region: "Nepal", partOf: "nation"),
        ]
        #expect(!findings(base).contains { $0.rule == "parts.sum" && $0.severity == .error })
        var over = base
        over[2].value = 6990
        let excess = findings(over).with(rule: "parts.sum").filter { $0.severity == .error }
        #expect(excess.count == 1)
        #expect(excess.first?.observed == "8719 = 6990 + 1729")
    }

    @Test func partsFallingShortLeaveAnInfoWithTheRemainder() {
        let found = findings([
            claim("probe", 41, party: "Palestinian", role: .unknown, victim: "people", reported: "2015-04-14", from: "2014-08-01"),
            claim("fighters", 12, party: "Palestinian", role: .militant, victim: "Hamas fighters", reported: "2015-04-14",
                  from: "2014-08-01", partOf: "probe"),
            claim("civilians", 13, party: "Palestinian", role: .civilian, victim: "civilians", reported: "2015-04-14",
                  from: "2014-08-01", partOf: "probe"),
        ]).with(rule: "parts.sum")
        #expect(found.map(\.severity) == [.info])
        #expect(found.first?.message.contains("16 are not itemised") == true)
    }

    @Test func aFallingRunningTotalIsAnErrorUnlessItSaysItIsARevision() {
        let falling = [
            claim("a", 8413, .cumulative, party: "Nepal", role: .unknown, reported: "2015-05-07", from: "2015-04-25",
                  to: "2015-05-07", source: "Nepal Red Cross Society"),
            claim("b", 7885, .cumulative, party: "Nepal", role: .unknown, reported: "2015-05-09", from: "2015-04-25",
                  to: "2015-05-09", source: "Nepal Red Cross Society (via Reuters)"),
        ]
        #expect(findings(falling).with(rule: "cumulative.monotone").map(\.severity) == [.error])
        var revised = falling
        revised[1].quote = "7,885 deaths, down from the tally of 8,413 it put three days ago"
        #expect(findings(revised).with(rule: "cumulative.monotone").map(\.severity) == [.warning])
    }

    @Test func aLooseQualifierAllowsForRounding() {
        let found = findings([
            claim("a", 3501, .cumulative, low: 3501, reported: "2020-05-01", from: "2020-01-01", to: "2020-05-01",
                  source: "Ministry", quote: "over 3,500"),
            claim("b", 3480, .cumulative, reported: "2020-05-02", from: "2020-01-01", to: "2020-05-02", source: "Ministry"),
        ])
        #expect(found.with(rule: "cumulative.monotone").isEmpty)
    }

    @Test func aStaleRestatementIsNotAFall() {
        // The 18 printed on 21 July counts up to 20 July: ordered by what it counts, it comes first.
        let found = findings([
            claim("s18", 18, .cumulative, party: "Israel", reported: "2014-07-20", from: "2014-07-17", to: "2014-07-20", source: "IDF"),
            claim("s25", 25, .cumulative, party: "Israel", reported: "2014-07-21", from: "2014-07-17", to: "2014-07-21", source: "IDF"),
            claim("s18b", 18, .cumulative, party: "Israel", reported: "2014-07-21", from: "2014-07-17", to: "2014-07-20",
                  source: "IDF (via The Independent)", sameAs: "s18"),
        ])
        #expect(found.with(rule: "cumulative.monotone").isEmpty)
        #expect(found.with(rule: "restatement.merged").count == 1)
    }

    @Test func aWeeksTotalAboveTheSameDaysMonthTotalIsAnError() {
        let found = findings([
            claim("week", 40, .cumulative, doc: "wire", reported: "2020-03-04", from: "2020-02-26", to: "2020-03-04"),
            claim("month", 35, .cumulative, doc: "wire", reported: "2020-03-04", from: "2020-02-04", to: "2020-03-04",
                  source: "Ministry"),
        ]).with(rule: "total.nested")
        #expect(found.map(\.claimIDs) == [["week", "month"]])
    }

    @Test func differentSourcesCountingDifferentlyAreNotANestingError() {
        let found = findings([
            claim("forensic", 2425, .cumulative, reported: "2020-11-18", from: "2020-09-27", to: "2020-11-17", source: "Health Ministry"),
            claim("army", 1585, .cumulative, reported: "2020-11-18", from: "2020-09-27", to: "2020-11-18", source: "Army"),
        ])
        #expect(found.with(rule: "total.nested").isEmpty)
    }

    @Test func aTotalSmallerThanItsIncidentsIsAnError() {
        let found = findings([
            claim("i1", 30, reported: "2020-02-27", from: "2020-02-27", region: "Balyun"),
            claim("i2", 20, reported: "2020-02-20", from: "2020-02-20", region: "Saraqeb"),
            claim("total", 40, .cumulative, reported: "2020-03-01", from: "2020-02-01", to: "2020-03-01"),
        ]).with(rule: "total.contains")
        #expect(found.map(\.severity) == [.error])
        #expect(found.first?.expected == "≥ 50 (2 incidents)")
    }

    @Test func twoMoreKilledButTheTotalMovedByFive() {
        let found = findings([
            claim("t1", 56, .cumulative, doc: "d1", reported: "2020-02-28", from: "2020-02-01", to: "2020-02-28", source: "Ministry"),
            claim("two", 2, doc: "d2", reported: "2020-03-04", from: "2020-03-04", source: "Ministry"),
            claim("t2", 61, .cumulative, doc: "d2", reported: "2020-03-04", from: "2020-02-01", to: "2020-03-04", source: "Ministry"),
        ]).with(rule: "total.delta")
        #expect(found.count == 1)
        #expect(found.first?.expected == "56 + 2 = 58")
        #expect(found.first?.observed == "61")
    }

    @Test func sourcesThatDisagreeAreShownWithTheSpread() {
        let close = findings([
            claim("a", 33, reported: "2020-02-28", from: "2020-02-27", source: "Turkish Defence Ministry"),
            claim("b", 34, reported: "2020-02-28", from: "2020-02-27", source: "Hatay governor"),
        ]).with(rule: "sources.disagree")
        #expect(close.map(\.severity) == [.info])
        let far = findings([
            claim("a", 70, party: "Palestinian", reported: "2014-08-01", from: "2014-08-01", region: "Rafah", source: "Gaza officials"),
            claim("b", 41, party: "Palestinian", low: 41, reported: "2015-04-14", from: "2014-08-01", region: "Rafah",
                  source: "Israel Defense Forces"),
            claim("c", 130, party: "Palestinian", low: 130, high: 150, reported: "2014-08-03", from: "2014-08-01",
                  region: "Rafah", source: "Haaretz"),
        ]).with(rule: "sources.disagree")
        #expect(far.map(\.severity) == [.warning])
        #expect(far.first?.observed == "41–130")
    }

    @Test func linksAndDatesAndBoundsAreChecked() {
        let found = findings([
            claim("a", 10, low: 12, reported: "2020-03-04", from: "2020-03-01"),
            claim("b", 5, reported: "2020-03-04", from: "2020-03-05"),
            claim("c", 5, partOf: "nowhere"),
            claim("d", 5, partOf: "e"),
            claim("e", 5, partOf: "d"),
        ])
        #expect(found.with(rule: "bounds.order").map(\.claimIDs) == [["a"]])
        #expect(found.with(rule: "date.order").map(\.claimIDs) == [["b"]])
        #expect(found.with(rule: "links.target").map(\.claimIDs) == [["c"]])
        #expect(found.with(rule: "links.cycle").map(\.claimIDs) == [["d", "e"]])
    }

    @Test func killedPlusWoundedCannotExceedCasualties() {
        let found = findings([
            claim("cas", 20, category: .casualties, doc: "d", reported: "2020-03-04", from: "2020-03-04"),
            claim("k", 12, doc: "d", reported: "2020-03-04", from: "2020-03-04"),
            claim("w", 11, category: .wounded, doc: "d", reported: "2020-03-04", from: "2020-03-04"),
        ]).with(rule: "casualties.sum")
        #expect(found.count == 1)
        #expect(found.first?.observed == "12 killed + 11 wounded = 23")
    }
}

import Checking
import ClaimModel
import Reconciliation
import Testing

@Suite("Check results: thresholds, rule filters, severities and baselines")
struct CheckResultTests {
    /// A month's total of 40 that a 45-death incident "inside it" exceeds, and a 9 stated twice.
    static let records: [ClaimRecord] = [
        Claim(id: "m1", document: "d1", reportDate: CalendarDate(iso: "2020-03-01"), eventStart: CalendarDate(iso: "2020-02-01"),
              eventEnd: CalendarDate(iso: "2020-03-01"), category: .killed, value: 40, party: "Turkey", scope: .cumulative,
              source: "Ministry", quote: "40 soldiers have died this month"),
        Claim(id: "p1", document: "d1", reportDate: CalendarDate(iso: "2020-03-01"), eventStart: CalendarDate(iso: "2020-02-27"),
              eventEnd: CalendarDate(iso: "2020-02-27"), category: .killed, value: 45, party: "Turkey", scope: .incident,
              source: "Ministry", partOf: "m1", quote: "including 45 killed Thursday"),
        Claim(id: "s1", document: "d2", category: .killed, value: 9, party: "Syria", scope: .incident, quote: "nine Syrian soldiers"),
        Claim(id: "s2", document: "d2", category: .killed, value: 9, party: "Syria", scope: .incident, sameAs: "s1",
              quote: "killed nine Syrian soldiers"),
    ].enumerated().map { ClaimRecord(claim: $1, origin: InputLocation(file: "war/claims.csv", line: $0 + 2)) }

    private func result(_ configure: (inout CheckConfiguration) -> Void = { _ in }, baseline: Baseline? = nil) -> CheckResult {
        var configuration = CheckConfiguration()
        configure(&configuration)
        let dataset = Reconciler(policy: configuration.policy, thresholds: configuration.thresholds).reconcile(Self.records)
        return CheckResult(dataset: dataset, configuration: configuration, baseline: baseline)
    }

    @Test func errorsFailByDefaultAndEveryFindingIsLocated() throws {
        let checked = result()
        #expect(checked.fails)
        #expect(checked.counts[.error] == 2)
        let subset = try #require(checked.findings.first { $0.finding.rule == "parts.subset" })
        #expect(subset.location == InputLocation(file: "war/claims.csv", line: 3))
        #expect(subset.claims.map(\.id) == ["p1", "m1"])
        #expect(subset.fingerprint.count == 16)
    }

    @Test(arguments: [("never", false), ("error", true), ("warning", true), ("info", true)])
    func theThresholdDecides(threshold: String, fails: Bool) {
        let checked = result { $0.failOn = Severity(rawValue: threshold) }
        #expect(checked.fails == fails)
    }

    @Test func infoFindingsFailOnlyAtInfo() {
        let onlyInfo = result { $0.rules = ["restatement."] }
        #expect(onlyInfo.findings.map(\.finding.rule) == ["restatement.merged"])
        #expect(!onlyInfo.fails)
        #expect(result { $0.rules = ["restatement."]; $0.failOn = .info }.fails)
    }

    @Test func rulesAndSkipRulesMatchPrefixes() {
        #expect(Set(result { $0.rules = ["parts.", "total."] }.findings.map(\.finding.rule)) == ["parts.subset", "total.contains"])
        #expect(!result { $0.skipRules = ["parts", "total"] }.findings.contains { $0.finding.rule.hasPrefix("parts") })
    }

    @Test func severityOverridesApply() {
        let relaxed = result { $0.severities = ["total.": .warning, "parts.subset": .info] }
        #expect(relaxed.counts[.error] == nil)
        #expect(!relaxed.fails)
    }

    @Test func aBaselineAcceptsKnownFindingsButNotNewOnes() {
        let known = result().baseline()
        let again = result(baseline: known)
        #expect(!again.fails)
        #expect(again.baselinedCount == again.findings.count)
        // A baseline keyed on rule and claim ids survives a round trip through its file.
        let reread = try? Baseline.read(Array(known.text().utf8), file: "baseline.json")
        #expect(reread?.fingerprints == known.fingerprints)
        var partial = known
        partial.entries.removeAll { $0.rule == "parts.subset" }
        let withNew = result(baseline: partial)
        #expect(withNew.fails)
        #expect(withNew.newFindings.map(\.finding.rule) == ["parts.subset"])
    }

    @Test func fingerprintsIgnoreClaimOrderAndLines() {
        #expect(Fingerprint.of(rule: "parts.subset", claimIDs: ["p1", "m1"]) == Fingerprint.of(rule: "parts.subset", claimIDs: ["m1", "p1"]))
        #expect(Fingerprint.of(rule: "parts.subset", claimIDs: ["p1", "m1"]) != Fingerprint.of(rule: "parts.sum", claimIDs: ["p1", "m1"]))
    }

    @Test func maxFindingsLimitsTheListNeverTheCounts() {
        let limited = result { $0.maxFindings = 1 }
        #expect(limited.listed.count == 1)
        #expect(limited.counts[.error] == 2)
        #expect(CheckReport.text(limited).contains("more findings not listed"))
        #expect(CheckReport.json(limited).contains("\"errors\": 2"))
    }
}

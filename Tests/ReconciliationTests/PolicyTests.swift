import ClaimModel
import Reconciliation
import Testing

@Suite("Policies choose among sources; revisions by one source always keep the latest")
struct PolicyTests {
    /// Jabalia school: the ministry revises 13 → 16, medics say 23, an inquiry later 17.
    static let claims = [
        claim("moh1", 13, party: "Palestinian", reported: "2014-07-30", from: "2014-07-30", region: "Jabalia school",
              source: "Gaza Health Ministry"),
        claim("moh2", 16, party: "Palestinian", reported: "2014-07-31", from: "2014-07-30", region: "Jabalia school",
              source: "Gaza Health Ministry (Ashraf al-Qidra)"),
        claim("medics", 23, party: "Palestinian", reported: "2014-07-30", from: "2014-07-30", region: "Jabalia school",
              source: "Palestinian medics"),
        claim("inquiry", 17, party: "Palestinian", reported: "2015-04-27", from: "2014-07-30", region: "Jabalia school",
              source: "UN Board of Inquiry"),
    ]

    private func incident(_ policy: Policy) throws -> Incident {
        let dataset = Reconciler(policy: policy).reconcile(records(Self.claims))
        #expect(dataset.incidents.count == 1)
        return try #require(dataset.incidents.first)
    }

    @Test func rangeTakesTheMedianOfTheSourcesLatestFigures() throws {
        let jabalia = try incident(.range)
        #expect((jabalia.best, jabalia.low, jabalia.high) == (17, 16, 23))
        #expect(jabalia.sources.count == 3)
        // Three independent sources; none of them names itself Palestinian, so not "confirmed".
        #expect(jabalia.grade == .fair)
    }

    @Test(arguments: [(Policy.conservative, 16), (.latest, 17), (.prefer(["Palestinian medics", "UN Board of Inquiry"]), 23),
                      (.prefer(["Nobody"]), 17)])
    func policiesPickTheBestFigure(policy: Policy, best: Int) throws {
        #expect(try incident(policy).best == best)
    }

    @Test func theRevisionIsReportedAndTheLatestCounts() {
        let revised = Reconciler().reconcile(records(Self.claims)).findings.with(rule: "incident.revised")
        #expect(revised.count == 1)
        #expect(revised.first?.observed == "13 → 16")
    }

    @Test func policyArgumentsParse() {
        #expect(Policy(argument: "prefer:UN OCHA,B'Tselem") == .prefer(["UN OCHA", "B'Tselem"]))
        #expect(Policy(argument: "prefer:") == nil)
        #expect(Policy(argument: "median") == nil)
    }
}

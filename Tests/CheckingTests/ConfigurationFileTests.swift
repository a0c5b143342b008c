import Checking
import ClaimModel
import Reconciliation
import Testing

@Suite(".tally.yml")
struct ConfigurationFileTests {
    @Test func readsEverySetting() throws {
        let yaml = """
            fail_on: warning
            rules: [parts., total.]
            skip_rules: total.delta
            severities:
              total.contains: info
            policy: prefer:UN OCHA,B'Tselem
            tolerances:
              disagreement_share: 0.05
              residual_minimum: 20
            """
        let configuration = try ConfigurationFile.configuration(from: yaml, file: ".tally.yml")
        #expect(configuration.failOn == .warning)
        #expect(configuration.rules == ["parts.", "total."])
        #expect(configuration.skipRules == ["total.delta"])
        #expect(configuration.severities == ["total.contains": .info])
        #expect(configuration.policy == .prefer(["UN OCHA", "B'Tselem"]))
        #expect(configuration.thresholds.disagreementShare == 0.05)
        #expect(configuration.thresholds.residualMinimum == 20)
    }

    @Test func failOnNeverAndAnEmptyFile() throws {
        #expect(try ConfigurationFile.configuration(from: "fail_on: never", file: "c.yml").failOn == nil)
        #expect(try ConfigurationFile.configuration(from: "", file: "c.yml").failOn == .error)
    }

    @Test func mistakesNameTheFileLineAndKey() {
        let yaml = """
            fail_on: sometimes
            policy: median
            colour: red
            """
        do {
            _ = try ConfigurationFile.configuration(from: yaml, file: ".tally.yml")
            Issue.record("expected an error")
        } catch {
            let text = error.problems.map(\.description)
            #expect(text.contains(".tally.yml:1: field 'fail_on': 'sometimes': expected error, warning, info or never"))
            #expect(text.contains { $0.hasPrefix(".tally.yml:2: field 'policy': 'median'") })
            #expect(text.contains { $0.hasPrefix(".tally.yml:3: field 'colour'") })
        }
    }

    @Test func brokenYAMLIsAnInputError() {
        #expect(throws: InputError.self) { try ConfigurationFile.configuration(from: "rules: [a, b\nfail_on: error", file: "c.yml") }
    }
}

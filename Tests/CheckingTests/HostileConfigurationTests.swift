import Checking
import ClaimModel
import Testing

/// Regression test from the bad-input catalogue (issue 8).
@Suite("Settings files: hostile input gives a short, located message")
struct HostileConfigurationTests {
    @Test func aDeeplyNestedLineIsNotEchoedWhole() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try ConfigurationFile.configuration(from: "fail_on: \(deep)\n", file: "deep.yml")
            Issue.record("a settings file nested 100,000 deep was accepted")
        } catch {
            #expect(error.description.hasPrefix("error: deep.yml:1: not valid YAML"))
            #expect(error.description.count < 2_000)
        }
    }
}

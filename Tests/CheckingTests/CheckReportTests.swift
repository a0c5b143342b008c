import Checking
import ClaimModel
import Foundation
import Reconciliation
import Testing

@Suite("Check reports: JSON, JUnit, Markdown and GitHub annotations")
struct CheckReportTests {
    private let checked: CheckResult = {
        let dataset = Reconciler().reconcile(CheckResultTests.records)
        return CheckResult(dataset: dataset, configuration: CheckConfiguration())
    }()

    @Test func jsonIsValidAndCarriesLocationsAndFingerprints() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(CheckReport.json(checked).utf8)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["failed"] as? Bool == true)
        #expect(summary["errors"] as? Int == 2)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let claims = try #require(findings.first?["claims"] as? [[String: Any]])
        #expect(claims.first?["file"] as? String == "war/claims.csv")
        #expect(claims.first?["line"] as? Int != nil)
        #expect((findings.first?["fingerprint"] as? String)?.count == 16)
    }

    @Test func junitCountsFailuresPerRule() {
        let xml = CheckReport.junit(checked)
        #expect(xml.contains("<testsuites name=\"tally check\" tests=\"3\" failures=\"2\">"))
        #expect(xml.contains("<testsuite name=\"parts.subset\" tests=\"1\" failures=\"1\">"))
        #expect(xml.contains("file=\"war/claims.csv\" line=\"3\""))
        #expect(xml.contains("<system-out>info: "))
    }

    @Test func githubAnnotationsAreEscapedAndCapped() {
        let annotations = CheckReport.githubAnnotations(checked)
        #expect(annotations.hasPrefix("::error file=war/claims.csv,line=3,title=tally parts.subset::A part is larger"))
        #expect(annotations.contains("::notice file=war/claims.csv,line=4,title=tally restatement.merged::"))
        // Many errors: at most 10 are sent.
        var records: [ClaimRecord] = []
        for index in 0..<30 {
            let claim = Claim(id: "b\(index)", category: .killed, value: 5, low: 9, scope: .incident, quote: "5 killed\nline two")
            records.append(ClaimRecord(claim: claim, origin: InputLocation(file: "x,y.csv", line: index + 2)))
        }
        let many = CheckResult(dataset: Reconciler().reconcile(records), configuration: CheckConfiguration())
        let lines = CheckReport.githubAnnotations(many).split(separator: "\n")
        #expect(lines.count == 10)
        #expect(lines[0].hasPrefix("::error file=x%2Cy.csv,line=2,"))
    }

    @Test func markdownSummaryStaysUnderItsLimit() {
        var records: [ClaimRecord] = []
        for index in 0..<5000 {
            let claim = Claim(id: "b\(index)", category: .killed, value: 5, low: 9, scope: .incident, quote: "x")
            records.append(ClaimRecord(claim: claim, origin: InputLocation(file: "claims.csv", line: index + 2)))
        }
        let many = CheckResult(dataset: Reconciler().reconcile(records), configuration: CheckConfiguration())
        let markdown = CheckReport.markdown(many, limit: 5000, byteLimit: 16 * 1024)
        #expect(markdown.utf8.count <= 16 * 1024)
        #expect(markdown.contains("| 5000 | 0 | 0 | 0 | 5000 | 1 |"))
        #expect(markdown.contains("more findings (see the full report)"))
    }
}

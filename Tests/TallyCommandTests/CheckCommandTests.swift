import Foundation
import Testing

@Suite("tally check, as CI runs it")
struct CheckCommandTests {
    static let consistent = """
        id,doc,report_date,event_start,event_end,category,value,party,scope,source,part_of,same_as,quote
        a1,d1,2020-03-04,2020-03-04,2020-03-04,killed,2,Turkey,incident,Defence Ministry,,,"Two soldiers were killed Wednesday"
        a2,d2,2020-03-05,2020-03-04,2020-03-04,killed,2,Turkey,incident,Defence Ministry,,a1,"two soldiers died on Wednesday"
        t1,d1,2020-03-04,2020-02-04,2020-03-04,killed,58,Turkey,cumulative,,,,"58 troops killed in the past month"

        """
    static let broken = consistent + "p1,d3,2020-03-04,2020-02-27,2020-02-27,killed,61,Turkey,incident,,t1,,\"including 61 killed Thursday\"\n"

    @Test func aConsistentDatasetPassesWithExitZero() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.consistent, to: "data/claims.csv")
        let result = try TallyBinary.run(["check", "data"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput.hasSuffix("checked 3 claims in 1 file: 0 errors, 0 warnings, 2 info (0 baselined); passed (fail on error)\n"))
    }

    @Test func anErrorFailsWithExitOneNamingFileAndLine() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.broken, to: "data/claims.csv")
        let result = try TallyBinary.run(["check", "data"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("data/claims.csv:5: error: [parts.subset]"))
        #expect(try TallyBinary.run(["check", "data", "--fail-on", "never"], in: scratch.url).status == 0)
        #expect(try TallyBinary.run(["check", "data", "--skip-rules", "parts.", "total."], in: scratch.url).status == 0)
    }

    @Test func aBaselineGrandfathersKnownFindings() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.broken, to: "data/claims.csv")
        let written = try TallyBinary.run(["check", "data", "--write-baseline", "baseline.json"], in: scratch.url)
        #expect(written.status == 0)
        #expect(try TallyBinary.run(["check", "data", "--baseline", "baseline.json"], in: scratch.url).status == 0)
        // A new inconsistency still fails.
        try scratch.write(Self.broken + "q1,d4,2020-03-04,2020-03-01,2020-02-01,killed,3,Turkey,incident,,,,\"3 killed\"\n",
                          to: "data/claims.csv")
        let again = try TallyBinary.run(["check", "data", "--baseline", "baseline.json"], in: scratch.url)
        #expect(again.status == 1)
        #expect(again.standardOutput.contains("[date.order]"))
    }

    @Test func unusableInputExitsTwoAndWritesNothing() throws {
        let scratch = try ScratchFolder()
        try scratch.write("id,category,value,scope\nx,killed,many,incident\n", to: "bad.csv")
        let result = try TallyBinary.run(["check", "bad.csv", "--format", "json", "-o", "report.json"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.csv:2: field 'value': 'many'"))
        #expect(!scratch.exists("report.json"))
        #expect(try TallyBinary.run(["check", "bad.csv", "--fail-on", "sometimes"], in: scratch.url).status == 2)
        #expect(try TallyBinary.run(["check"], in: scratch.url).status == 2)
    }

    @Test func settingsComeFromTallyYmlAtTheRepositoryRoot() throws {
        let scratch = try ScratchFolder()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try scratch.write("severities:\n  parts.subset: warning\n  total.contains: warning\n", to: ".tally.yml")
        try scratch.write(Self.broken, to: "data/claims.csv")
        #expect(try TallyBinary.run(["check", "claims.csv"], in: scratch.url.appendingPathComponent("data")).status == 0)
        try scratch.write("fail_on: [oops\n", to: ".tally.yml")
        let bad = try TallyBinary.run(["check", "data"], in: scratch.url)
        #expect(bad.status == 2)
        #expect(bad.standardError.contains(".tally.yml"))
    }

    @Test func aFrictionlessDataPackageIsRead() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.broken, to: "pkg/data/claims.csv")
        try scratch.write("""
            {"name": "war", "resources": [{"name": "claims", "path": "data/claims.csv", "format": "csv",
              "schema": {"fields": [{"name": "id"}, {"name": "category"}, {"name": "value", "type": "integer"}, {"name": "scope"}]}}]}
            """, to: "pkg/datapackage.json")
        let result = try TallyBinary.run(["check", "pkg/datapackage.json"], in: scratch.url)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("pkg/data/claims.csv:5: error: [parts.subset]"))
    }

    @Test func inGitHubActionsItAnnotatesAndSummarises() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.broken, to: "data/claims.csv")
        let summary = scratch.url.appendingPathComponent("summary.md").path
        let result = try TallyBinary.run(["check", "data"], in: scratch.url,
                                         environment: ["GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("::error file=data/claims.csv,line=5,title=tally parts.subset::"))
        #expect(try scratch.read("summary.md").hasPrefix("### tally check: failed"))
    }
}

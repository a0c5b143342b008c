import Foundation
import Testing

@Suite("tally report, run as a user runs it")
struct ReportCommandTests {
    static let dataset = """
        id,doc,report_date,category,value,party,scope,same_as,part_of,quote
        a1,wire-1,2020-03-04,killed,2,Turkey,incident,,,"Two more Turkish soldiers were killed Wednesday"
        a2,wire-1,2020-03-04,wounded,6,Turkey,incident,,,"also wounded six soldiers"
        a3,wire-1,2020-03-04,killed,58,Turkey,cumulative,,,"have killed 58 Turkish troops in the past month"
        a4,wire-1,2020-03-04,killed,33,Turkey,incident,,a3,"including 33 soldiers killed Thursday"
        a5,wire-2,2020-03-05,killed,2,Turkey,incident,a1,,"two soldiers died on Wednesday"

        """

    @Test func writesTheReportIntoReportsAndSaysSo() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.dataset, to: "Datasets/test-war/claims.csv")
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("Reports"), withIntermediateDirectories: true)
        let result = try TallyBinary.run(["report", "Datasets/test-war"], in: scratch.url)
        #expect(result.status == 0)
        #expect(result.standardOutput == "wrote Reports/test-war.md: 5 claims\n")
        let page = try scratch.read("Reports/test-war.md")
        #expect(page.hasPrefix("# Casualty claims: test-war\n"))
        #expect(page.contains("| Turkey | killed | 2 | 35 | 35–35 | 24.38–48.68 | 58 (a3, (unattributed)) | 23 |"))
        #expect(page.contains("`restatement.merged`"))
        #expect(page.contains("Datasets/test-war/claims.csv:6"))
    }

    @Test func malformedInputExitsTwoNamingFileLineAndFieldAndWritesNothing() throws {
        let scratch = try ScratchFolder()
        let broken = Self.dataset.replacingOccurrences(of: "a2,wire-1,2020-03-04,wounded,6", with: "a2,wire-1,2020-03-04,wounded,six")
        try scratch.write(broken, to: "data/claims.csv")
        let result = try TallyBinary.run(["report", "data", "-o", "out.md"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("data/claims.csv:3: field 'value': 'six': expected a whole number"))
        #expect(!scratch.exists("out.md"))
    }

    @Test func anExistingReportIsLeftIntactWhenInputIsBad() throws {
        let scratch = try ScratchFolder()
        try scratch.write("previous page\n", to: "out.md")
        try scratch.write("id,category,value,scope\nx,killed,1,weekly\n", to: "bad.csv")
        let result = try TallyBinary.run(["report", "bad.csv", "-o", "out.md"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("bad.csv:2: field 'scope': 'weekly': expected one of incident, cumulative"))
        #expect(try scratch.read("out.md") == "previous page\n")
    }

    @Test func missingInputExitsTwoNamingIt() throws {
        let scratch = try ScratchFolder()
        let result = try TallyBinary.run(["report", "nowhere/claims.csv"], in: scratch.url)
        #expect(result.status == 2)
        #expect(result.standardError.contains("nowhere/claims.csv: no such file or folder"))
    }

    @Test func badUsageExitsTwoWithHelpfulText() throws {
        let result = try TallyBinary.run(["report"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Usage: tally report"))
        let unknown = try TallyBinary.run(["frobnicate"])
        #expect(unknown.status == 2)
    }

    @Test func helpDescribesTheCommands() throws {
        let help = try TallyBinary.run(["--help"])
        #expect(help.status == 0)
        #expect(help.standardOutput.contains("report"))
        let reportHelp = try TallyBinary.run(["report", "--help"])
        #expect(reportHelp.status == 0)
        #expect(reportHelp.standardOutput.contains("Write the Markdown report of a dataset."))
        #expect(reportHelp.standardOutput.contains("--policy"))
    }
}

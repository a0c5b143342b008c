import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 8: text scraped from the web (quotes, parties, sources) holding Markdown, HTML, Mermaid
/// syntax, workflow commands or control characters can neither break nor inject into what Tally writes.
@Suite("Hostile text cannot break or inject into reports")
struct HostileReportTests {
    static let quote = "He said \"| x | y |\"\n# INJECTED heading\n<script>alert(1)</script> [click](javascript:alert(1)) "
        + "![pixel](http://tracker.example/p.png) </details> ```mermaid\ngraph TD; A-->B\n``` <!-- x --> *bold* _it_ ~~s~~ "
        + "\u{1}\u{7}\u{1B}[31m\u{7F}\u{85}\u{2028}\u{2029}\r\n::add-mask::secret\n%0A"
    static let party = "Ruri|tania\"] --> X; %%{init: {'theme':'dark'}}%% <b>x</b> `y` \u{1B}]0;title\u{7}"
    static let source = "Min|istry \"`code`\"\n::error::injected, title=x:y"
    static let region = "</td></tr></table><img src=x onerror=alert(1)>"

    static func cell(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// Incidents, running totals on several days, disagreeing sources and a dangling link, all in hostile text.
    static var claims: String {
        var rows = ["id,doc,report_date,event_start,event_end,category,value,party,scope,source,region,victim,period,part_of,quote"]
        func row(_ id: String, _ day: Int, _ category: String, _ value: Int, _ scope: String, source: String = source,
                 partOf: String = "") {
            let date = "2020-03-0\(day)"
            rows.append([id, "doc|1", date, scope == "cumulative" ? "2020-03-01" : date, date, category, String(value), cell(party),
                         scope, cell(source), cell(region), cell(quote), cell("since <i>March</i>"), partOf, cell(quote)].joined(separator: ","))
        }
        row("k1", 1, "killed", 4, "incident")
        row("k1b", 1, "killed", 9, "incident", source: "Other \(source)")
        row("k2", 3, "killed", 12, "incident", partOf: "nowhere`|")
        row("w1", 3, "wounded", 30, "incident")
        row("t1", 2, "killed", 20, "cumulative")
        row("t2", 5, "killed", 40, "cumulative")
        row("t3", 7, "killed", 70, "cumulative")
        return rows.joined(separator: "\n") + "\n"
    }

    @Test func theMarkdownReportKeepsItsStructure() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.claims, to: "data/claims.csv")
        let result = try ExitingTally.run(["report", "data", "-o", "report.md"], in: scratch.url)
        #expect(result.exited && result.status == 0, "\(result.standardError)")
        let page = try scratch.read("report.md")
        Self.expectSafeMarkdown(page)
        // The charts were drawn, so the Mermaid text was exercised.
        #expect(page.components(separatedBy: "```mermaid\n").count - 1 >= 2)
        for block in page.components(separatedBy: "```mermaid\n").dropFirst() {
            let chart = block.components(separatedBy: "\n```")[0]
            for line in chart.split(separator: "\n") {
                let trimmed = line.drop { $0 == " " }
                #expect(["xychart-beta", "title \"", "x-axis [", "y-axis \"", "line ["].contains { trimmed.hasPrefix($0) }, "\(line)")
                if trimmed.hasPrefix("title") { #expect(line.filter { $0 == "\"" }.count == 2, "\(line)") }
                #expect(!line.contains("%%{"), "a Mermaid directive from the data: \(line)")
            }
        }
    }

    @Test func checkReportsKeepTheirStructure() throws {
        let scratch = try ScratchFolder()
        try scratch.write(Self.claims, to: "data/claims.csv")
        for format in ["markdown", "junit", "github", "text", "json"] {
            let result = try ExitingTally.run(["check", "data", "--format", format, "--fail-on", "never", "-o", "out.\(format)"], in: scratch.url)
            #expect(result.exited && result.status == 0, "\(format): \(result.standardError)")
            let text = try scratch.read("out.\(format)")
            #expect(text.contains("links.target") && text.contains("total.delta"), "\(format) lacks the findings")
            switch format {
            case "markdown":
                Self.expectSafeMarkdown(text)
            case "junit":
                let parser = XMLParser(data: Data(text.utf8))
                #expect(parser.parse(), "junit: \(String(describing: parser.parserError))")
                #expect(!text.contains("<script") && !text.contains("<img"))
            case "github":
                for line in text.split(separator: "\n") where line.hasPrefix("::") {
                    #expect(line.hasPrefix("::error ") || line.hasPrefix("::warning ") || line.hasPrefix("::notice "), "\(line)")
                }
                #expect(!text.contains("\n::add-mask") && !text.contains("\n::error::injected"))
            case "json":
                #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(text.utf8)) }
            default:
                #expect(!text.contains("\u{1B}") && !text.contains("\u{7}"), "text output passes terminal escapes through")
                for command in [["reconcile", "data", "--format", "text"], ["stats", "data", "--format", "text"]] {
                    let output = try ExitingTally.run(command, in: scratch.url).standardOutput
                    #expect(output.contains("Ruri") && !output.contains("\u{1B}") && !output.contains("\u{7}"), "\(command[0]) passes terminal escapes through")
                }
            }
        }
    }

    /// Tables keep their column counts, no raw HTML or link, no heading or fence from the data, no control characters.
    static func expectSafeMarkdown(_ page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for scalar in page.unicodeScalars where scalar != "\n" {
            #expect(scalar.properties.generalCategory != .control && scalar != "\u{2028}" && scalar != "\u{2029}",
                    "control character U+\(String(scalar.value, radix: 16))", sourceLocation: sourceLocation)
        }
        for raw in ["<script", "<img", "<b>", "<i>", "<!--", "INJECTED heading\n", "\n# INJECTED", "\n::"] {
            #expect(!page.contains(raw), "raw \(raw.debugDescription) in the page", sourceLocation: sourceLocation)
        }
        #expect(page.components(separatedBy: "<details>").count == page.components(separatedBy: "</details>").count,
                "a quote closed a <details> block", sourceLocation: sourceLocation)
        for line in page.split(separator: "\n") where line.contains("javascript:") || line.contains("tracker.example") {
            #expect(!line.contains("](javascript:") || line.contains("\\](javascript:"), "a live link: \(line)", sourceLocation: sourceLocation)
            #expect(!line.contains("![pixel]"), "a live image: \(line)", sourceLocation: sourceLocation)
        }
        for line in page.split(separator: "\n") where line.hasPrefix("```") {
            #expect(line == "```" || line == "```mermaid", "a fence from the data: \(line)", sourceLocation: sourceLocation)
        }
        // Every row of a table has as many cells as the table's header.
        var columns: Int?
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else { columns = nil; continue }
            let count = unescapedPipes(line)
            if let columns {
                #expect(count == columns, "row with \(count) pipes, header \(columns): \(line)", sourceLocation: sourceLocation)
            } else {
                columns = count
            }
        }
    }

    static func unescapedPipes(_ line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count
    }
}

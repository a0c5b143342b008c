import ClaimModel
import Foundation
import Reconciliation

/// The renderings of a check result: text (like a compiler's diagnostics), JSON, JUnit XML,
/// Markdown (for a pull request or a step summary) and GitHub workflow-command annotations.
///
/// Pure functions of the result; the counts always cover every finding, whatever `maxFindings` lists.
public enum CheckReport {
    /// `file:line: severity: [rule] message (expected …, observed …) [claims …]`, then a summary line.
    public static func text(_ result: CheckResult) -> String { textPieces(result).joined() }

    /// ``text(_:)`` in pieces to be written one after the other (a large dataset's listing runs to
    /// hundreds of megabytes: it is never joined into one string).
    public static func textPieces(_ result: CheckResult) -> [String] {
        let listed = result.listed
        var pieces = inPieces(listed) { _, item, text in
            if let place = item.location { text += "\(place): " }
            text += "\(item.severity.rawValue): [\(item.finding.rule)] \(item.finding.message)"
            if let expected = item.finding.expected, let observed = item.finding.observed {
                text += " (expected \(expected), observed \(observed))"
            }
            text += " [claims \(item.finding.claimIDs.joined(separator: ", "))]"
            if item.isBaselined { text += " (baseline)" }
            text += "\n"
        }
        let hidden = result.findingCount - listed.count
        if hidden > 0 { pieces.append("… \(hidden) more findings not listed (--max-findings N lists more; --format json lists every one)\n") }
        return pieces + [summary(result) + "\n"]
    }

    /// "checked 6 claims in 1 file: 0 errors, 0 warnings, 2 info (0 baselined); passed (fail on error)".
    public static func summary(_ result: CheckResult) -> String {
        let counts = result.counts
        var text = "checked \(result.claimCount) claims in \(result.fileCount) file\(result.fileCount == 1 ? "" : "s"): "
        let (errors, warnings) = (counts[.error] ?? 0, counts[.warning] ?? 0)
        text += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"), \(counts[.info] ?? 0) info"
        text += " (\(result.baselinedCount) baselined); "
        text += result.fails ? "failed" : "passed"
        text += " (fail on \(result.configuration.failOn?.rawValue ?? "never"))"
        return text
    }

    /// The documented JSON report: `summary` {claims, files, errors, warnings, infos, baselined,
    /// failed, fail_on, listed}, and `findings` [{rule, severity, message, expected, observed,
    /// fingerprint, baselined, claims: [{id, file, line, quote}]}].
    public static func json(_ result: CheckResult) -> String { jsonPieces(result).joined() }

    /// ``json(_:)`` in pieces to be written one after the other.
    public static func jsonPieces(_ result: CheckResult) -> [String] {
        let counts = result.counts
        let listed = result.listed
        var pieces = ["{\n  \"findings\": ["]
        pieces += inPieces(listed) { index, item, json in
            json += index == 0 ? "\n" : ",\n"
            json += "    {\"baselined\": \(item.isBaselined), \"claims\": ["
            json += item.claims.map { claim in
                "{\"file\": \(quoted(claim.location?.file)), \"id\": \(quoted(claim.id)), "
                    + "\"line\": \(claim.location.map { String($0.line) } ?? "null"), \"quote\": \(quoted(claim.quote))}"
            }.joined(separator: ", ")
            json += "], \"expected\": \(quoted(item.finding.expected)), \"fingerprint\": \(quoted(item.fingerprint)), "
            json += "\"message\": \(quoted(item.finding.message)), \"observed\": \(quoted(item.finding.observed)), "
            json += "\"rule\": \(quoted(item.finding.rule)), \"severity\": \(quoted(item.severity.rawValue))}"
        }
        var json = listed.isEmpty ? "],\n" : "\n  ],\n"
        json += "  \"summary\": {\"baselined\": \(result.baselinedCount), \"claims\": \(result.claimCount), "
        json += "\"errors\": \(counts[.error] ?? 0), \"fail_on\": \(quoted(result.configuration.failOn?.rawValue ?? "never")), "
        json += "\"failed\": \(result.fails), \"files\": \(result.fileCount), \"infos\": \(counts[.info] ?? 0), "
        json += "\"listed\": \(listed.count), \"warnings\": \(counts[.warning] ?? 0)}\n}\n"
        return pieces + [json]
    }

    /// JUnit XML: one test suite per rule, one test case per finding; findings at or above the
    /// failure threshold are failures, the others pass with their message as output.
    public static func junit(_ result: CheckResult) -> String { junitPieces(result).joined() }

    /// ``junit(_:)`` in pieces to be written one after the other.
    public static func junitPieces(_ result: CheckResult) -> [String] {
        let listed = result.listed
        let byRule = Dictionary(grouping: listed, by: \.finding.rule)
        let failures = listed.filter { isFailing($0, result) }.count
        var pieces: [String] = []
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"tally check\" tests=\"\(listed.count)\" failures=\"\(failures)\">\n"
        for rule in byRule.keys.sorted() {
            let items = byRule[rule]!
            let ruleFailures = items.filter { isFailing($0, result) }.count
            xml += "  <testsuite name=\"\(xmlEscaped(rule))\" tests=\"\(items.count)\" failures=\"\(ruleFailures)\">\n"
            pieces.append(xml)
            pieces += inPieces(items) { _, item, xml in
                let name = "\(item.finding.rule) \(item.finding.claimIDs.joined(separator: ","))"
                let file = item.location.map { " file=\"\(xmlEscaped($0.file))\" line=\"\($0.line)\"" } ?? ""
                xml += "    <testcase name=\"\(xmlEscaped(name))\" classname=\"\(xmlEscaped(rule))\"\(file)>"
                let detail = detailText(item)
                if isFailing(item, result) {
                    xml += "<failure type=\"\(item.severity.rawValue)\" message=\"\(xmlEscaped(item.finding.message))\">"
                    xml += xmlEscaped(detail) + "</failure>"
                } else {
                    xml += "<system-out>\(xmlEscaped(item.severity.rawValue + ": " + detail))</system-out>"
                }
                xml += "</testcase>\n"
            }
            xml = "  </testsuite>\n"
        }
        return pieces + [xml + "</testsuites>\n"]
    }

    /// A compact Markdown summary: counts, then a table of the most severe findings, at most
    /// `limit` rows, and never more than `byteLimit` bytes (GitHub caps a step summary at 1 MiB).
    public static func markdown(_ result: CheckResult, limit: Int = 50, byteLimit: Int = 64 * 1024) -> String {
        let counts = result.counts
        var text = "### tally check: \(result.fails ? "failed" : "passed")\n\n"
        text += "| errors | warnings | info | baselined | claims | files |\n|---:|---:|---:|---:|---:|---:|\n"
        text += "| \(counts[.error] ?? 0) | \(counts[.warning] ?? 0) | \(counts[.info] ?? 0) | \(result.baselinedCount) "
        text += "| \(result.claimCount) | \(result.fileCount) |\n\n"
        let shown = result.newFindings.prefix(limit)
        guard !shown.isEmpty else { return text }
        text += "| severity | rule | where | message |\n|---|---|---|---|\n"
        var rows = 0
        for item in shown {
            let row = "| \(item.severity.rawValue) | `\(item.finding.rule)` | \(cell(item.location?.description ?? "–")) "
                + "| \(cell(detailText(item))) |\n"
            if text.utf8.count + row.utf8.count > byteLimit - 200 { break }
            text += row
            rows += 1
        }
        if result.newFindings.count > rows {
            text += "\n… and \(result.newFindings.count - rows) more findings (see the full report).\n"
        }
        return text
    }

    /// GitHub Actions workflow commands (`::error file=…,line=…,title=…::…`) for the most severe
    /// new findings: GitHub shows at most 10 errors and 10 warnings per step, so no more are sent.
    public static func githubAnnotations(_ result: CheckResult) -> String {
        var lines: [String] = []
        var sent: [Severity: Int] = [:]
        for item in result.newFindings {
            let command = switch item.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
            guard sent[item.severity, default: 0] < 10 else { continue }
            sent[item.severity, default: 0] += 1
            var properties: [String] = []
            if let location = item.location {
                properties.append("file=\(annotationProperty(location.file))")
                if location.line > 0 { properties.append("line=\(location.line)") }
            }
            properties.append("title=\(annotationProperty("tally \(item.finding.rule)"))")
            lines.append("::\(command) \(properties.joined(separator: ","))::\(annotationMessage(detailText(item)))")
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The findings rendered by `render` (given each one's index) and joined in order: a large
    /// dataset lists hundreds of thousands of findings, so they are written in pieces on every core.
    static func inPieces(_ items: [CheckedFinding], render: @Sendable (Int, CheckedFinding, inout String) -> Void) -> [String] {
        let pieceSize = 4096
        let pieces = (items.count + pieceSize - 1) / pieceSize
        let rendered = ParallelSlots<String>(count: pieces)
        Parallelism.perform(iterations: pieces) { piece in
            var text = ""
            for index in piece * pieceSize..<min(items.count, (piece + 1) * pieceSize) { render(index, items[index], &text) }
            rendered[piece] = text
        }
        return (0..<pieces).map { rendered[$0]! }
    }

    static func isFailing(_ item: CheckedFinding, _ result: CheckResult) -> Bool {
        guard let threshold = result.configuration.failOn else { return false }
        return !item.isBaselined && item.severity >= threshold
    }

    static func detailText(_ item: CheckedFinding) -> String {
        var text = item.finding.message
        if let expected = item.finding.expected, let observed = item.finding.observed {
            text += " Expected \(expected), observed \(observed)."
        }
        text += " Claims: " + item.claims.map { claim in
            claim.location.map { "\(claim.id) (\($0))" } ?? claim.id
        }.joined(separator: ", ")
        return text
    }

    static func quoted(_ text: String?) -> String { text.map(JSONString.quoted) ?? "null" }

    static func xmlEscaped(_ text: String) -> String {
        let needsEscaping = text.utf8.contains {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: "'") || ($0 < 0x20 && $0 != 0x0A && $0 != 0x09)
        }
        guard needsEscaping else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\n" && scalar != "\t": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Markdown table cell: one line, pipes escaped, HTML and links neutralised.
    static func cell(_ text: String) -> String { MarkdownCell.escaped(text) }

    /// Workflow-command escaping of a property value (`%`, CR, LF, `:` and `,`).
    static func annotationProperty(_ text: String) -> String {
        annotationMessage(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    /// Workflow-command escaping of a message (`%`, CR, LF).
    static func annotationMessage(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }
}

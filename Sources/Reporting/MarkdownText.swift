import ClaimModel
import Foundation

/// Text from articles made safe to place in a Markdown table cell or paragraph.
///
/// Quotes come from scraped web pages: a `|`, a line break, a backtick or raw HTML in one
/// must not break a table or inject markup into the report.
enum MarkdownText {
    /// `text` escaped for a table cell: one line, no table or inline syntax, HTML neutralised.
    static func cell(_ text: String) -> String { MarkdownCell.escaped(text) }

    /// A web address safe as a Markdown link target: http(s) only, with spaces, brackets and
    /// other characters that could end the link or inject markup percent-encoded; `nil` otherwise.
    static func link(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var out = ""
        for scalar in url.unicodeScalars {
            switch scalar {
            case " ", "(", ")", "<", ">", "\"", "'", "`", "[", "]", "|", "\\":
                out += String(format: "%%%02X", scalar.value)
            case _ where scalar.value < 0x21 || scalar.value == 0x7F:
                continue
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// An optional value for a cell, with an en dash for nothing.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "–" }
        return cell(text)
    }
}

import ClaimModel
import Foundation

/// Text from articles made safe to place in a Markdown table cell or paragraph.
///
/// Quotes come from scraped web pages: a `|`, a line break, a backtick or raw HTML in one
/// must not break a table or inject markup into the report.
enum MarkdownText {
    /// `text` escaped for a table cell: one line, no table or inline syntax, HTML neutralised.
    ///
    /// Most cells need no escaping: those are returned as they are, after one look at their bytes.
    static func cell(_ text: String) -> String { needsEscaping(text) ? MarkdownCell.escaped(text) : text }

    /// Whether ``MarkdownCell/escaped(_:)`` would change `text`: a character it escapes or a
    /// control character (C0, DEL, C1, U+2028, U+2029) anywhere, or a space at either end.
    static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first == 0x20 || last == 0x20 { return true }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x00..<0x20, 0x7F, UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"),
                     UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                     UInt8(ascii: "\\"), UInt8(ascii: "#"), UInt8(ascii: "~"):
                    return true
                case 0xC2:
                    // U+0080…U+009F: C2 80…C2 9F.
                    if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xE2:
                    // U+2028, U+2029: E2 80 A8, E2 80 A9.
                    if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                        return true
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

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

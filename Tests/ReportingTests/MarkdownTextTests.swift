import ClaimModel
@testable import Reporting
import Testing

/// Cells that need no escaping are passed through untouched: the shortcut must agree with the
/// full escaping for every kind of text.
@Suite("Markdown cells")
struct MarkdownTextTests {
    static let samples: [String] = {
        var samples = ["", " ", "plain", " leading", "trailing ", "a  b", "12 (c1) → 15 (c2)", "Ministère de la Santé",
                       "e\u{301}", "🇸🇾 flag", "x\u{85}y", "x\u{9F}y", "x\u{A0}y", "line\u{2028}break", "para\u{2029}", "x\u{2027}y",
                       "tab\there", "cr\r\n", "\u{7F}", "<b>bold</b>", "a|b", "**x**", "[link](u)", "~~s~~", "#1", "a\\b", "`c`", "x_y", "&amp;"]
        samples += (0..<128).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        samples += (0x80..<0x100).map { "a" + String(UnicodeScalar(UInt8($0))) + "b" }
        return samples
    }()

    @Test(arguments: samples)
    func aCellIsWhatTheFullEscapingGives(_ text: String) {
        #expect(MarkdownText.cell(text) == MarkdownCell.escaped(text))
        #expect(MarkdownText.needsEscaping(text) == (MarkdownCell.escaped(text) != text))
    }
}

import ClaimModel

/// Text from articles made safe to place in a Markdown table cell or paragraph.
///
/// Quotes come from scraped web pages: a `|`, a line break, a backtick or raw HTML in one
/// must not break a table or inject markup into the report.
enum MarkdownText {
    /// `text` escaped for a table cell: one line, no table or inline syntax, HTML neutralised.
    static func cell(_ text: String) -> String { MarkdownCell.escaped(text) }

    /// An optional value for a cell, with an en dash for nothing.
    static func cell(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "–" }
        return cell(text)
    }
}

/// Text from articles made safe to place in a Markdown table cell or paragraph.
///
/// Quotes, parties and sources come from scraped web pages: a `|`, a line break, a backtick, a
/// link or raw HTML in one must not break a table or inject markup into a report. Every Markdown
/// page Tally writes (reports, statistics, check summaries) escapes such text through here.
public enum MarkdownCell {
    /// `text` escaped for a table cell: one line, no table or inline syntax, HTML neutralised,
    /// control characters (and line or paragraph separators) turned into single spaces.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}" {
                if !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = scalar == " "
            switch scalar {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "`", "*", "_", "[", "]", "\\", "#", "~": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        var trimmed = Substring(out)
        while trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }
}

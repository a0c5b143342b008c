/// Plain-text output made safe for a terminal.
///
/// Parties, sources and quotes come from scraped pages and hand-typed files: an escape sequence
/// in one could recolour, retitle or rewrite the user's terminal. Every control character except
/// line feed and tab is shown as `?`, and line or paragraph separators as spaces.
enum TerminalText {
    static func printable(_ text: String) -> String {
        let isSafe = text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 && $0 != 0xE2 || $0 == 0x0A || $0 == 0x09 }
        guard !isSafe else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if scalar == "\n" || scalar == "\t" { return scalar }
            if scalar == "\u{2028}" || scalar == "\u{2029}" { return " " }
            return scalar.properties.generalCategory == .control ? "?" : scalar
        }))
    }
}

/// Plain-text output made safe for a terminal.
///
/// Parties, sources and quotes come from scraped pages and hand-typed files: an escape sequence
/// in one could recolour, retitle or rewrite the user's terminal. Every control character except
/// line feed and tab is shown as `?`, and line or paragraph separators as spaces.
enum TerminalText {
    static func printable(_ text: String) -> String {
        let isSafe = text.utf8.allSatisfy { $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 && $0 != 0xE2 || $0 == 0x0A || $0 == 0x09 }
        guard !isSafe else { return text }
        // Byte by byte: reports can run to hundreds of megabytes. The control characters are
        // C0 (00–1F), DEL (7F) and C1 (U+0080–U+009F, written C2 80–C2 9F).
        let utf8 = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            if byte == 0x0A || byte == 0x09 {
                out.append(byte)
            } else if byte < 0x20 || byte == 0x7F {
                out.append(UInt8(ascii: "?"))
            } else if byte == 0xC2, index + 1 < utf8.count, (0x80...0x9F).contains(utf8[index + 1]) {
                out.append(UInt8(ascii: "?"))
                index += 1
            } else if byte == 0xE2, index + 2 < utf8.count, utf8[index + 1] == 0x80, utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 {
                out.append(UInt8(ascii: " "))
                index += 2
            } else {
                out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}

import Testing
@testable import Extraction

/// The streaming HTML stripper gives the same text as reading the page whole, however the page is cut.
@Suite("HTML text, streamed")
struct HTMLTextStreamTests {
    /// The stripper as it was before it streamed: the whole page as one array of characters.
    enum Reference {
        static func plainText(of html: String) -> String {
            var out = ""
            out.reserveCapacity(html.utf8.count / 2)
            let scalars = Array(html.unicodeScalars)
            var i = 0
            var skipUntil: String?
            while i < scalars.count {
                let c = scalars[i]
                if c == "<" {
                    var j = i + 1
                    while j < scalars.count && scalars[j] != ">" { j += 1 }
                    let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)])).lowercased()
                    let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                    if let until = skipUntil {
                        if inner.hasPrefix("/") && name == until { skipUntil = nil }
                    } else if !inner.hasPrefix("/") && (name == "script" || name == "style" || name == "noscript") {
                        skipUntil = name
                    } else if HTMLText.blockTags.contains(name) && !out.hasSuffix("\n") {
                        out += "\n"
                    }
                    i = j + 1
                    continue
                }
                if skipUntil != nil { i += 1; continue }
                if c == "&" {
                    var j = i + 1
                    while j < scalars.count && j - i < 10 && scalars[j] != ";" && scalars[j] != " " { j += 1 }
                    if j < scalars.count && scalars[j] == ";" {
                        let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                        if let text = HTMLText.entities[name] { out += text; i = j + 1; continue }
                        if name.hasPrefix("#") {
                            let digits = name.dropFirst()
                            let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                            if let code, let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar); i = j + 1; continue }
                        }
                    }
                }
                out.unicodeScalars.append(c)
                i += 1
            }
            return out
        }
    }

    /// The text of `bytes` fed in pieces cut at `cuts`.
    private func streamed(_ bytes: [UInt8], cuts: [Int]) -> String {
        var stream = HTMLTextStream()
        var text: [UInt8] = []
        var start = 0
        for cut in Set(cuts.filter { $0 < bytes.count }).sorted() + [bytes.count] {
            bytes[start..<cut].withUnsafeBufferPointer { stream.feed($0, isFinal: cut == bytes.count, into: &text) }
            start = cut
        }
        return String(decoding: text, as: UTF8.self)
    }

    static let pieces: [String] = [
        "<p>", "</p>", "<br/>", "<div class=\"x\">", "<script>var a = '<p>';</script>", "<style>p {}</style>", "</script>",
        "<noscript>no</noscript>", "<SCRIPT>", "</SCRIPT>", "&amp;", "&nbsp;", "&#233;", "&#x41;", "&#+65;", "&bogus;", "& ", "&amp",
        "&#1114112;", "\r\n", "\n", "\r", "é", "—", "“", "Five soldiers were killed", " ", ".", "<", ">", "&", ";", "/", "<//p>",
        "<h1>", "</h1>", "<li>", "<p\u{301}>", "</\u{301}p>", "<!-- c -->", "ünïcode", "日本", "<tr>", "12", "&mdash;",
    ]

    @Test func matchesTheWholePageReading() {
        var generator = SplitMix(seed: 20_250_301)
        for _ in 0..<400 {
            var page = ""
            for _ in 0..<Int(generator.next() % 60) { page += Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }
            var bytes = Array(page.utf8)
            // Now and then an invalid byte.
            if generator.next() % 4 == 0, !bytes.isEmpty { bytes[Int(generator.next() % UInt64(bytes.count))] = 0xFF }
            if generator.next() % 8 == 0 { bytes.append(0xE2) }
            let expected = Reference.plainText(of: String(decoding: bytes, as: UTF8.self))
            #expect(HTMLText.plainText(of: String(decoding: bytes, as: UTF8.self)) == expected)
            let cuts = (0..<Int(generator.next() % 6)).map { _ in Int(generator.next() % UInt64(bytes.count + 1)) }
            #expect(streamed(bytes, cuts: cuts) == expected, "\(bytes) cut at \(cuts)")
            // Byte by byte.
            #expect(streamed(bytes, cuts: Array(0...bytes.count)) == expected, "\(bytes) byte by byte")
        }
    }

    @Test func anUnclosedTagRunsToTheEnd() {
        let page = Array("Text <p never closed and more".utf8)
        #expect(streamed(page, cuts: [7, 12]) == Reference.plainText(of: String(decoding: page, as: UTF8.self)))
    }
}

/// A small seeded generator, so the test sees the same pages every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ClaimModel

/// Reads one JSON Lines document: `{"id": …, "text": …, "published": "YYYY-MM-DD", "url": …, "source": …}`.
///
/// A hand-written parser over bytes (about 10× faster than `JSONDecoder` on news text): other keys and
/// nested values are skipped. Invalid UTF-8 inside strings is decoded with replacement characters.
public enum DocumentLine {
    /// Why a line is not a document.
    public struct Problem: Error, Sendable, Equatable {
        public var message: String
    }

    /// The document of a JSON object line; `fallbackID` names it when the line has no `id`.
    public static func document(from line: UnsafeBufferPointer<UInt8>, fallbackID: String) throws(Problem) -> Document {
        var parser = Parser(bytes: line)
        return try parser.document(fallbackID: fallbackID)
    }

    struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        /// The position of a quote at or after the scan, once found (see ``nextQuoteOrBackslash(from:)``).
        var quoteAhead = -1

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 13 || bytes[i] == 10 { i += 1 }
        }

        mutating func document(fallbackID: String) throws(Problem) -> Document {
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 }
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { throw Problem(message: "not a JSON object; each line must be one {\"id\", \"text\"} document") }
            i += 1
            var id: String?, text: String?, published: String?, url: String?, source: String?
            skipSpace()
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1 } else {
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw Problem(message: "not valid JSON: expected ':' after key \"\(key)\"") }
                    i += 1
                    skipSpace()
                    switch key {
                    case "id": id = try scalarText()
                    case "text": text = try scalarText()
                    case "published": published = try scalarText()
                    case "url": url = try scalarText()
                    case "source": source = try scalarText()
                    default: try skipValue()
                    }
                    skipSpace()
                    guard i < bytes.count else { throw Problem(message: "not valid JSON: the object is not closed") }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "}") { i += 1; break }
                    throw Problem(message: "not valid JSON: expected ',' or '}'")
                }
            }
            skipSpace()
            guard i == bytes.count else { throw Problem(message: "not valid JSON: text after the object") }
            guard let text else { throw Problem(message: "no \"text\" field; a document line needs \"id\" and \"text\"") }
            var date: CalendarDate?
            if let published, !published.isEmpty {
                date = Self.fullDate(published) ?? CalendarDate(iso: published.prefix(10))
            }
            return Document(id: id ?? fallbackID, text: text, published: date, url: url, source: source)
        }

        /// A `YYYY-MM-DD…` date read digit by digit (the common case; `CalendarDate(iso:)` handles the rest).
        static func fullDate(_ text: String) -> CalendarDate? {
            var copy = text
            return copy.withUTF8 { b -> CalendarDate? in
                guard b.count >= 10, b[4] == 45, b[7] == 45 else { return nil }
                var n = [0, 0, 0]
                for (part, range) in [(0, 0..<4), (1, 5..<7), (2, 8..<10)] {
                    for k in range {
                        guard b[k] >= 48 && b[k] <= 57 else { return nil }
                        n[part] = n[part] * 10 + Int(b[k] - 48)
                    }
                }
                return CalendarDate(year: n[0], month: n[1], day: n[2])
            }
        }

        /// A string or number as text; `nil` for null.
        mutating func scalarText() throws(Problem) -> String? {
            guard i < bytes.count else { throw Problem(message: "not valid JSON: value missing") }
            if bytes[i] == UInt8(ascii: "\"") { return try string() }
            if bytes[i] == UInt8(ascii: "n") { try skipValue(); return nil }
            let s = i
            try skipValue()
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self)
        }

        /// The index of the first '"' or '\\' at or after `start` (found with memchr), or the end.
        /// The next quote is remembered, so a string with many escapes is still scanned once.
        mutating func nextQuoteOrBackslash(from start: Int) -> Int {
            guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
            if quoteAhead < start {
                quoteAhead = memchr(base + start, 34, bytes.count - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? bytes.count
            }
            guard let slash = memchr(base + start, 92, quoteAhead - start) else { return quoteAhead }
            return base.distance(to: slash.assumingMemoryBound(to: UInt8.self))
        }

        mutating func string() throws(Problem) -> String {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw Problem(message: "not valid JSON: expected a string") }
            i += 1
            let s = i
            // Fast path: no escapes before the closing quote.
            i = nextQuoteOrBackslash(from: i)
            guard i < bytes.count else { throw Problem(message: "not valid JSON: unterminated string") }
            if bytes[i] == 34 {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self)
            }
            var out = [UInt8]()
            out.reserveCapacity(bytes.count - s)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[s..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == 34 { i += 1; return String(decoding: out, as: UTF8.self) }
                if b != 92 {
                    // Copy the run up to the next quote or backslash in one go.
                    let run = i
                    i = nextQuoteOrBackslash(from: i)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                    continue
                }
                i += 1
                guard i < bytes.count else { break }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if code >= 0xD800 && code < 0xDC00, i + 1 < bytes.count, bytes[i] == 92, bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if low >= 0xDC00 && low < 0xE000 { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) } else { code = 0xFFFD }
                    }
                    let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: out.append(e)
                }
            }
            throw Problem(message: "not valid JSON: unterminated string")
        }

        mutating func hex4() throws(Problem) -> UInt32 {
            guard i + 4 <= bytes.count else { throw Problem(message: "not valid JSON: bad \\u escape") }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = bytes[i]
                let d: UInt32
                switch c {
                case 48...57: d = UInt32(c - 48)
                case 65...70: d = UInt32(c - 55)
                case 97...102: d = UInt32(c - 87)
                default: throw Problem(message: "not valid JSON: bad \\u escape")
                }
                v = v * 16 + d
                i += 1
            }
            return v
        }

        mutating func skipValue() throws(Problem) {
            guard i < bytes.count else { throw Problem(message: "not valid JSON: value missing") }
            switch bytes[i] {
            case 34: _ = try string()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                var depth = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 34 { _ = try string(); continue }
                    if b == UInt8(ascii: "{") || b == UInt8(ascii: "[") { depth += 1 }
                    if b == UInt8(ascii: "}") || b == UInt8(ascii: "]") { depth -= 1; if depth == 0 { i += 1; return } }
                    i += 1
                }
                throw Problem(message: "not valid JSON: unclosed array or object")
            default:
                let s = i
                while i < bytes.count, !(bytes[i] == 44 || bytes[i] == 125 || bytes[i] == 93 || bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13) { i += 1 }
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<i]), as: UTF8.self)
                guard word == "null" || word == "true" || word == "false" || Double(word) != nil else {
                    throw Problem(message: "not valid JSON: unexpected '\(word.prefix(20))'")
                }
            }
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Strips an HTML page to its text a piece at a time, in memory bounded by the piece, whatever the
/// page's size: the same text as ``HTMLText/plainText(of:)`` of the whole page, however it is cut.
///
/// The page's bytes are decoded as UTF-8 (invalid bytes become U+FFFD, as `String(decoding:as:)` does)
/// up to the last ASCII byte of each piece, where no character can be cut. A tag keeps its first
/// ``tagLimit`` characters (enough for its name); an entity waits for the next piece when it may run on.
public struct HTMLTextStream {
    /// Characters of a tag kept to read its name.
    static let tagLimit = 4096
    /// An entity is at most this many characters after its `&`.
    static let entityLimit = 10

    /// Undecoded bytes: the end of the previous piece after its last ASCII byte.
    private var undecoded: [UInt8] = []
    /// Decoded text not yet read (valid UTF-8, whole characters): an entity that may continue in the next piece.
    private var unread: [UInt8] = []
    /// Inside a tag: its text so far (UTF-8, up to ``tagLimit`` characters) and how many characters that is.
    private var tag: [UInt8]?
    private var tagCharacters = 0
    /// The element whose closing tag ends the skipped text (script, style, noscript).
    private var skipUntil: String?
    /// The last two characters written, to know whether the text ends with a line break.
    private var last: Unicode.Scalar?
    private var beforeLast: Unicode.Scalar?

    public init() {}

    /// Appends to `text` (UTF-8) the text of the page's next `bytes`; `isFinal` for the last piece.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, isFinal: Bool, into text: inout [UInt8]) {
        var cut = bytes.count
        if !isFinal {
            while cut > 0 && bytes[cut - 1] >= 0x80 { cut -= 1 }
            // A piece without any ASCII byte: cut at a character start all the same (memory stays bounded).
            if cut == 0 && undecoded.count + bytes.count > 1 << 20 {
                cut = bytes.count
                while cut > 0 && bytes[cut - 1] & 0xC0 == 0x80 { cut -= 1 }
                if cut > 0 { cut -= 1 }
            }
        }
        if cut == 0 && !isFinal {
            undecoded.append(contentsOf: bytes)
            return
        }
        var decoded: String
        if undecoded.isEmpty {
            decoded = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
        } else {
            undecoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<cut]))
            decoded = String(decoding: undecoded, as: UTF8.self)
            undecoded = []
        }
        undecoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cut...]))
        if unread.isEmpty {
            decoded.withUTF8 { read($0, isFinal: isFinal, into: &text) }
        } else {
            var input = unread
            unread = []
            decoded.withUTF8 { input.append(contentsOf: $0) }
            input.withUnsafeBufferPointer { read($0, isFinal: isFinal, into: &text) }
        }
    }

    /// Reads valid UTF-8 text, whole characters. Every byte the markup turns on ('<', '>', '&', ';', ' ')
    /// is ASCII, which never occurs inside a longer character, so the text is read byte by byte and
    /// plain runs are copied whole.
    private mutating func read(_ s: UnsafeBufferPointer<UInt8>, isFinal: Bool, into out: inout [UInt8]) {
        guard let base = s.baseAddress else {
            if isFinal && tag != nil { endTag(into: &out) }
            return
        }
        let n = s.count
        var i = 0
        while i < n {
            if tag != nil {
                // To the end of the tag, keeping its first characters.
                let close = memchr(base + i, 62, n - i).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? n
                var k = i
                while k < close && tagCharacters < Self.tagLimit {
                    // One character: its lead byte and continuation bytes.
                    var e = k + 1
                    while e < close && s[e] & 0xC0 == 0x80 { e += 1 }
                    tag!.append(contentsOf: UnsafeBufferPointer(rebasing: s[k..<e]))
                    tagCharacters += 1
                    k = e
                }
                if close == n { return finish(isFinal: isFinal, into: &out) }
                endTag(into: &out)
                i = close + 1
                continue
            }
            if skipUntil != nil {
                // Skipped text: straight to the next tag.
                guard let open = memchr(base + i, 60, n - i) else { return finish(isFinal: isFinal, into: &out) }
                i = base.distance(to: open.assumingMemoryBound(to: UInt8.self)) + 1
                tag = []
                tagCharacters = 0
                continue
            }
            // Plain text up to the next '<' or '&', copied whole.
            var e = i
            while e < n && s[e] != 60 && s[e] != 38 { e += 1 }
            if e > i {
                writeRun(UnsafeBufferPointer(rebasing: s[i..<e]), into: &out)
                i = e
                continue
            }
            if s[i] == 60 {
                tag = []
                tagCharacters = 0
                i += 1
                continue
            }
            // '&': an entity when a ';' comes within the next nine characters, before any space.
            var j = i + 1
            var characters = 1
            while j < n && characters < Self.entityLimit && s[j] != 59 && s[j] != 32 {
                j += 1
                while j < n && s[j] & 0xC0 == 0x80 { j += 1 }
                characters += 1
            }
            if j == n && characters < Self.entityLimit && !isFinal {
                unread = Array(UnsafeBufferPointer(rebasing: s[i...]))  // the entity may go on in the next piece
                return
            }
            if j < n && s[j] == 59 {
                let name = String(decoding: UnsafeBufferPointer(rebasing: s[(i + 1)..<j]), as: UTF8.self)
                if let text = HTMLText.entities[name] {
                    for scalar in text.unicodeScalars { write(scalar, into: &out) }
                    i = j + 1
                    continue
                }
                if name.hasPrefix("#") {
                    let digits = name.dropFirst()
                    let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                    if let code, let scalar = Unicode.Scalar(code) { write(scalar, into: &out); i = j + 1; continue }
                }
            }
            write("&", into: &out)
            i += 1
        }
        if isFinal && tag != nil { endTag(into: &out) }  // a tag left open runs to the end of the page
    }

    /// The end of the bytes read: a tag left open at the end of the page runs to its end.
    private mutating func finish(isFinal: Bool, into out: inout [UInt8]) {
        if isFinal && tag != nil { endTag(into: &out) }
    }

    /// Writes a run of whole characters containing no markup, and notes its last two characters.
    private mutating func writeRun(_ run: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(contentsOf: run)
        // The last character, and the one before it when the last is a line feed.
        var k = run.count - 1
        while k > 0 && run[k] & 0xC0 == 0x80 { k -= 1 }
        let lastByte = run[k]
        let newLast: Unicode.Scalar = lastByte < 0x80 ? Unicode.Scalar(lastByte) : "\u{FFFD}"  // any non-ASCII stands for itself here
        if k == 0 {
            beforeLast = last
        } else {
            var p = k - 1
            while p > 0 && run[p] & 0xC0 == 0x80 { p -= 1 }
            beforeLast = run[p] < 0x80 ? Unicode.Scalar(run[p]) : "\u{FFFD}"
        }
        last = newLast
    }

    /// A tag read whole: it may start or end skipped text, or break the line.
    private mutating func endTag(into out: inout [UInt8]) {
        let inner = String(decoding: tag!, as: UTF8.self).lowercased()
        tag = nil
        let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
        if let until = skipUntil {
            if inner.hasPrefix("/") && name == until { skipUntil = nil }
        } else if !inner.hasPrefix("/") && (name == "script" || name == "style" || name == "noscript") {
            skipUntil = name
        } else if HTMLText.blockTags.contains(name) && !endsWithLineFeed {
            write("\n", into: &out)
        }
    }

    /// Whether the text so far ends with the character "\n" (a "\r\n" is one other character).
    private var endsWithLineFeed: Bool { last == "\n" && beforeLast != "\r" }

    private mutating func write(_ scalar: Unicode.Scalar, into out: inout [UInt8]) {
        beforeLast = last
        last = scalar
        let value = scalar.value
        if value < 0x80 {
            out.append(UInt8(value))
        } else {
            for unit in UTF8.encode(scalar)! { out.append(unit) }
        }
    }
}

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
    /// Decoded characters not yet read: an entity that may continue in the next piece.
    private var unread: [Unicode.Scalar] = []
    /// Inside a tag: its characters so far (up to ``tagLimit``).
    private var tag: [Unicode.Scalar]?
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
        let scalars: String
        if undecoded.isEmpty {
            scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
        } else {
            undecoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<cut]))
            scalars = String(decoding: undecoded, as: UTF8.self)
            undecoded = []
        }
        undecoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cut...]))
        var input = unread
        unread = []
        input.append(contentsOf: scalars.unicodeScalars)
        read(input, isFinal: isFinal, into: &text)
    }

    private mutating func read(_ scalars: [Unicode.Scalar], isFinal: Bool, into out: inout [UInt8]) {
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if tag != nil {
                if c == ">" {
                    endTag(into: &out)
                } else if tag!.count < Self.tagLimit {
                    tag!.append(c)
                }
                i += 1
                continue
            }
            if c == "<" { tag = []; i += 1; continue }
            if skipUntil != nil { i += 1; continue }
            if c == "&" {
                var j = i + 1
                while j < scalars.count && j - i < Self.entityLimit && scalars[j] != ";" && scalars[j] != " " { j += 1 }
                if j == scalars.count && j - i < Self.entityLimit && !isFinal {
                    unread = Array(scalars[i...])  // the entity may go on in the next piece
                    return
                }
                if j < scalars.count && scalars[j] == ";" {
                    let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
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
            }
            write(c, into: &out)
            i += 1
        }
        if isFinal && tag != nil { endTag(into: &out) }  // a tag left open runs to the end of the page
    }

    /// A tag read whole: it may start or end skipped text, or break the line.
    private mutating func endTag(into out: inout [UInt8]) {
        let inner = String(String.UnicodeScalarView(tag!)).lowercased()
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

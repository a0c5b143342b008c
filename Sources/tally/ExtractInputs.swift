import ClaimModel
import Extraction
import Foundation

/// Streams the documents of `tally extract`'s inputs: JSON Lines documents line by line, text and
/// Markdown files in sections, HTML files whole, standard input by its first byte (`{` means JSON Lines).
///
/// Memory stays bounded by the largest JSON line or HTML file, not by the input: a text file is
/// handed over in sections of about ``sectionSize`` bytes, each ending at a paragraph break (a blank
/// line) where there is one, else at a line break, and its claims are renumbered and shifted so they
/// read as one document's.
struct ExtractInputs {
    /// Called with each document (or section of one), where it sits in its file, and the bytes read so far.
    typealias Sink = (Document, Section, Int) throws -> Void

    /// Where a document's text sits in its file: a whole document, or one section of a large text file.
    struct Section {
        /// Code points of the file before this section.
        var codePointOffset = 0
        /// 0 for a whole document or the first section.
        var index = 0

        /// The section's claims as claims of the whole file: offsets shifted, ids numbered after the
        /// `earlier` claims of previous sections (links renamed with them).
        func placed(_ claims: [Claim], after earlier: Int, document: String) -> [Claim] {
            guard index > 0 || codePointOffset > 0 else { return claims }
            var renamed: [String: String] = [:]
            for (n, claim) in claims.enumerated() { renamed[claim.id] = "\(document)-\(earlier + n + 1)" }
            return claims.map { claim in
                var c = claim
                c.id = renamed[claim.id]!
                c.partOf = claim.partOf.map { renamed[$0] ?? $0 }
                c.sameAs = claim.sameAs.map { renamed[$0] ?? $0 }
                c.start = claim.start.map { $0 + codePointOffset }
                c.end = claim.end.map { $0 + codePointOffset }
                return c
            }
        }
    }

    /// Text files are extracted in sections of about this many bytes. Linking (`part_of`, `same_as`)
    /// and the document's default country are per section, so a section is large: 4 MiB.
    static let sectionSize = 4 << 20

    enum Kind { case jsonLines, text, html }

    let published: CalendarDate?
    var bytesRead = 0

    static func kind(of path: String) -> Kind {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonLines
        case "html", "htm", "xhtml": .html
        default: .text
        }
    }

    /// Reads every input (standard input when `paths` is empty or `-`), calling `sink` per document.
    mutating func read(_ paths: [String], _ sink: Sink) throws {
        let list = paths.isEmpty ? ["-"] : paths
        for path in list {
            let isStdin = path == "-"
            let fd: Int32 = isStdin ? 0 : open(path, O_RDONLY)
            guard fd >= 0 else {
                throw InputError(InputProblem(location: InputLocation(file: path, line: 0),
                                              message: "cannot be read: \(String(cString: strerror(errno))) (check the path and its permissions)"))
            }
            defer { if !isStdin { close(fd) } }
            var st = stat()
            if !isStdin, fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                throw InputError(InputProblem(location: InputLocation(file: path, line: 0), message: "is a folder; name the document files"))
            }
            let name = isStdin ? "stdin" : path
            var reader = ChunkReader(fd: fd)
            let first = try reader.peek(file: name)
            try rejectBinary(first, file: name)
            let kind: Kind = isStdin ? (first.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) == UInt8(ascii: "{") ? .jsonLines : .text) : Self.kind(of: path)
            switch kind {
            case .jsonLines:
                var lineNumber = 0
                let stem = Self.stem(of: name)
                try reader.forEachLine(file: name) { line in
                    lineNumber += 1
                    self.bytesRead += line.count + 1
                    if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
                    if let base = line.baseAddress, memchr(base, 0, line.count) != nil {
                        throw InputError(InputProblem(location: InputLocation(file: name, line: lineNumber), message: "binary data (NUL byte); expected a JSON document per line"))
                    }
                    let document: Document
                    do {
                        document = try DocumentLine.document(from: line, fallbackID: "\(stem)-\(lineNumber)")
                    } catch {
                        throw InputError(InputProblem(location: InputLocation(file: name, line: lineNumber), message: (error as? DocumentLine.Problem)?.message ?? "\(error)"))
                    }
                    var withDate = document
                    if withDate.published == nil { withDate.published = published }
                    try sink(withDate, Section(), self.bytesRead)
                }
            case .html:
                let bytes = try reader.all(file: name)
                bytesRead += bytes.count
                try rejectBinary(bytes[...].prefix(1 << 16), file: name)
                let text = HTMLText.plainText(of: String(decoding: bytes, as: UTF8.self))
                try sink(Document(id: Self.stem(of: name), text: text, published: published), Section(), bytesRead)
            case .text:
                var section = Section()
                try reader.forEachSection(file: name, size: Self.sectionSize) { bytes in
                    bytesRead += bytes.count
                    if section.index == 0 { try rejectBinary(ArraySlice(bytes.prefix(1 << 16)), file: name) }
                    let text = String(decoding: bytes, as: UTF8.self)
                    try sink(Document(id: Self.stem(of: name), text: text, published: published), section, bytesRead)
                    section.index += 1
                    section.codePointOffset += text.unicodeScalars.count
                }
            }
        }
    }

    private func rejectBinary(_ bytes: ArraySlice<UInt8>, file: String) throws {
        if bytes.prefix(8192).contains(0) {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 1), message: "binary file (NUL bytes); expected text, Markdown, HTML or JSON Lines"))
        }
    }

    /// `reports/idlib.txt` → `idlib`.
    static func stem(of path: String) -> String {
        path == "stdin" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}

/// Reads a file descriptor in 1 MiB chunks.
struct ChunkReader {
    let fd: Int32
    var buffer: [UInt8] = []
    var eof = false
    static let chunk = 1 << 20

    init(fd: Int32) { self.fd = fd }

    /// Reads more bytes into the buffer; false at end of file.
    mutating func fill(file: String) throws -> Bool {
        guard !eof else { return false }
        let old = buffer.count
        buffer.reserveCapacity(old + Self.chunk)
        var n = 0
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        n = buffer.withUnsafeMutableBytes { raw in Foundation.read(fd, raw.baseAddress! + old, Self.chunk) }
        if n < 0 {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 0), message: "cannot be read: \(String(cString: strerror(errno)))"))
        }
        buffer.removeLast(Self.chunk - n)
        if n == 0 { eof = true }
        return n > 0
    }

    /// The first bytes, without consuming them.
    mutating func peek(file: String) throws -> ArraySlice<UInt8> {
        while buffer.count < 8192, try fill(file: file) {}
        return buffer[...]
    }

    /// Calls `body` with each line (without its newline), keeping at most one line plus a chunk in memory.
    mutating func forEachLine(file: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var start = 0
        var bomChecked = false
        while true {
            if !bomChecked, buffer.count >= 3 {
                if buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { start = 3 }
                bomChecked = true
            }
            try buffer.withUnsafeBufferPointer { all in
                var s = start
                while let nl = memchrIndex(all, from: s) {
                    try body(UnsafeBufferPointer(rebasing: all[s..<nl]))
                    s = nl + 1
                }
                start = s
            }
            buffer.removeFirst(start)
            start = 0
            if try !fill(file: file) { break }
        }
        if !buffer.isEmpty { try buffer.withUnsafeBufferPointer { try body($0) } }
        buffer = []
    }

    private func memchrIndex(_ all: UnsafeBufferPointer<UInt8>, from s: Int) -> Int? {
        guard s < all.count, let base = all.baseAddress, let p = memchr(base + s, 10, all.count - s) else { return nil }
        return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
    }

    /// Calls `body` with consecutive sections of the rest of the input, each about `size` bytes and
    /// ending just after a blank line, else a line break (or at the end), so at most a section plus a
    /// chunk is in memory.
    /// A stretch of `size` bytes without a line break is cut at a UTF-8 character boundary instead.
    mutating func forEachSection(file: String, size: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var atEnd = false
        while !atEnd {
            while buffer.count < size, try fill(file: file) {}
            atEnd = eof && buffer.count <= size
            var cut = buffer.count
            if !atEnd {
                cut = Self.paragraphEnd(in: buffer[..<size]) ?? buffer[..<size].lastIndex(of: 10).map { $0 + 1 } ?? size
                while cut > 0 && cut < buffer.count && buffer[cut] & 0xC0 == 0x80 { cut -= 1 }  // never inside a character
                if cut == 0 { cut = size }
            }
            if cut > 0 || atEnd {
                try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<cut])) }
            }
            buffer.removeFirst(cut)
        }
        buffer = []
    }

    /// Just past the last blank line ("\n\n", or "\n\r\n") in the second half of `bytes`.
    private static func paragraphEnd(in bytes: ArraySlice<UInt8>) -> Int? {
        var k = bytes.endIndex - 1
        let floor = bytes.startIndex + bytes.count / 2
        while k > floor {
            if bytes[k] == 10 && (bytes[k - 1] == 10 || (bytes[k - 1] == 13 && k - 2 >= bytes.startIndex && bytes[k - 2] == 10)) { return k + 1 }
            k -= 1
        }
        return nil
    }

    /// Everything left.
    mutating func all(file: String) throws -> [UInt8] {
        while try fill(file: file) {}
        defer { buffer = [] }
        return buffer
    }
}

import ClaimModel
import Extraction
import Foundation

/// Splits `tally extract`'s inputs into ``ExtractUnit``s that workers extract on their own: JSON Lines
/// files into runs of whole lines, text and Markdown files into sections, HTML pages (their tags
/// stripped as they stream in) into sections of their text; standard input by its first byte
/// (`{` means JSON Lines).
///
/// Only this splitting runs on the main thread: it reads raw bytes, finds line breaks and hands the
/// bytes over without copying them again. Memory stays bounded whatever the input size: a run of
/// lines is about ``unitSize`` bytes (one line may be longer, up to ``maximumLineBytes``), a section
/// about ``sectionSize``, and an HTML page is read in ``htmlChunk`` pieces.
struct ExtractInputs {
    /// A JSON Lines unit holds whole lines, about this many bytes.
    static let unitSize = 1 << 17
    /// Text is extracted in sections of about this many bytes, each ending at a paragraph break (a blank
    /// line) where there is one, else at a line break, and its claims are renumbered and shifted so they
    /// read as one document's. Linking (`part_of`, `same_as`) and the document's default country are
    /// per section, so a section is large: 4 MiB.
    static let sectionSize = 4 << 20
    /// The longest JSON line read: a longer one stops the run with an error naming it (give such a
    /// document as a text file, which is read in sections).
    static let maximumLineBytes = 16 << 20
    /// HTML is read and stripped in pieces of this size.
    static let htmlChunk = 1 << 20

    enum Kind { case jsonLines, text, html }

    static func kind(of path: String) -> Kind {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonLines
        case "html", "htm", "xhtml": .html
        default: .text
        }
    }

    /// `reports/idlib.txt` → `idlib`.
    static func stem(of path: String) -> String {
        path == "stdin" ? "stdin" : ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    /// Splits every input (standard input when `paths` is empty or `-`), calling `sink` with each unit in order.
    static func read(_ paths: [String], _ sink: (ExtractUnit) throws -> Void) throws {
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
            var reader = ExtractReader(fd: fd, file: name)
            let first = try reader.read(after: [], count: 8192)
            if first.contains(0) {
                throw InputError(InputProblem(location: InputLocation(file: name, line: 1), message: "binary file (NUL bytes); expected text, Markdown, HTML or JSON Lines"))
            }
            let opensObject = first.first(where: { $0 != 32 && $0 != 10 && $0 != 13 && $0 != 9 }) == UInt8(ascii: "{")
            let kind: Kind = isStdin ? (opensObject ? .jsonLines : .text) : Self.kind(of: path)
            let stem = Self.stem(of: name)
            switch kind {
            case .jsonLines: try lines(from: &reader, start: first, stem: stem, sink)
            case .text: try sections(from: &reader, start: first, stem: stem, sink)
            case .html: try html(from: &reader, start: first, stem: stem, sink)
            }
        }
    }

    /// Runs of whole lines of about ``unitSize`` bytes; a line without its newline waits for the next read.
    private static func lines(from reader: inout ExtractReader, start: [UInt8], stem: String, _ sink: (ExtractUnit) throws -> Void) throws {
        var carry = start
        if carry.starts(with: [0xEF, 0xBB, 0xBF]) { carry.removeFirst(3) }  // a byte order mark
        var line = 1
        var carryHasNoLineFeed = false  // the first bytes may hold line feeds
        func tooLong(_ n: Int) -> InputError {
            InputError(InputProblem(location: InputLocation(file: reader.file, line: n),
                                    message: "line longer than \(maximumLineBytes >> 20) MiB; give so long a document as a text file"))
        }
        while true {
            // A line longer than a unit doubles the read, so a long line is copied a few times at most.
            let searched = carryHasNoLineFeed ? carry.count : 0
            carryHasNoLineFeed = true  // from now on, the carry is what follows the last line feed
            var chunk = reader.atEnd ? carry : try reader.read(after: carry[...], count: max(unitSize, carry.count))
            carry = []
            if reader.atEnd {
                guard !chunk.isEmpty else { return }
                if let long = Self.lines(in: chunk).longLine { throw tooLong(line + long) }
                return try sink(ExtractUnit(file: reader.file, stem: stem, content: .lines(firstLine: line), bytes: chunk))
            }
            guard let end = Self.lastNewline(in: chunk, after: searched) else {
                guard chunk.count <= maximumLineBytes else { throw tooLong(line) }
                carry = chunk
                continue
            }
            carry = Array(chunk[(end + 1)...])
            chunk.removeSubrange((end + 1)...)
            let (count, long) = Self.lines(in: chunk)
            if let long { throw tooLong(line + long) }
            try sink(ExtractUnit(file: reader.file, stem: stem, content: .lines(firstLine: line), bytes: chunk))
            line += count
        }
    }

    /// Sections of about ``sectionSize`` bytes (see ``sectionEnd(in:size:)``).
    private static func sections(from reader: inout ExtractReader, start: [UInt8], stem: String, _ sink: (ExtractUnit) throws -> Void) throws {
        var buffer = start
        var index = 0
        while true {
            // One byte past the section, so a cut at its end can see whether it falls inside a character.
            if !reader.atEnd && buffer.count <= sectionSize {
                buffer = try reader.read(after: buffer[...], count: sectionSize + 1 - buffer.count)
            }
            let atEnd = reader.atEnd && buffer.count <= sectionSize
            let cut = atEnd ? buffer.count : sectionEnd(in: buffer, size: sectionSize)
            let rest = Array(buffer[cut...])
            buffer.removeSubrange(cut...)
            try sink(ExtractUnit(file: reader.file, stem: stem, content: .section(index: index), bytes: buffer))
            index += 1
            buffer = rest
            if atEnd { return }
        }
    }

    /// The page read in ``htmlChunk`` pieces, its text cut into sections as it grows.
    private static func html(from reader: inout ExtractReader, start: [UInt8], stem: String, _ sink: (ExtractUnit) throws -> Void) throws {
        var stream = HTMLTextStream()
        var text: [UInt8] = []
        var index = 0
        var consumed = 0
        var chunk = start
        while true {
            let isFinal = reader.atEnd
            chunk.withUnsafeBufferPointer { stream.feed($0, isFinal: isFinal, into: &text) }
            consumed += chunk.count
            while text.count > sectionSize {
                let cut = sectionEnd(in: text, size: sectionSize)
                let rest = Array(text[cut...])
                text.removeSubrange(cut...)
                try sink(ExtractUnit(file: reader.file, stem: stem, content: .section(index: index), bytes: text, inputBytes: consumed))
                index += 1
                consumed = 0
                text = rest
            }
            if isFinal { break }
            chunk = try reader.read(after: [], count: htmlChunk)
        }
        if index == 0 || !text.isEmpty {
            try sink(ExtractUnit(file: reader.file, stem: stem, content: .section(index: index), bytes: text, inputBytes: consumed))
        }
    }

    /// Where to end a section of `bytes` (longer than `size`): just past the last blank line in the
    /// second half of its first `size` bytes, else just past the last line break, else at `size`;
    /// never inside a UTF-8 character.
    static func sectionEnd(in bytes: [UInt8], size: Int) -> Int {
        let window = bytes[..<size]
        var cut = paragraphEnd(in: window) ?? window.lastIndex(of: 10).map { $0 + 1 } ?? size
        while cut > 0 && cut < bytes.count && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut == 0 ? size : cut
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

    /// The last line feed of `bytes` at or after `start`, eight bytes at a time.
    private static func lastNewline(in bytes: [UInt8], after start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            var k = buffer.count
            while k - 8 >= start {
                let v = UnsafeRawPointer(base + k - 8).loadUnaligned(as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
                // High bit of each byte of `v` that is zero (exact, no borrow between bytes).
                let zero = ~(((v & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | v) & 0x8080_8080_8080_8080
                if zero != 0 { return k - 8 + (63 - zero.leadingZeroBitCount) / 8 }
                k -= 8
            }
            while k > start {
                k -= 1
                if buffer[k] == 10 { return k }
            }
            return nil
        }
    }

    /// How many line feeds `bytes` holds, and which of its lines (counting from 0) is the first longer
    /// than ``maximumLineBytes``, if one is (memchr from one line feed to the next: lines are long).
    static func lines(in bytes: [UInt8]) -> (count: Int, longLine: Int?) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return (0, nil) }
            var count = 0
            var long: Int?
            var p = UnsafeRawPointer(base)
            let end = UnsafeRawPointer(base + buffer.count)
            while p < end {
                guard let found = memchr(p, 10, p.distance(to: end)) else {
                    if long == nil && p.distance(to: end) > maximumLineBytes { long = count }
                    break
                }
                if long == nil && p.distance(to: UnsafeRawPointer(found)) > maximumLineBytes { long = count }
                count += 1
                p = UnsafeRawPointer(found) + 1
            }
            return (count, long)
        }
    }
}

import ClaimModel
import Foundation

/// Where `tally extract` writes claims as it goes: standard output, or a file replaced atomically
/// (a temporary file beside it, renamed over it when every input has been read).
struct ExtractOutput {
    enum Format: String { case jsonl, csv }

    let format: Format
    let destination: String?
    private let fd: Int32
    private let file: AtomicFile.Pending?
    private var pending: [UInt8] = []
    private var wroteHeader = false

    init(format: Format, destination: String?) throws {
        self.format = format
        self.destination = destination
        if let destination {
            let file = try AtomicFile.pending(for: destination)
            self.fd = file.descriptor
            self.file = file
        } else {
            self.fd = 1
            self.file = nil
        }
        pending.reserveCapacity(1 << 16)
    }

    mutating func write(_ claims: [Claim]) throws {
        switch format {
        case .jsonl:
            for claim in claims { appendJSONLine(claim) }
        case .csv:
            var text = ClaimCSV.text(of: claims)
            if wroteHeader, let newline = text.firstIndex(of: "\n") { text = String(text[text.index(after: newline)...]) }
            wroteHeader = true
            pending.append(contentsOf: text.utf8)
        }
        if pending.count >= 1 << 16 { try flush() }
    }

    /// The same line as `ClaimJSONLines.line(for:)`, escaped byte by byte straight into the buffer.
    private mutating func appendJSONLine(_ claim: Claim) {
        pending.append(UInt8(ascii: "{"))
        for (position, field) in ClaimField.allCases.enumerated() {
            if position > 0 { pending.append(UInt8(ascii: ",")) }
            pending.append(UInt8(ascii: "\""))
            pending.append(contentsOf: field.rawValue.utf8)
            pending.append(contentsOf: "\":".utf8)
            guard let value = claim.cellText(for: field) else { pending.append(contentsOf: "null".utf8); continue }
            if [.value, .low, .high, .start, .end].contains(field) { pending.append(contentsOf: value.utf8); continue }
            pending.append(UInt8(ascii: "\""))
            var plain = true
            for b in value.utf8 where b < 0x20 || b == 34 || b == 92 || b == 0xE2 { plain = false; break }
            if plain { pending.append(contentsOf: value.utf8) } else {
                let quoted = JSONString.quoted(value)
                pending.append(contentsOf: quoted.utf8.dropFirst().dropLast())
            }
            pending.append(UInt8(ascii: "\""))
        }
        pending.append(contentsOf: "}\n".utf8)
    }

    mutating func flush() throws {
        var offset = 0
        while offset < pending.count {
            let n = pending.withUnsafeBytes { Foundation.write(fd, $0.baseAddress! + offset, pending.count - offset) }
            if n <= 0 {
                if errno == EINTR { continue }
                throw AtomicFile.WriteError(path: destination ?? "standard output", reason: String(cString: strerror(errno)))
            }
            offset += n
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Flushes, and for a file, makes it durable and renames it into place.
    mutating func finish() throws {
        if format == .csv && !wroteHeader { try write([]) }
        try flush()
        guard let file else { return }
        try AtomicFile.commit(file)
    }

    /// Removes the temporary file after a failure, leaving any previous output intact.
    func abandon() {
        if let file { AtomicFile.abandon(file) }
    }
}

import Foundation

extension String {
    /// The string without leading and trailing white space.
    ///
    /// Fast path for the common case of nothing to trim: claim files have millions of cells, and
    /// Foundation's `trimmingCharacters(in:)` allocates for every one of them.
    func trimmedSpaces() -> String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        func isPlain(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x80 }
        if isPlain(first) && isPlain(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A claim together with where it was read, so every finding can point at a file and line.
public struct ClaimRecord: Sendable, Hashable {
    public var claim: Claim
    public var origin: InputLocation

    public init(claim: Claim, origin: InputLocation) {
        self.claim = claim
        self.origin = origin
    }
}

/// A place in an input file: its path and 1-based physical line (0 for the file as a whole).
public struct InputLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`, the form editors and CI annotations understand.
    public var description: String { line > 0 ? "\(file):\(line)" : file }

    public static func < (lhs: Self, rhs: Self) -> Bool { (lhs.file, lhs.line) < (rhs.file, rhs.line) }
}

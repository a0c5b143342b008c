/// One thing wrong with an input file, located precisely enough to fix it.
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
    public var location: InputLocation
    /// The column or JSON key at fault, when the problem belongs to one.
    public var field: String?
    /// The offending text as found (shortened when long).
    public var found: String?
    /// What was wrong and what was expected instead.
    public var message: String

    public init(location: InputLocation, field: String? = nil, found: String? = nil, message: String) {
        self.location = location
        self.field = field
        self.found = found.map(Self.shortened)
        self.message = message
    }

    /// `file:line: field 'value': '12a': expected …`.
    public var description: String {
        var text = "\(location): "
        if let field { text += "field '\(field)': " }
        if let found { text += "'\(found)': " }
        return text + message
    }

    private static func shortened(_ text: String) -> String {
        let printable = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? "?" : $0
        }))
        return printable.count > 60 ? String(printable.prefix(57)) + "..." : printable
    }
}

/// An input that cannot be used: every problem found in it, up to a limit.
///
/// Readers keep going after the first problem so a user fixes a file in one pass.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// The problems listed, in file order.
    public var problems: [InputProblem]
    /// How many more problems were found but not listed.
    public var unlisted: Int

    /// Problems beyond this many are counted, not listed.
    public static let listLimit = 50

    public init(problems: [InputProblem], unlisted: Int = 0) {
        self.problems = problems
        self.unlisted = unlisted
    }

    /// A single problem.
    public init(_ problem: InputProblem) { self.init(problems: [problem]) }

    public var description: String {
        var lines = problems.map { "error: \($0)" }
        if unlisted > 0 { lines.append("error: … and \(unlisted) more problems not listed") }
        return lines.joined(separator: "\n")
    }
}

/// Collects problems while a file is read, keeping at most ``InputError/listLimit``.
struct ProblemLog {
    private(set) var problems: [InputProblem] = []
    private(set) var unlisted = 0

    var isEmpty: Bool { problems.isEmpty }
    var isFull: Bool { problems.count >= InputError.listLimit }

    mutating func record(_ problem: InputProblem) {
        if isFull { unlisted += 1 } else { problems.append(problem) }
    }

    /// Adds another log's problems after this one's (logs of consecutive parts of a file).
    mutating func append(_ other: ProblemLog) {
        for problem in other.problems { record(problem) }
        unlisted += other.unlisted
    }

    /// Throws everything recorded, if anything was.
    func throwIfAny() throws(InputError) {
        if !problems.isEmpty { throw error }
    }

    /// Everything recorded, as one error.
    var error: InputError { InputError(problems: problems, unlisted: unlisted) }
}

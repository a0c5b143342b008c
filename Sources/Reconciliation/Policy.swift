/// How a best figure, and its low and high, are chosen when sources differ.
///
/// Whatever the policy, a source's own later figure for the same incident replaces its earlier
/// one (a revision); the policy decides between *different* sources' latest figures.
public enum Policy: Sendable, Hashable, CustomStringConvertible {
    /// low = the smallest, high = the largest figure over sources; best = their median
    /// (the lower of the two middle figures when the count is even).
    case range
    /// The lowest credible figure, as conflict-event datasets such as ACLED do: best = low = the smallest.
    case conservative
    /// The most recently reported figure, whoever reported it.
    case latest
    /// The first source of the list that reported the incident; `range` when none did.
    case prefer([String])

    /// Parses `range`, `conservative`, `latest` or `prefer:SOURCE,SOURCE,…`.
    public init?(argument: String) {
        switch argument {
        case "range": self = .range
        case "conservative": self = .conservative
        case "latest": self = .latest
        default:
            guard argument.hasPrefix("prefer:") else { return nil }
            let sources = argument.dropFirst("prefer:".count).split(separator: ",").map { String($0) }
            guard !sources.isEmpty else { return nil }
            self = .prefer(sources)
        }
    }

    public var description: String {
        switch self {
        case .range: "range"
        case .conservative: "conservative"
        case .latest: "latest"
        case .prefer(let sources): "prefer:" + sources.joined(separator: ",")
        }
    }

    /// One sentence saying how the policy chose, for reports and summaries.
    public var explanation: String {
        switch self {
        case .range: "best is the median of the sources' latest figures; low and high are the smallest and largest"
        case .conservative: "best is the lowest credible figure (the smallest of the sources' latest figures)"
        case .latest: "best is the most recently reported figure, whoever reported it"
        case .prefer(let sources): "best is the figure of the first of \(sources.joined(separator: ", ")) that reported it, else the median"
        }
    }
}

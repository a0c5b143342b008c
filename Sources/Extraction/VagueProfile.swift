/// How vague quantity words ("dozens", "hundreds", "several") turn into numbers.
///
/// Named conventions, selected with `tally extract --vague-profile`:
/// - ``tally``: the gold-set convention of SCHEMA.md — tens 20, dozens 24, scores 40, hundreds 200,
///   thousands 2,000, millions 2,000,000 ("several" alone is no figure, "several dozen" is dozens); each is a lower bound (`low = value`, `high` open).
/// - ``acled``: ACLED's coding convention — tens 10, dozens 12, scores 20, hundreds 100, thousands 1,000,
///   millions 1,000,000, several 3; also lower bounds.
public struct VagueProfile: Sendable, Hashable {
    /// The profile's name as given on the command line.
    public let name: String
    /// Word (lowercase, plural) → the figure it stands for.
    public let values: [String: Int]
    /// The same, looked up by bytes as the analysis does on every candidate.
    let words: WordMap<Int>

    init(name: String, values: [String: Int]) {
        self.name = name
        self.values = values
        words = WordMap(values.map { ($0.key, $0.value) })
    }

    /// The same profile in storage of its own. Threads that extract at once each take one: the
    /// analysis copies the profile for every sentence, and copies of one shared profile would make
    /// both cores update the same reference counts (a cache line passed back and forth, about a
    /// tenth of a microsecond each time).
    public func independentCopy() -> VagueProfile {
        VagueProfile(name: String(decoding: Array(name.utf8), as: UTF8.self),
                     values: Dictionary(uniqueKeysWithValues: values.map { (String(decoding: Array($0.key.utf8), as: UTF8.self), $0.value) }))
    }

    public static func == (a: VagueProfile, b: VagueProfile) -> Bool { a.name == b.name && a.values == b.values }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(values)
    }

    /// SCHEMA.md's convention (the default).
    public static let tally = VagueProfile(name: "tally", values: [
        "tens": 20, "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000,
    ])
    /// ACLED's convention.
    public static let acled = VagueProfile(name: "acled", values: [
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000, "several": 3,
    ])

    /// Every named profile.
    public static let all: [VagueProfile] = [.tally, .acled]

    /// The profile of that name, if there is one.
    public static func named(_ name: String) -> VagueProfile? { all.first { $0.name == name.lowercased() } }

    /// A one-line statement of the convention, for output headers and help.
    public var summary: String {
        let order = ["tens", "dozens", "scores", "hundreds", "thousands", "millions", "several"]
        return "vague profile \(name): " + order.compactMap { word in values[word].map { "\(word) \($0)" } }.joined(separator: ", ")
    }
}

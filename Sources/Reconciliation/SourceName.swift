/// The identity of whoever asserted a figure, with wire and spokesperson detail stripped.
///
/// "Gaza Health Ministry (Ashraf al-Qidra)", "Gaza Health Ministry, Gaza City", "Gaza Health Ministry (via AFP)" and
/// "gaza health ministry" are one source: a ministry quoted by ten outlets is still one source.
public struct SourceName: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The normalised key.
    public let key: String
    /// The name as first written.
    public let display: String

    /// The outlet-itself source, for claims with no attribution.
    public static let unattributed = SourceName(key: "(unattributed)", display: "(unattributed)")

    /// Whether the name is that of an authority ("Defence Ministry", "police spokesman"):
    /// one of its words is in ``officialWords``.
    public let isOfficial: Bool

    private init(key: String, display: String) {
        self.key = key
        self.display = display
        isOfficial = key.split(separator: " ").contains { Self.officialWords.contains(String($0)) }
    }

    /// Words that make a source an authority.
    static let officialWords: Set<String> = [
        "ministry", "minister", "government", "army", "military", "forces", "defence", "defense", "police",
        "president", "presidency", "authorities", "authority", "spokesman", "spokesperson", "governor", "agency",
    ]

    public init(_ text: String?) {
        guard let text, !text.isEmpty else {
            self = .unattributed
            return
        }
        var root = Substring(text)
        if let paren = root.firstIndex(of: "(") { root = root[..<paren] }
        if let comma = root.firstIndex(of: ",") { root = root[..<comma] }
        let words = root.lowercased()
            .split { !$0.isLetter && !$0.isNumber }
            .filter { !["the", "figures", "figure", "official", "officials", "s"].contains($0) }
        guard !words.isEmpty else {
            self = text.lowercased().contains("unattributed") ? .unattributed : SourceName(key: text.lowercased(), display: text)
            return
        }
        self.init(key: words.joined(separator: " "), display: root.trimmed(of: [" ", ",", ";"]))
    }

    public var description: String { display }

    /// Two names are the same source when their keys agree, however each was written.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.key == rhs.key }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.key < rhs.key }
}

extension Substring {
    func trimmed(of set: Set<Character>) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}

/// How often a document has named each side of its soldiers so far; the leading side is the one named
/// most often (the latest named among equals).
struct MilitaryPartyTally {
    private var counts: [String: (count: Int, last: Int)] = [:]
    private var named = 0

    mutating func count(_ party: String) {
        named += 1
        counts[party] = ((counts[party]?.count ?? 0) + 1, named)
    }

    var leading: String? {
        counts.max { ($0.value.count, $0.value.last) < ($1.value.count, $1.value.last) }?.key
    }
}

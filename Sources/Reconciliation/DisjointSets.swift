/// Union–find over the indices 0..<count, with path halving; each set's root is its smallest index.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of the set holding `index`.
    mutating func root(_ index: Int) -> Int {
        var index = index
        while parent[index] != index {
            parent[index] = parent[parent[index]]
            index = parent[index]
        }
        return index
    }

    /// Joins the sets of `a` and `b`.
    mutating func union(_ a: Int, _ b: Int) {
        let (first, second) = (root(a), root(b))
        if first != second { parent[max(first, second)] = min(first, second) }
    }
}

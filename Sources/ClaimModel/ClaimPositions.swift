/// Each claim id's position in a dataset: the index every rule, finding and report uses to go
/// from an id back to its claim.
///
/// An open-addressing table of positions keyed by a 64-bit FNV-1a hash of the id's bytes,
/// confirmed against the ids themselves. A million ids are looked up several million times per
/// run; this is several times cheaper than `Dictionary<String, Int>`, whose per-lookup SipHash
/// dominated reconciliation profiles. The first use of a repeated id keeps its position.
public struct ClaimPositions: Sendable {
    private let ids: [String]
    /// Position + 1 per slot; 0 marks an empty slot.
    private var slots: [Int32]
    private let mask: Int
    /// For each id used before: its position and the position of its first use.
    public private(set) var repeats: [(position: Int, first: Int)] = []

    /// Indexes `ids` (at most 2³¹ − 1 of them).
    public init(ids: [String]) {
        self.ids = ids
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [Int32](repeating: 0, count: capacity)
        for (position, id) in ids.enumerated() {
            var slot = Self.hash(id) & mask
            while true {
                let stored = Int(slots[slot])
                if stored == 0 {
                    slots[slot] = Int32(position + 1)
                    break
                }
                if ids[stored - 1] == id {
                    repeats.append((position, stored - 1))
                    break
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The position of the first claim with this id, if any.
    public subscript(id: String) -> Int? {
        var slot = Self.hash(id) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if ids[stored - 1] == id { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// How many ids were indexed, repeats included.
    public var count: Int { ids.count }

    private static func hash(_ id: String) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        // Fold the high bits in: the table uses the low ones.
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// Word lists and word-keyed tables keyed by ``WordText``: a lookup mixes the sixteen bytes held
/// inline into a hash and probes an open-addressing table.
///
/// Extraction looks every token up in a dozen lists; `Set<String>` hashes each string with SipHash
/// after Unicode normalization, which dominated the analysis. Every key is at most sixteen bytes
/// (longer text matches nothing). Built once, read-only, `Sendable`.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Immutable once built; raw buffers so a lookup does no reference counting or bounds checks.
    private final class Storage: @unchecked Sendable {
        /// Slot → entry index + 1 (0 is empty). At least three slots per entry.
        let slots: UnsafeMutablePointer<Int32>
        let mask: Int
        let keys: UnsafeMutablePointer<WordText>
        let values: UnsafeMutablePointer<Value>
        let names: [String]
        let count: Int

        init(_ list: [(String, Value)]) {
            var size = 16
            while size < list.count * 3 { size *= 2 }
            mask = size - 1
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            keys = .allocate(capacity: max(list.count, 1))
            values = .allocate(capacity: max(list.count, 1))
            var names: [String] = []
            names.reserveCapacity(list.count)
            // Later keys replace earlier ones, as in a dictionary; the first place is kept.
            for (key, value) in list {
                precondition(!key.isEmpty && key.utf8.count <= WordText.capacity, "'\(key)': a listed word has one to sixteen bytes")
                let word = WordText(key)
                var s = word.mixed & mask
                while slots[s] != 0 && keys[Int(slots[s]) - 1] != word { s = (s + 1) & mask }
                if slots[s] != 0 {
                    values[Int(slots[s]) - 1] = value
                } else {
                    (keys + names.count).initialize(to: word)
                    (values + names.count).initialize(to: value)
                    names.append(key)
                    slots[s] = Int32(names.count)
                }
            }
            count = names.count
            self.names = names
        }

        deinit {
            slots.deallocate()
            keys.deallocate()
            values.deinitialize(count: count)
            values.deallocate()
        }

        /// The slot holding `word`, or the empty slot where it would go.
        @inline(__always) func find(_ word: WordText) -> Int {
            var s = word.mixed & mask
            while true {
                let entry = Int(slots[s])
                if entry == 0 || keys[entry - 1] == word { return s }
                s = (s + 1) & mask
            }
        }
    }

    private let storage: Storage

    init(_ pairs: some Sequence<(String, Value)>) {
        storage = Storage(Array(pairs))
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// Every key, in insertion order.
    var keys: [String] { storage.names }

    var count: Int { storage.count }

    /// The value of `word`.
    @inline(__always) subscript(word: WordText) -> Value? {
        guard word.isComplete else { return nil }
        let entry = Int(storage.slots[storage.find(word)])
        return entry == 0 ? nil : storage.values[entry - 1]
    }

    /// The value of the word spelled by `bytes`.
    @inline(__always) subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        bytes.count <= WordText.capacity ? self[WordText(bytes)] : nil
    }

    /// The value of `word`.
    subscript(word: String) -> Value? {
        word.utf8.count <= WordText.capacity ? self[WordText(word)] : nil
    }
}

/// A list of words, looked up like ``WordMap``.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let map: WordMap<Bool>

    init(_ words: some Sequence<String>) {
        map = WordMap(words.map { ($0, true) })
    }

    init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    @inline(__always) func contains(_ word: WordText) -> Bool { map[word] != nil }

    func contains(_ word: String) -> Bool { map[word] != nil }

    func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { map[bytes: bytes] != nil }

    func union(_ other: some Sequence<String>) -> WordSet { WordSet(Array(self) + Array(other)) }

    func subtracting(_ other: some Sequence<String>) -> WordSet {
        let removed = WordSet(other)
        return WordSet(filter { !removed.contains($0) })
    }

    func isDisjoint(with words: some Sequence<String>) -> Bool { !words.contains { contains($0) } }

    func makeIterator() -> IndexingIterator<[String]> { map.keys.makeIterator() }
}

/// Word lists and word-keyed tables that look words up by their UTF-8 bytes with a cheap
/// multiplicative hash and open addressing.
///
/// Extraction looks every token up in a dozen lists; `Set<String>` hashes each string with SipHash
/// after Unicode normalization, which dominated the analysis. These tables hash the bytes as they
/// are (entries and tokens are both lowercase UTF-8) and compare bytes, so a lookup costs a few
/// instructions per byte. Built once, read-only, `Sendable`.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Slot → entry index + 1 (0 is empty). The table is at least twice the entry count.
    private var slots: [Int32]
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int>] = []
    private var values: [Value] = []
    private var mask: Int

    init(_ pairs: some Sequence<(String, Value)>) {
        let list = Array(pairs)
        var size = 16
        while size < list.count * 3 { size *= 2 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (key, value) in list { insert(key, value) }
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements)
    }

    /// Every key, in insertion order.
    var keys: [String] {
        keyRanges.map { String(decoding: keyBytes[$0], as: UTF8.self) }
    }

    var count: Int { values.count }

    private mutating func insert(_ key: String, _ value: Value) {
        let bytes = Array(key.utf8)
        let found = bytes.withUnsafeBufferPointer { slot(of: $0) }
        if slots[found] != 0 {
            values[Int(slots[found]) - 1] = value  // a repeated key keeps the last value, as a dictionary does
            return
        }
        keyRanges.append(keyBytes.count..<(keyBytes.count + bytes.count))
        keyBytes.append(contentsOf: bytes)
        values.append(value)
        slots[found] = Int32(values.count)
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The slot holding `bytes`, or the empty slot where it would go.
    @inline(__always) private func slot(of bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var s = Self.hash(bytes) & mask
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return s }
            let range = keyRanges[entry - 1]
            if range.count == bytes.count {
                var equal = true
                var k = 0
                var j = range.lowerBound
                while k < bytes.count {
                    if keyBytes[j] != bytes[k] { equal = false; break }
                    k += 1; j += 1
                }
                if equal { return s }
            }
            s = (s + 1) & mask
        }
    }

    /// The value of the word spelled by `bytes`.
    @inline(__always) subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let entry = Int(slots[slot(of: bytes)])
        return entry == 0 ? nil : values[entry - 1]
    }

    /// The value of `word`.
    @inline(__always) subscript(word: String) -> Value? {
        if word.isEmpty { return nil }
        var word = word
        return word.withUTF8 { self[bytes: $0] }
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

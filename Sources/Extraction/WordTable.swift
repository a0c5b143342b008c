#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Word lists and word-keyed tables that look words up by their UTF-8 bytes with a cheap
/// multiplicative hash and open addressing.
///
/// Extraction looks every token up in a dozen lists; `Set<String>` hashes each string with SipHash
/// after Unicode normalization, which dominated the analysis. These tables hash the bytes as they
/// are (entries and tokens are both lowercase UTF-8) and compare bytes, so a lookup costs a few
/// instructions per byte. Built once, read-only, `Sendable`.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// Immutable once built; raw buffers so a lookup does no reference counting or bounds checks.
    private final class Storage: @unchecked Sendable {
        /// Slot → entry index + 1 (0 is empty). At least three slots per entry.
        let slots: UnsafeMutablePointer<Int32>
        let mask: Int
        let keyBytes: UnsafeMutablePointer<UInt8>
        let keyStarts: UnsafeMutablePointer<Int>
        let values: UnsafeMutablePointer<Value>
        let count: Int

        init(_ list: [(String, Value)]) {
            var size = 16
            while size < list.count * 3 { size *= 2 }
            mask = size - 1
            slots = .allocate(capacity: size)
            slots.initialize(repeating: 0, count: size)
            // Later keys replace earlier ones, as in a dictionary.
            var order: [String] = []
            var latest: [String: Value] = [:]
            for (key, value) in list {
                if latest.updateValue(value, forKey: key) == nil { order.append(key) }
            }
            count = order.count
            let total = order.reduce(0) { $0 + $1.utf8.count }
            keyBytes = .allocate(capacity: max(total, 1))
            keyStarts = .allocate(capacity: count + 1)
            values = .allocate(capacity: max(count, 1))
            var offset = 0
            for (n, key) in order.enumerated() {
                keyStarts[n] = offset
                for b in key.utf8 { keyBytes[offset] = b; offset += 1 }
                (values + n).initialize(to: latest[key]!)
            }
            keyStarts[count] = offset
            for n in 0..<count {
                let bytes = UnsafeBufferPointer(start: keyBytes + keyStarts[n], count: keyStarts[n + 1] - keyStarts[n])
                slots[find(bytes)] = Int32(n + 1)
            }
        }

        deinit {
            slots.deallocate()
            keyBytes.deallocate()
            keyStarts.deallocate()
            values.deinitialize(count: count)
            values.deallocate()
        }

        /// Whether `key` starts with `bytes` (words are short: a loop beats a call to memcmp).
        @inline(__always) static func equal(_ key: UnsafeMutablePointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var k = 0
            while k < bytes.count {
                if key[k] != bytes[k] { return false }
                k += 1
            }
            return true
        }

        /// The slot holding `bytes`, or the empty slot where it would go.
        @inline(__always) func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            var s = WordMap.hash(bytes) & mask
            while true {
                let entry = Int(slots[s])
                if entry == 0 { return s }
                let start = keyStarts[entry - 1]
                if keyStarts[entry] - start == bytes.count && Self.equal(keyBytes + start, bytes) { return s }
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
    var keys: [String] {
        (0..<storage.count).map { n in
            String(decoding: UnsafeBufferPointer(start: storage.keyBytes + storage.keyStarts[n], count: storage.keyStarts[n + 1] - storage.keyStarts[n]), as: UTF8.self)
        }
    }

    var count: Int { storage.count }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value of the word spelled by `bytes`.
    @inline(__always) subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let entry = Int(storage.slots[storage.find(bytes)])
        return entry == 0 ? nil : storage.values[entry - 1]
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

/// A token's lowercase text in sixteen bytes held inline: comparing it with a literal, hashing it
/// and copying it cost a few instructions and no reference counting, which matters as the analysis
/// does little else.
///
/// A longer token keeps its first sixteen bytes and its length: it equals no literal and no listed
/// word (none is that long), and its text is read from the document when needed.
struct WordText: Hashable, Sendable {
    /// Bytes 0–7 and 8–15, little-endian, zero past the end.
    private(set) var low: UInt64 = 0
    private(set) var high: UInt64 = 0
    /// The text's length in bytes.
    private var length: UInt32 = 0
    /// The last two bytes, so that a longer token still knows its ending ("…ed").
    private var tail: UInt16 = 0

    /// The text's length in bytes.
    var count: Int { Int(length) }

    /// How many bytes are held.
    static let capacity = 16

    static let empty = WordText()

    init() {}

    /// The text of `bytes` (lowercase UTF-8).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes.prefix(Self.capacity) { append(byte) }
        setLength(bytes.count, lastTwo: bytes.suffix(2))
    }

    /// The text of `bytes` with ASCII capitals lowered.
    @inline(__always) init(lowering bytes: UnsafeBufferPointer<UInt8>) {
        @inline(__always) func lowered(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        let n = min(bytes.count, Self.capacity)
        for k in 0..<n { set(k, lowered(bytes[k])) }
        length = UInt32(truncatingIfNeeded: bytes.count)
        if bytes.count >= 2 { tail = UInt16(lowered(bytes[bytes.count - 2])) << 8 | UInt16(lowered(bytes[bytes.count - 1])) }
        else if bytes.count == 1 { tail = UInt16(lowered(bytes[0])) }
    }

    private mutating func setLength(_ n: Int, lastTwo: Slice<UnsafeBufferPointer<UInt8>>) {
        length = UInt32(truncatingIfNeeded: n)
        tail = 0
        for byte in lastTwo { tail = tail << 8 | UInt16(byte) }
    }

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { WordText($0) }
    }

    init(_ text: StaticString) {
        self = text.withUTF8Buffer { WordText($0) }
    }

    /// Sets byte `k` (below ``capacity``), which must still be zero.
    @inline(__always) mutating func set(_ k: Int, _ byte: UInt8) {
        if k < 8 { low |= UInt64(byte) << (8 * UInt64(k)) } else { high |= UInt64(byte) << (8 * UInt64(k - 8)) }
    }

    /// Whether the text begins with a casualty stem (``TriggerScan/stems``): "killings", "custody".
    var startsWithStem: Bool {
        guard count >= 3 else { return false }  // every stem has at least three letters
        let t = TriggerScan.tables
        let key = Int(byte(0) & 31) << 10 | Int(byte(1) & 31) << 5 | Int(byte(2) & 31)
        guard t.triples[key >> 6] & (1 << UInt64(key & 63)) != 0 else { return false }
        // Past the text: spaces, which match no stem.
        let head = count >= 8 ? low : low | (0x2020_2020_2020_2020 << (8 * UInt64(count)))
        let letter = Int(byte(0))
        for n in t.letterStart[letter]..<t.letterStart[letter + 1] where head & t.masks[n] == t.heads[n] {
            let tail = t.tails[n]
            if tail.isEmpty || (isComplete && 8 + tail.count <= count && tail.indices.allSatisfy { byte(8 + $0) == tail[$0] }) { return true }
        }
        return false
    }

    /// Appends a byte (to a text built a byte at a time).
    @inline(__always) mutating func append(_ byte: UInt8) {
        if count < Self.capacity { set(count, byte) }
        length += 1
        tail = tail << 8 | UInt16(byte)
    }

    /// Byte `k` (below ``capacity`` and `count`).
    @inline(__always) func byte(_ k: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: k < 8 ? low >> (8 * UInt64(k)) : high >> (8 * UInt64(k - 8)))
    }

    var isEmpty: Bool { count == 0 }
    /// Whether every byte is held (the token is at most ``capacity`` bytes).
    var isComplete: Bool { count <= Self.capacity }

    /// The text as a string (its first sixteen bytes when longer).
    var string: String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.capacity) { buffer in
            let n = min(count, Self.capacity)
            for k in 0..<n { buffer[k] = byte(k) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<n]), as: UTF8.self)
        }
    }

    /// The text as a decimal integer, as `Int(String)` reads it.
    var integer: Int? { isComplete ? Int(string) : nil }

    /// A cheap mix of the held bytes and the length, for ``WordMap``.
    @inline(__always) var mixed: Int {
        var h = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(truncatingIfNeeded: count)
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// "thousands" → "thousand".
    var droppingFinalS: WordText {
        guard isComplete, count > 0, byte(count - 1) == 115 else { return self }
        var shorter = WordText()
        for k in 0..<(count - 1) { shorter.append(byte(k)) }
        return shorter
    }

    /// Whether the text ends with `suffix`: any suffix of a word held whole, up to two bytes of a longer one.
    func hasSuffix(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard n <= count else { return false }
        if !isComplete {
            precondition(n <= 2, "a longer token keeps only its last two bytes")
            return suffix.withUTF8Buffer { s in s.indices.allSatisfy { UInt8(truncatingIfNeeded: tail >> (8 * UInt16(n - 1 - $0))) == s[$0] } }
        }
        return suffix.withUTF8Buffer { s in
            for k in 0..<n where byte(count - n + k) != s[k] { return false }
            return true
        }
    }

    @inline(__always) static func == (word: WordText, literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        guard word.count == n, n <= capacity else { return false }
        let s = literal.utf8Start
        for k in 0..<n where word.byte(k) != s[k] { return false }
        return true
    }

    @inline(__always) static func != (word: WordText, literal: StaticString) -> Bool { !(word == literal) }
    @inline(__always) static func == (literal: StaticString, word: WordText) -> Bool { word == literal }
    @inline(__always) static func != (literal: StaticString, word: WordText) -> Bool { !(word == literal) }

    /// Lets `switch` match literals: `case "death", "deaths":`.
    @inline(__always) static func ~= (literal: StaticString, word: WordText) -> Bool { word == literal }
}

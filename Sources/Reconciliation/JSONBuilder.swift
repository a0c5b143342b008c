import ClaimModel

/// Writes pretty-printed JSON straight into a byte buffer, one value at a time.
///
/// Reconciled datasets of a million claims do not fit `JSONEncoder`'s intermediate tree in
/// reasonable memory or time; this writes each value once. Callers write keys in sorted order, so
/// the output is byte-stable. Objects opened with `inline: true` are written on one line, which
/// keeps long lists of small objects (claim references) compact.
struct JSONBuilder {
    private(set) var bytes: [UInt8] = []
    /// Per open container: whether it already holds a value, and whether it is written on one line.
    private var stack: [(hasValue: Bool, isInline: Bool)] = [(false, false)]

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// A builder that continues inside an array (not inline) `depth` containers deep, as if it
    /// already held a value when `hasValue`: renders a piece of a long array, so that pieces can
    /// be written on several cores and joined in order with ``append(piece:)``.
    init(insideArrayAtDepth depth: Int, hasValue: Bool, capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        stack = [(false, false)] + Array(repeating: (true, false), count: max(0, depth - 1)) + [(hasValue, false)]
    }

    /// Appends a piece rendered by a builder made with ``init(insideArrayAtDepth:hasValue:capacity:)``
    /// for the array open here; `hasValue` says whether the piece held any element.
    mutating func append(piece: [UInt8], hasValue: Bool) {
        bytes += piece
        if hasValue { stack[stack.count - 1].hasValue = true }
    }

    /// How many containers are open.
    var depth: Int { stack.count - 1 }

    /// Whether the innermost open container holds a value.
    var holdsValue: Bool { stack[stack.count - 1].hasValue }

    /// Hands the bytes written so far to `sink` once they pass `threshold`, and forgets them, so
    /// a large document streams out in pieces instead of being held whole. Nesting state is kept.
    mutating func drain(over threshold: Int = 1 << 22, into sink: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count >= threshold else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The JSON written so far, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject(_ key: StaticString? = nil, inline: Bool = false) { open(key, UInt8(ascii: "{"), inline: inline) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray(_ key: StaticString? = nil, inline: Bool = false) { open(key, UInt8(ascii: "["), inline: inline) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func field(_ key: StaticString, _ value: String?) {
        prefix(key)
        if let value { JSONString.append(value, to: &bytes) } else { appendNull() }
    }

    mutating func field(_ key: StaticString, _ value: Int?) {
        prefix(key)
        guard let value else { return appendNull() }
        appendDigits(of: value)
    }

    private mutating func appendNull() {
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
    }

    /// The decimal digits of `value`, written without building a string.
    private mutating func appendDigits(of value: Int) {
        if value < 0 {
            guard value != Int.min else { return bytes.append(contentsOf: String(value).utf8) }
            bytes.append(UInt8(ascii: "-"))
            return appendDigits(of: -value)
        }
        if value < 10 { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        let start = bytes.count
        var rest = value
        while rest > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        }
        bytes[start...].reverse()
    }

    /// A bare string inside an array.
    mutating func element(_ value: String) {
        prefix(nil)
        JSONString.append(value, to: &bytes)
    }

    private mutating func open(_ key: StaticString?, _ bracket: UInt8, inline: Bool) {
        prefix(key)
        bytes.append(bracket)
        stack.append((false, inline || stack[stack.count - 1].isInline))
    }

    private mutating func close(_ bracket: UInt8) {
        let closing = stack.removeLast()
        if closing.hasValue && !closing.isInline {
            bytes.append(UInt8(ascii: "\n"))
            indent()
        }
        bytes.append(bracket)
    }

    /// Keys are literals without characters that need escaping, written as they are.
    private mutating func prefix(_ key: StaticString?) {
        let top = stack.count - 1
        if top > 0 {
            if stack[top].hasValue { bytes.append(UInt8(ascii: ",")) }
            if stack[top].isInline {
                if stack[top].hasValue { bytes.append(UInt8(ascii: " ")) }
            } else {
                bytes.append(UInt8(ascii: "\n"))
                indent()
            }
        }
        stack[top].hasValue = true
        if let key {
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
            bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: " ")])
        }
    }

    private mutating func indent() {
        for _ in 0..<(stack.count - 1) { bytes.append(contentsOf: [32, 32]) }
    }
}

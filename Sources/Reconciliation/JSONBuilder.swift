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

    /// Hands the bytes written so far to `sink` once they pass `threshold`, and forgets them, so
    /// a large document streams out in pieces instead of being held whole. Nesting state is kept.
    mutating func drain(over threshold: Int = 1 << 22, into sink: ([UInt8]) throws -> Void) rethrows {
        guard bytes.count >= threshold else { return }
        try sink(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// The JSON written so far, as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func beginObject(_ key: String? = nil, inline: Bool = false) { open(key, UInt8(ascii: "{"), inline: inline) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray(_ key: String? = nil, inline: Bool = false) { open(key, UInt8(ascii: "["), inline: inline) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func field(_ key: String, _ value: String?) {
        prefix(key)
        if let value { JSONString.append(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    mutating func field(_ key: String, _ value: Int?) {
        prefix(key)
        bytes.append(contentsOf: (value.map(String.init) ?? "null").utf8)
    }

    /// A bare string inside an array.
    mutating func element(_ value: String) {
        prefix(nil)
        JSONString.append(value, to: &bytes)
    }

    private mutating func open(_ key: String?, _ bracket: UInt8, inline: Bool) {
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

    private mutating func prefix(_ key: String?) {
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
            JSONString.append(key, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
        }
    }

    private mutating func indent() {
        for _ in 0..<(stack.count - 1) { bytes.append(contentsOf: [32, 32]) }
    }
}

/// Converts UTF-8 byte offsets of a document into Unicode code-point offsets, walking the bytes once
/// from the start as the offsets asked for move on.
struct CodePoints {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// How far the walk has gone, and the code points before that.
    private var position = 0
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The code-point offset of each byte offset (any order); none may lie before an offset asked
    /// for in an earlier call but the smallest of that call (sentences come in order).
    mutating func offsets(of byteOffsets: [Int]) -> [Int] {
        let order = byteOffsets.indices.sorted { byteOffsets[$0] < byteOffsets[$1] }
        var result = Array(repeating: 0, count: byteOffsets.count)
        if let first = order.first, byteOffsets[first] < position {
            // Spans of one sentence never reach back into an earlier sentence: start again from there.
            position = 0
            count = 0
        }
        for index in order {
            let target = byteOffsets[index]
            // Eight bytes at a time: every byte but a continuation byte (10xxxxxx) starts a code point.
            while position + 8 <= target {
                let word = UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self)
                let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                count += 8 - continuation.nonzeroBitCount
                position += 8
            }
            while position < target {
                if bytes[position] & 0xC0 != 0x80 { count += 1 }
                position += 1
            }
            result[index] = count
        }
        return result
    }
}

/// Converts UTF-8 byte offsets of a document into Unicode code-point offsets, walking the bytes once
/// from the start as the offsets asked for move on.
struct CodePoints {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// How far the walk has gone, and the code points before that.
    private var position = 0
    private var count = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Sets `result` to the code-point offset of each byte offset (any order); none may lie before an offset asked
    /// for in an earlier call but the smallest of that call (sentences come in order).
    mutating func offsets(of byteOffsets: [Int], into result: inout [Int]) {
        result.removeAll(keepingCapacity: true)
        result.append(contentsOf: byteOffsets)
        let n = byteOffsets.count
        guard n > 0 else { return }
        // The offsets' order by an insertion sort (a sentence has a few), in stack memory.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: n) { order in
            for k in 0..<n {
                var j = k
                while j > 0 && byteOffsets[order[j - 1]] > byteOffsets[k] {
                    order[j] = order[j - 1]
                    j -= 1
                }
                order[j] = k
            }
            do {
                if byteOffsets[order[0]] < position {
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
            }
        }
    }
}

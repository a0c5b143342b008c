/// Converts UTF-8 byte offsets into Unicode code-point offsets.
enum CodePoints {
    /// The code-point offset of each byte offset (any order), in one walk over the bytes up to the largest.
    static func offsets(of byteOffsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let order = byteOffsets.indices.sorted { byteOffsets[$0] < byteOffsets[$1] }
        var result = Array(repeating: 0, count: byteOffsets.count)
        var position = 0
        var count = 0
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

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
            while position < target {
                if bytes[position] & 0xC0 != 0x80 { count += 1 }
                position += 1
            }
            result[index] = count
        }
        return result
    }
}

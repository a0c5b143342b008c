/// The cheap first pass: byte offsets where a casualty word may start.
///
/// Only sentences holding one of these stems get tokenized and analysed, so text without
/// casualty vocabulary costs one pass over its bytes.
enum TriggerScan {
    /// Stems, lowercase, grouped by first letter for the byte scan.
    static let stems: [[UInt8]] = [
        "kill", "dead", "death", "die", "dying", "wound", "injur", "hurt", "missing", "kidnap", "abduct", "hostage",
        "captur", "captiv", "prisoner", "bodies", "body", "corpse", "toll", "lives", "casualt", "fatalit", "slain",
        "slew", "murder", "massacr", "behead", "execut", "hospital", "critical", "perish", "drown", "unaccounted",
        "lost", "custody", "treatment", "maim", "seized", "lynch", "remains", "slaughter",
    ].map { Array($0.utf8) }

    /// The stems' first eight bytes packed little-endian, grouped by first letter: the stems of
    /// letter `c` are `heads[letterStart[c]..<letterStart[c + 1]]`.
    static let heads: [UInt64] = packed.map(\.head)
    /// The mask of the bytes each packed head has.
    static let masks: [UInt64] = packed.map(\.mask)
    /// Bytes past the eighth ("unaccounted"), checked one by one.
    static let tails: [[UInt8]] = packed.map(\.tail)
    static let letterStart: [Int] = {
        var starts = Array(repeating: 0, count: 257)
        for p in packed { starts[Int(p.letter) + 1] += 1 }
        for c in 0..<256 { starts[c + 1] += starts[c] }
        return starts
    }()

    /// One bit per pair of lowercase first letters that begins some stem ("ki", "de", "to", …): most
    /// word starts ("th", "an", "sa") are rejected with one load.
    static let firstPairs: [UInt64] = {
        var bits = Array(repeating: UInt64(0), count: 1024)
        for stem in stems {
            let pair = Int(stem[0]) << 8 | Int(stem[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    private static let packed: [(letter: UInt8, head: UInt64, mask: UInt64, tail: [UInt8])] = stems.map { stem in
        var head: UInt64 = 0, mask: UInt64 = 0
        for (k, b) in stem.prefix(8).enumerated() {
            head |= UInt64(b) << (8 * k)
            mask |= 0xFF << (8 * k)
        }
        return (stem[0], head, mask, Array(stem.dropFirst(8)))
    }.sorted { $0.letter < $1.letter }

    /// Whether a lowercase word begins with a stem ("killings", "custody").
    static func startsWithStem(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3 else { return false }  // every stem has at least three letters
        let pair = Int(word[0]) << 8 | Int(word[1])
        guard firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
        return stems.contains { stem in
            stem.count <= word.count && stem.indices.allSatisfy { stem[$0] == word[$0] }
        }
    }

    /// Whether a lowercase word begins with a stem.
    static func startsWithStem(_ word: String) -> Bool {
        var word = word
        return word.withUTF8 { startsWithStem($0) }
    }

    static let partOpeners: [[UInt8]] = ["among them", "among the", "including", "of them", "of those", "they included", "they include"].map { Array($0.utf8) }

    /// Whether the sentence opens by naming parts of the previous sentence's count ("Among them were four children").
    static func startsWithPartOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        partOpeners.contains { opener in
            range.count >= opener.count && opener.indices.allSatisfy { (bytes[range.lowerBound + $0] | 0x20) == (opener[$0] | 0x20) }
        }
    }

    /// Whether `bytes[range]` holds a casualty stem at a word start.
    ///
    /// Eight bytes at a time: a word-start mask is computed with SWAR arithmetic (an ASCII letter
    /// after a byte that is neither a letter nor part of a non-ASCII scalar), and only word starts
    /// whose first letter begins some stem are compared, by a masked eight-byte compare (OR-ing
    /// 0x20 into a byte maps only 'A' and 'a' to 'a', so it is case-insensitive).
    static func containsTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress, !range.isEmpty else { return false }
        let end = range.upperBound
        return heads.withUnsafeBufferPointer { heads in
            masks.withUnsafeBufferPointer { masks in
                letterStart.withUnsafeBufferPointer { letterStart in
                firstPairs.withUnsafeBufferPointer { firstPairs in
                    /// Whether a stem starts at `i` (a word start).
                    func stemStarts(at i: Int) -> Bool {
                        guard i + 1 < end else { return false }  // every stem has at least three letters
                        let pair = Int(bytes[i] | 0x20) << 8 | Int(bytes[i + 1] | 0x20)
                        guard pair < 65536, firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { return false }
                        let letter = Int(bytes[i] | 0x20)
                        var n = letterStart[letter]
                        let last = letterStart[letter + 1]
                        guard n < last else { return false }
                        var word: UInt64 = 0
                        if i + 8 <= end {
                            word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        } else {
                            for k in 0..<(end - i) { word |= UInt64(bytes[i + k]) << (8 * k) }
                        }
                        word |= 0x2020_2020_2020_2020  // bytes past `end` become spaces, which match no stem
                        while n < last {
                            if word & masks[n] == heads[n] {
                                if masks[n] != UInt64.max { return true }
                                let tail = tails[n]
                                if i + 8 + tail.count <= end && tail.indices.allSatisfy({ (bytes[i + 8 + $0] | 0x20) == tail[$0] }) { return true }
                            }
                            n += 1
                        }
                        return false
                    }

                    let high: UInt64 = 0x8080_8080_8080_8080
                    var i = range.lowerBound
                    var previousWord: UInt64 = 0  // 0x80 when the byte before `i` is word material
                    while i + 8 <= end {
                        let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                        let low7 = (x | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
                        let atLeastA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F  // high bit: ≥ 'a'
                        let pastZ = low7 &+ 0x0505_0505_0505_0505  // high bit: > 'z'
                        let letters = atLeastA & ~pastZ & ~x & high
                        let wordBytes = letters | (x & high)
                        var starts = letters & ~((wordBytes << 8) | previousWord)
                        while starts != 0 {
                            let k = starts.trailingZeroBitCount / 8
                            if stemStarts(at: i + k) { return true }
                            starts &= starts - 1
                        }
                        previousWord = (wordBytes >> 56) & 0x80
                        i += 8
                    }
                    var previousIsWord = previousWord != 0
                    while i < end {
                        let b = bytes[i]
                        let lower = b | 0x20
                        let isLetter = lower >= 97 && lower <= 122
                        if isLetter && !previousIsWord && stemStarts(at: i) { return true }
                        previousIsWord = isLetter || b >= 0x80
                        i += 1
                    }
                    return false
                }
                }
            }
        }
    }
}

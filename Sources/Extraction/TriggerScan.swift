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
        "lost", "custody", "treatment", "maim", "seized", "lynch", "remains",
    ].map { Array($0.utf8) }

    /// `table[firstLetter]` lists the stems starting with that letter.
    static let table: [[[UInt8]]] = {
        var t = Array(repeating: [[UInt8]](), count: 256)
        for s in stems { t[Int(s[0])].append(s) }
        return t
    }()

    static let partOpeners: [[UInt8]] = ["among them", "among the", "including", "of them", "of those", "they included", "they include"].map { Array($0.utf8) }

    /// Whether the sentence opens by naming parts of the previous sentence's count ("Among them were four children").
    static func startsWithPartOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        partOpeners.contains { opener in
            range.count >= opener.count && opener.indices.allSatisfy { (bytes[range.lowerBound + $0] | 0x20) == (opener[$0] | 0x20) }
        }
    }

    /// Whether `bytes[range]` holds a casualty stem at a word start.
    static func containsTrigger(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        let end = range.upperBound
        var previousIsLetter = false
        while i < end {
            let b = bytes[i]
            let lower = b | 0x20
            let isLetter = lower >= 97 && lower <= 122
            if isLetter && !previousIsLetter {
                let candidates = table[Int(lower)]
                if !candidates.isEmpty {
                    for stem in candidates where i + stem.count <= end {
                        var k = 1
                        while k < stem.count && (bytes[i + k] | 0x20) == stem[k] { k += 1 }
                        if k == stem.count { return true }
                    }
                }
            }
            previousIsLetter = isLetter || b >= 0x80
            i += 1
        }
        return false
    }
}

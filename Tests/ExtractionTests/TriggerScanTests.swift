import Testing
@testable import Extraction

@Suite("Trigger scan")
struct TriggerScanTests {
    /// The plain byte-by-byte definition: a stem, case-insensitive, at a word start.
    private func reference(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var previousIsWord = false
        for i in bytes.indices {
            let lower = bytes[i] | 0x20
            let isLetter = lower >= 97 && lower <= 122
            if isLetter && !previousIsWord {
                for stem in TriggerScan.stems where i + stem.count <= bytes.count
                    && stem.indices.allSatisfy({ (bytes[i + $0] | 0x20) == stem[$0] }) { return true }
            }
            previousIsWord = isLetter || bytes[i] >= 0x80
        }
        return false
    }

    private func scan(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { TriggerScan.containsTrigger($0, 0..<$0.count) }
    }

    @Test(arguments: [
        "Two soldiers were KILLED.", "killed", "x killed", "The toll rose.", "unkilled farmers", "Ökill", "é killed",
        "UNACCOUNTED", "unaccounte", "The patients received TREATMENT", "treatmen", "skill and will", "12 dead",
        "a-dead", "body", "nobody", "Markets reopened on Monday.", "die", "died", "indie", "hospital.", "Hospitality",
    ])
    func agreesWithTheByteByByteDefinition(text: String) {
        #expect(scan(text) == reference(text))
        // The same text at every alignment of the eight-byte blocks.
        for pad in 1...9 {
            let padded = String(repeating: " ", count: pad) + text
            #expect(scan(padded) == reference(padded))
        }
    }

    @Test func looksOnlyInsideTheRange() {
        var text = "He was killed there."
        text.withUTF8 { bytes in
            #expect(TriggerScan.containsTrigger(bytes, 0..<7) == false)
            #expect(TriggerScan.containsTrigger(bytes, 7..<13) == true)
            #expect(TriggerScan.containsTrigger(bytes, 7..<10) == false)  // "kil"
            #expect(TriggerScan.containsTrigger(bytes, 8..<13) == false)  // "illed" is no word start
        }
    }
}

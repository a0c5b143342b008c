import Reconciliation

/// A stable identity for a finding: its rule and the claims involved, never line numbers, so a
/// finding keeps its fingerprint when rows move within a file.
public enum Fingerprint {
    /// 16 hex digits of FNV-1a (64-bit) over the rule id and the sorted claim ids.
    public static func of(rule: String, claimIDs: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ text: String) {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0
            hash = hash &* 0x0000_0100_0000_01B3
        }
        mix(rule)
        for id in claimIDs.sorted() { mix(id) }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    public static func of(_ finding: Finding) -> String { of(rule: finding.rule, claimIDs: finding.claimIDs) }
}

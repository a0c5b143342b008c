/// The two file formats of the claim interchange format.
public enum ClaimFormat: String, Sendable, CaseIterable {
    /// JSON Lines: one JSON object per line.
    case jsonl
    /// Comma-separated values with a header row of ``ClaimField`` names.
    case csv

    /// The format a file name's extension announces (`.jsonl`/`.ndjson`, `.csv`), if any.
    public init?(path: String) {
        let name = path.lowercased()
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
            self = .jsonl
        } else if name.hasSuffix(".csv") {
            self = .csv
        } else {
            return nil
        }
    }
}

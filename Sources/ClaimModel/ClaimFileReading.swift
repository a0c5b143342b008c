/// Reading claim files whose format is known or announced by their extension.
public enum ClaimFileReading {
    /// Decodes the bytes of a claim file in the given format.
    public static func records(from bytes: [UInt8], format: ClaimFormat, file: String) throws(InputError) -> [ClaimRecord] {
        switch format {
        case .csv: try ClaimCSV.records(from: bytes, file: file)
        case .jsonl: try ClaimJSONLines.records(from: bytes, file: file)
        }
    }

    /// The claims as a document in the given format.
    public static func text(of claims: [Claim], format: ClaimFormat) -> String {
        switch format {
        case .csv: ClaimCSV.text(of: claims)
        case .jsonl: ClaimJSONLines.text(of: claims)
        }
    }
}

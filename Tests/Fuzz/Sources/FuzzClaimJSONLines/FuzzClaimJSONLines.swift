import ClaimModel

/// Any bytes as a claim JSON Lines file. What reads must survive a round trip unchanged (no data
/// lost or altered): written back as JSON Lines and as CSV, each reads again to the same claims.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaimJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    guard let records = try? ClaimJSONLines.records(from: bytes, file: "fuzz.jsonl") else { return 0 }
    let claims = records.map(\.claim)
    for format in [ClaimFormat.jsonl, .csv] {
        let written = Array(ClaimFileReading.text(of: claims, format: format).utf8)
        do {
            let again = try ClaimFileReading.records(from: written, format: format, file: "again").map(\.claim)
            precondition(again == claims, "\(format) round trip changed the claims:\n\(claims)\n\(again)")
        } catch {
            preconditionFailure("\(format) round trip does not read: \(error)")
        }
    }
    return 0
}

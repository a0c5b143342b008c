import ClaimModel
import Extraction

/// Any bytes as a news document, with both vague-word profiles. Besides crashes and hangs, checks
/// the interchange invariants of every claim: 0 ≤ low ≤ value ≤ high, offsets inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtractor(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let document = Document(id: "fuzz", text: text, published: CalendarDate(year: 2020, month: 3, day: 4))
    let codePoints = text.unicodeScalars.count
    for profile in [VagueProfile.tally, .acled] {
        for claim in Extractor(profile: profile).claims(in: document) {
            precondition(claim.value >= 0, "negative value \(claim.value)")
            if let low = claim.low { precondition(low >= 0 && low <= claim.value, "low \(low) value \(claim.value)") }
            if let high = claim.high { precondition(high >= claim.value, "high \(high) value \(claim.value)") }
            if let start = claim.start, let end = claim.end {
                precondition(0 <= start && start <= end && end <= codePoints, "offsets \(start)..<\(end) of \(codePoints)")
            }
        }
    }
    return 0
}

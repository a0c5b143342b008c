@testable import Extraction

/// Any bytes as one sentence: every token is tried as the start of a number phrase, with both profiles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberPhrase(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let tokens = Tokenizer.tokens(in: bytes, from: 0, to: size)
    for profile in [VagueProfile.tally, .acled] {
        let reading = NumberReading(tokens: tokens, profile: profile)
        for index in tokens.indices {
            guard let phrase = reading.phrase(at: index) else { continue }
            precondition(phrase.first <= phrase.numberFirst && phrase.numberFirst <= phrase.last && phrase.last < tokens.count,
                         "phrase tokens \(phrase.first) \(phrase.numberFirst) \(phrase.last) of \(tokens.count)")
            precondition(phrase.first >= 0, "phrase starts at \(phrase.first)")
        }
    }
    return 0
}

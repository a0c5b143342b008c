import Foundation
import Testing

@Suite("tally extract on large text files")
struct ExtractSectionsTests {
    @Test func largeTextFileReadsAsOneDocument() throws {
        // About 5 MiB, so it is extracted in more than one section; non-ASCII text shifts code points from bytes.
        let filler = String(repeating: "Café owners in the old town said trade had been slow — “very slow” — all winter.\n", count: 1200)
        var text = ""
        for day in 0..<50 {
            text += filler + "Three soldiers were killed on Monday in attack number \(day).\n"
        }
        let folder = try ScratchFolder()
        let file = try folder.write(text, to: "long.txt")
        let result = try TallyBinary.run(["extract", file.path])
        #expect(result.status == 0)
        let claims = result.standardOutput.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(claims.count == 50)
        #expect(claims.map { $0["id"] as? String } == (1...50).map { "long-\($0)" })
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            let start = try #require(claim["start"] as? Int), end = try #require(claim["end"] as? Int)
            var quote = String.UnicodeScalarView()
            quote.append(contentsOf: scalars[start..<end])
            #expect(String(quote) == claim["quote"] as? String)
        }
    }
}

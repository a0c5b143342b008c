import Foundation
import Testing

@Suite("tally extract on inputs too large to hold whole")
struct ExtractLimitsTests {
    @Test func aJSONLineOverTheLimitIsRefusedNamingItsFileAndLine() throws {
        let folder = try ScratchFolder()
        let long = String(repeating: "Markets reopened on Monday. ", count: 17 << 20 / 28 + 1)
        let lines = [
            #"{"id": "a", "text": "Five soldiers were killed."}"#,
            #"{"id": "b", "text": "\#(long)"}"#,
            #"{"id": "c", "text": "Six soldiers were killed."}"#,
        ]
        let file = try folder.write(lines.joined(separator: "\n") + "\n", to: "docs.jsonl")
        let result = try TallyBinary.run(["extract", file.path, "--jobs", "2"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("docs.jsonl:2: line longer than 16 MiB"), "\(result.standardError)")
        #expect(result.standardOutput.contains(#""id":"a-1""#))
        #expect(!result.standardOutput.contains(#""id":"c-1""#))
    }

    @Test func aLargeHTMLPageIsExtractedInSectionsWithExactOffsets() throws {
        // About 5 MiB of text, so the page is extracted in sections; non-ASCII text shifts code points from bytes.
        let filler = "<p>Caf\u{E9} owners in the old town said trade had been slow \u{2014} &ldquo;very slow&rdquo; \u{2014} all winter.</p>\n"
        var page = "<html><head><title>Archive</title><script>var x = '<p>9 killed</p>';</script></head><body>\n"
        var paragraphs: [String] = []
        for day in 0..<40 {
            page += String(repeating: filler, count: 1500)
            paragraphs += Array(repeating: "Caf\u{E9} owners in the old town said trade had been slow \u{2014} \u{201C}very slow\u{201D} \u{2014} all winter.", count: 1500)
            let news = "Three soldiers were killed on Monday in attack number \(day)."
            page += "<p>\(news)</p>\n"
            paragraphs.append(news)
        }
        page += "</body></html>\n"
        let folder = try ScratchFolder()
        let file = try folder.write(page, to: "archive.html")
        let result = try TallyBinary.run(["extract", file.path])
        #expect(result.status == 0)
        let claims = result.standardOutput.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(claims.count == 40)
        #expect(claims.map { $0["id"] as? String } == (1...40).map { "archive-\($0)" })
        // The page's text: the title, then each paragraph followed by a blank line (block tags break lines).
        let text = "\nArchive\n\n" + paragraphs.map { $0 + "\n\n" }.joined()
        let scalars = Array(text.unicodeScalars)
        for claim in claims {
            let start = try #require(claim["start"] as? Int), end = try #require(claim["end"] as? Int)
            #expect(end <= scalars.count)
            guard end <= scalars.count else { continue }
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == claim["quote"] as? String)
        }
    }
}

import ClaimModel
import Extraction
import Foundation

/// Claims extracted from the article texts in a dataset folder (`.txt`, `.md`, `.html`), so a
/// folder of articles can be reconciled, reported and checked like a folder of claim files.
///
/// The document id is the file name without its extension; a name starting with an ISO date
/// (`2020-03-04-ap-idlib.txt`) gives the publication date that relative dates resolve against.
/// Each claim's line is the line of its quote in the text as read (for HTML, in its extracted text).
enum ArticleClaims {
    static let extensions: Set<String> = ["txt", "md", "html", "htm"]

    static func isArticle(_ path: String) -> Bool { extensions.contains((path as NSString).pathExtension.lowercased()) }

    static func records(file: String, profile: VagueProfile) throws(InputError) -> [ClaimRecord] {
        let bytes = try ClaimInputs.bytes(of: file)
        if bytes.prefix(8192).contains(0) {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 0),
                                          message: "binary data (NUL byte); expected an article as text, Markdown or HTML"))
        }
        let raw = String(decoding: bytes, as: UTF8.self)
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let text = ["html", "htm"].contains((file as NSString).pathExtension.lowercased()) ? HTMLText.plainText(of: raw) : raw
        let published = name.count >= 10 ? CalendarDate(iso: name.prefix(10)) : nil
        let document = Document(id: name, text: text, published: published)
        let claims = Extractor(profile: profile).claims(in: document)
        let lineStarts = lineStartOffsets(of: text)
        return claims.map { claim in
            ClaimRecord(claim: claim, origin: InputLocation(file: file, line: line(of: claim.start ?? 0, in: lineStarts)))
        }
    }

    /// The code-point offset at which each line starts.
    static func lineStartOffsets(of text: String) -> [Int] {
        var starts = [0]
        for (offset, scalar) in text.unicodeScalars.enumerated() where scalar == "\n" { starts.append(offset + 1) }
        return starts
    }

    /// The 1-based line holding a code-point offset.
    static func line(of offset: Int, in starts: [Int]) -> Int {
        var (low, high) = (0, starts.count)
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(1, low)
    }
}

/// A piece of `tally extract`'s input that one worker extracts on its own.
struct ExtractUnit: Sendable {
    enum Content: Sendable {
        /// Whole lines of a JSON Lines file (the last may lack its newline), the first being line `firstLine`.
        case lines(firstLine: Int)
        /// One section of a document's text (a text file, or an HTML page's text); section 0 starts it.
        case section(index: Int)
    }

    var file: String
    /// The file's name without folder and extension: a text document's id, a JSON line's fallback id.
    var stem: String
    var content: Content
    var bytes: [UInt8]
    /// Input bytes the unit stands for (an HTML page is longer than its text), for progress.
    var inputBytes: Int
    /// The unit's place among all units of the run (output goes out in this order).
    var sequence = 0

    init(file: String, stem: String, content: Content, bytes: [UInt8], inputBytes: Int? = nil) {
        self.file = file
        self.stem = stem
        self.content = content
        self.bytes = bytes
        self.inputBytes = inputBytes ?? bytes.count
    }
}

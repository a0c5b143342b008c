/// One word, number or punctuation mark of a sentence, located by UTF-8 byte offsets in the document.
struct Token: Sendable {
    enum Kind: Sendable { case word, number, punctuation }

    /// Byte offset of the first byte in the document's UTF-8.
    var start: Int
    /// Byte offset just past the last byte.
    var end: Int
    /// Lowercased text ("u.s.", "1,200", "-").
    var lower: String
    var kind: Kind
    /// Whether the original starts with an uppercase letter.
    var isCapitalized: Bool
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isPunctuation: Bool { kind == .punctuation }
}

/// The readable text of an HTML page: tags, scripts and styles removed, entities decoded, block
/// elements turned into line breaks so that headlines and paragraphs stay separate sentences.
///
/// ``HTMLTextStream`` does the work a piece at a time; this reads a whole page at once.
public enum HTMLText {
    static let blockTags: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title", "section", "article", "blockquote", "header", "footer", "ul", "ol", "table"]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "eacute": "é", "copy": "©",
    ]

    /// The text of `html`; offsets of claims refer to this text.
    public static func plainText(of html: String) -> String {
        var stream = HTMLTextStream()
        var text: [UInt8] = []
        text.reserveCapacity(html.utf8.count / 2)
        var html = html
        html.withUTF8 { stream.feed($0, isFinal: true, into: &text) }
        return String(decoding: text, as: UTF8.self)
    }
}

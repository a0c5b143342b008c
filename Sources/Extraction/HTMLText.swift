/// The readable text of an HTML page: tags, scripts and styles removed, entities decoded, block
/// elements turned into line breaks so that headlines and paragraphs stay separate sentences.
public enum HTMLText {
    static let blockTags: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "title", "section", "article", "blockquote", "header", "footer", "ul", "ol", "table"]
    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "hellip": "…", "eacute": "é", "copy": "©",
    ]

    /// The text of `html`; offsets of claims refer to this text.
    public static func plainText(of html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count / 2)
        let scalars = Array(html.unicodeScalars)
        var i = 0
        var skipUntil: String?
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                var j = i + 1
                while j < scalars.count && scalars[j] != ">" { j += 1 }
                let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)])).lowercased()
                let name = String(inner.drop(while: { $0 == "/" }).prefix(while: { $0.isLetter || $0.isNumber }))
                if let until = skipUntil {
                    if inner.hasPrefix("/") && name == until { skipUntil = nil }
                } else if !inner.hasPrefix("/") && (name == "script" || name == "style" || name == "noscript") {
                    skipUntil = name
                } else if blockTags.contains(name) && !out.hasSuffix("\n") {
                    out += "\n"
                }
                i = j + 1
                continue
            }
            if skipUntil != nil { i += 1; continue }
            if c == "&" {
                var j = i + 1
                while j < scalars.count && j - i < 10 && scalars[j] != ";" && scalars[j] != " " { j += 1 }
                if j < scalars.count && scalars[j] == ";" {
                    let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                    if let text = entities[name] { out += text; i = j + 1; continue }
                    if name.hasPrefix("#") {
                        let digits = name.dropFirst()
                        let code = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
                        if let code, let scalar = Unicode.Scalar(code) { out.unicodeScalars.append(scalar); i = j + 1; continue }
                    }
                }
            }
            out.unicodeScalars.append(c)
            i += 1
        }
        return out
    }
}

import Extraction

/// Any bytes as an HTML page; the plain text must come out (and be extractable) without crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTMLText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let html = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let text = HTMLText.plainText(of: html)
    precondition(text.utf8.count <= html.utf8.count * 3 + 16, "plain text longer than the page")
    _ = Extractor().claims(in: Document(id: "fuzz", text: text))
    return 0
}

import ClaimModel

/// One news passage to extract claims from.
public struct Document: Sendable, Hashable {
    /// Identifies the document in claim ids and the `doc` field.
    public var id: String
    /// The passage; claim offsets count its Unicode code points.
    public var text: String
    /// Publication date: the claims' `report_date` and the anchor of relative dates.
    public var published: CalendarDate?
    /// Where the text was read.
    public var url: String?
    /// The outlet, if known (kept for callers; claims name their own attributed sources).
    public var source: String?

    public init(id: String, text: String, published: CalendarDate? = nil, url: String? = nil, source: String? = nil) {
        self.id = id
        self.text = text
        self.published = published
        self.url = url
        self.source = source
    }
}

/// One numeric casualty statement: "58 Turkish troops killed in the past month", as a value.
///
/// A claim records what a source *said*, not what happened: reconciliation decides how claims
/// combine. Its stored form is the interchange format every `tally` command reads and writes
/// (see ``ClaimField`` for the column names).
public struct Claim: Sendable, Hashable {
    /// Unique within a dataset.
    public var id: String
    /// The document the claim was read from.
    public var document: String?
    /// When the source published or stated the figure.
    public var reportDate: CalendarDate?
    /// First day the figure covers.
    public var eventStart: CalendarDate?
    /// Last day the figure covers.
    public var eventEnd: CalendarDate?
    /// What happened to the victims.
    public var category: CasualtyCategory
    /// The best single figure.
    public var value: Int
    /// Lowest figure the wording allows ("at least 10" → 10); `nil` when open.
    public var low: Int?
    /// Highest figure the wording allows ("up to 30" → 30); `nil` when open.
    public var high: Int?
    /// Who suffered it, as the text names them.
    public var victim: String?
    /// The victims' country or armed group.
    public var party: String?
    /// The victims' role.
    public var role: VictimRole?
    /// One incident, or a running total over a period.
    public var scope: ClaimScope
    /// The time expression the figure is tied to ("in the past month").
    public var period: String?
    /// Where the victims were.
    public var region: String?
    /// Who asserted the figure; `nil` when the outlet states it itself.
    public var source: String?
    /// Id of the claim this one is contained in ("58 …, including 33 …").
    public var partOf: String?
    /// Id of the claim this one restates.
    public var sameAs: String?
    /// Where the document was read.
    public var url: String?
    /// The sentence or span the claim came from.
    public var quote: String?
    /// Offset of the quote in the document, in Unicode code points.
    public var start: Int?
    /// End offset (exclusive) of the quote in the document, in Unicode code points.
    public var end: Int?

    /// Creates a claim; only the fields every claim must have are required.
    public init(
        id: String, document: String? = nil, reportDate: CalendarDate? = nil,
        eventStart: CalendarDate? = nil, eventEnd: CalendarDate? = nil,
        category: CasualtyCategory, value: Int, low: Int? = nil, high: Int? = nil,
        victim: String? = nil, party: String? = nil, role: VictimRole? = nil,
        scope: ClaimScope, period: String? = nil, region: String? = nil, source: String? = nil,
        partOf: String? = nil, sameAs: String? = nil, url: String? = nil, quote: String? = nil,
        start: Int? = nil, end: Int? = nil
    ) {
        self.id = id
        self.document = document
        self.reportDate = reportDate
        self.eventStart = eventStart
        self.eventEnd = eventEnd
        self.category = category
        self.value = value
        self.low = low
        self.high = high
        self.victim = victim
        self.party = party
        self.role = role
        self.scope = scope
        self.period = period
        self.region = region
        self.source = source
        self.partOf = partOf
        self.sameAs = sameAs
        self.url = url
        self.quote = quote
        self.start = start
        self.end = end
    }
}

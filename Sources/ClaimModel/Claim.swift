/// One numeric casualty statement: "58 Turkish troops killed in the past month", as a value.
///
/// A claim records what a source *said*, not what happened: reconciliation decides how claims
/// combine. Its stored form is the interchange format every `tally` command reads and writes
/// (see ``ClaimField`` for the column names).
public struct Claim: Sendable, Hashable {
    /// The largest figure a claim file may hold: ten billion, more than everyone alive.
    ///
    /// A larger "count" is a typing or extraction error; rejecting it when a file is read also keeps
    /// every sum of a dataset's figures (millions of claims at most) far from integer overflow.
    public static let largestCount = 10_000_000_000

    /// The stored fields; `Claim` keeps them in one shared box so copies are cheap (copy on write).
    @usableFromInline
    struct Fields: Sendable, Hashable {
        @usableFromInline var id: String
        @usableFromInline var document: String?
        @usableFromInline var reportDate: CalendarDate?
        @usableFromInline var eventStart: CalendarDate?
        @usableFromInline var eventEnd: CalendarDate?
        @usableFromInline var category: CasualtyCategory
        @usableFromInline var value: Int
        @usableFromInline var low: Int?
        @usableFromInline var high: Int?
        @usableFromInline var victim: String?
        @usableFromInline var party: String?
        @usableFromInline var role: VictimRole?
        @usableFromInline var scope: ClaimScope
        @usableFromInline var period: String?
        @usableFromInline var region: String?
        @usableFromInline var source: String?
        @usableFromInline var partOf: String?
        @usableFromInline var sameAs: String?
        @usableFromInline var url: String?
        @usableFromInline var quote: String?
        @usableFromInline var start: Int?
        @usableFromInline var end: Int?
    }

    @usableFromInline
    final class Box: @unchecked Sendable {
        // Mutated only while uniquely referenced (see `fields` below), so sharing across threads is safe.
        @usableFromInline var fields: Fields
        @usableFromInline init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline
    var box: Box

    /// All fields; writing copies the box first when it is shared.
    @usableFromInline
    var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    /// Unique within a dataset.
    @inlinable public var id: String {
        get { box.fields.id }
        set { fields.id = newValue }
    }

    /// The document the claim was read from.
    @inlinable public var document: String? {
        get { box.fields.document }
        set { fields.document = newValue }
    }

    /// When the source published or stated the figure.
    @inlinable public var reportDate: CalendarDate? {
        get { box.fields.reportDate }
        set { fields.reportDate = newValue }
    }

    /// First day the figure covers.
    @inlinable public var eventStart: CalendarDate? {
        get { box.fields.eventStart }
        set { fields.eventStart = newValue }
    }

    /// Last day the figure covers.
    @inlinable public var eventEnd: CalendarDate? {
        get { box.fields.eventEnd }
        set { fields.eventEnd = newValue }
    }

    /// What happened to the victims.
    @inlinable public var category: CasualtyCategory {
        get { box.fields.category }
        set { fields.category = newValue }
    }

    /// The best single figure.
    @inlinable public var value: Int {
        get { box.fields.value }
        set { fields.value = newValue }
    }

    /// Lowest figure the wording allows ("at least 10" → 10); `nil` when open.
    @inlinable public var low: Int? {
        get { box.fields.low }
        set { fields.low = newValue }
    }

    /// Highest figure the wording allows ("up to 30" → 30); `nil` when open.
    @inlinable public var high: Int? {
        get { box.fields.high }
        set { fields.high = newValue }
    }

    /// Who suffered it, as the text names them.
    @inlinable public var victim: String? {
        get { box.fields.victim }
        set { fields.victim = newValue }
    }

    /// The victims' country or armed group.
    @inlinable public var party: String? {
        get { box.fields.party }
        set { fields.party = newValue }
    }

    /// The victims' role.
    @inlinable public var role: VictimRole? {
        get { box.fields.role }
        set { fields.role = newValue }
    }

    /// One incident, or a running total over a period.
    @inlinable public var scope: ClaimScope {
        get { box.fields.scope }
        set { fields.scope = newValue }
    }

    /// The time expression the figure is tied to ("in the past month").
    @inlinable public var period: String? {
        get { box.fields.period }
        set { fields.period = newValue }
    }

    /// Where the victims were.
    @inlinable public var region: String? {
        get { box.fields.region }
        set { fields.region = newValue }
    }

    /// Who asserted the figure; `nil` when the outlet states it itself.
    @inlinable public var source: String? {
        get { box.fields.source }
        set { fields.source = newValue }
    }

    /// Id of the claim this one is contained in ("58 …, including 33 …").
    @inlinable public var partOf: String? {
        get { box.fields.partOf }
        set { fields.partOf = newValue }
    }

    /// Id of the claim this one restates.
    @inlinable public var sameAs: String? {
        get { box.fields.sameAs }
        set { fields.sameAs = newValue }
    }

    /// Where the document was read.
    @inlinable public var url: String? {
        get { box.fields.url }
        set { fields.url = newValue }
    }

    /// The sentence or span the claim came from.
    @inlinable public var quote: String? {
        get { box.fields.quote }
        set { fields.quote = newValue }
    }

    /// Offset of the quote in the document, in Unicode code points.
    @inlinable public var start: Int? {
        get { box.fields.start }
        set { fields.start = newValue }
    }

    /// End offset (exclusive) of the quote in the document, in Unicode code points.
    @inlinable public var end: Int? {
        get { box.fields.end }
        set { fields.end = newValue }
    }

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
        box = Box(Fields(id: id, document: document, reportDate: reportDate, eventStart: eventStart, eventEnd: eventEnd, category: category, value: value, low: low, high: high, victim: victim, party: party, role: role, scope: scope, period: period, region: region, source: source, partOf: partOf, sameAs: sameAs, url: url, quote: quote, start: start, end: end))
    }

    public static func == (lhs: Claim, rhs: Claim) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.fields) }
}

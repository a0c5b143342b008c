/// Small integer ids for repeated labels (parties, sources, regions), in order of first use, so
/// that loops over a large dataset compare and index by number. The previous label is checked
/// before the dictionary: labels usually come in runs.
public struct Interner<Label: Hashable> {
    private var ids: [Label: Int] = [:]
    private var last: (label: Label, id: Int)?
    /// The labels, by id.
    public private(set) var keys: [Label] = []

    public init() {}

    /// The label's id; a label seen for the first time gets the next one.
    public mutating func id(_ label: Label) -> Int {
        if let last, last.label == label { return last.id }
        let id = ids[label] ?? {
            ids[label] = keys.count
            keys.append(label)
            return keys.count - 1
        }()
        last = (label, id)
        return id
    }
}

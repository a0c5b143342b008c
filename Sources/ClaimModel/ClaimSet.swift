/// The claims of one dataset, checked for what makes a dataset unusable as a whole.
public enum ClaimSet {
    /// The records unchanged, after checking that every id is unique across all files.
    ///
    /// - Throws: ``InputError`` naming each repeated id with the place it was first used.
    public static func validated(_ records: [ClaimRecord]) throws(InputError) -> [ClaimRecord] {
        try validatedWithPositions(records).records
    }

    /// Claims checked for unique ids, with each id's position in `records`.
    public struct Validated: Sendable {
        public let records: [ClaimRecord]
        public let positions: ClaimPositions
    }

    /// The records unchanged, after checking that every id is unique, with each id's position.
    ///
    /// - Throws: ``InputError`` naming each repeated id with the place it was first used.
    public static func validatedWithPositions(_ records: [ClaimRecord]) throws(InputError) -> Validated {
        var log = ProblemLog()
        let positions = ClaimPositions(ids: records.map(\.claim.id))
        for repeated in positions.repeats {
            let record = records[repeated.position]
            log.record(InputProblem(location: record.origin, field: ClaimField.id.rawValue, found: record.claim.id,
                                    message: "id already used at \(records[repeated.first].origin); ids must be unique in a dataset"))
        }
        try log.throwIfAny()
        return Validated(records: records, positions: positions)
    }
}

/// The claims of one dataset, checked for what makes a dataset unusable as a whole.
public enum ClaimSet {
    /// The records unchanged, after checking that every id is unique across all files.
    ///
    /// - Throws: ``InputError`` naming each repeated id with the place it was first used.
    public static func validated(_ records: [ClaimRecord]) throws(InputError) -> [ClaimRecord] {
        var log = ProblemLog()
        var firstUse: [String: InputLocation] = [:]
        for record in records {
            if let earlier = firstUse[record.claim.id] {
                log.record(InputProblem(location: record.origin, field: ClaimField.id.rawValue, found: record.claim.id,
                                        message: "id already used at \(earlier); ids must be unique in a dataset"))
            } else {
                firstUse[record.claim.id] = record.origin
            }
        }
        try log.throwIfAny()
        return records
    }
}

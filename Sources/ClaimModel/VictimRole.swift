/// The role of the victims a claim counts.
public enum VictimRole: String, Sendable, Hashable, CaseIterable {
    case military
    case civilian
    case militant
    case police
    case unknown
}

/// Values computed once per distinct label, for labels that repeat across a dataset ("people",
/// "Gaza Strip", "Health Ministry") and usually come in runs (the claims of one document are
/// adjacent): the previous answer is checked before the dictionary.
struct LabelMemo<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]
    private var last: (key: Key, value: Value)?

    /// The value for `key`, computed by `make` the first time the key is seen.
    mutating func value(for key: Key, _ make: () -> Value) -> Value {
        if let last, last.key == key { return last.value }
        let value = values[key] ?? {
            let made = make()
            values[key] = made
            return made
        }()
        last = (key, value)
        return value
    }
}

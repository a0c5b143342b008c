import ClaimModel
import Reconciliation
import Yams

/// Reads `.tally.yml`.
///
/// ```yaml
/// fail_on: warning            # error | warning | info | never
/// rules: [parts., total.]     # keep only these rules (prefixes)
/// skip_rules: [sources.disagree]
/// severities: {total.delta: info}
/// policy: conservative        # range | conservative | latest | prefer:SOURCE,…
/// vague_profile: acled          # how vague words in article texts become numbers
/// tolerances:
///   disagreement_share: 0.1   # sources within this share (or the absolute) are info
///   disagreement_absolute: 2
///   residual_share: 0.9       # running total above its incidents by this share: warning
///   residual_minimum: 10
///   residual_incident_minimum: 5
/// ```
public enum ConfigurationFile {
    /// The configuration `text` describes, starting from `base`.
    ///
    /// - Throws: ``InputError`` naming the file, the line where known, and the key.
    public static func configuration(from text: String, file: String, base: CheckConfiguration = CheckConfiguration())
        throws(InputError) -> CheckConfiguration
    {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw InputError(InputProblem(location: InputLocation(file: file, line: line(of: error)),
                                          message: "not valid YAML: \(shortened(error))"))
        } catch {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 0), message: "not valid YAML: \(shortened(error))"))
        }
        var configuration = base
        guard let node else { return configuration }
        guard let mapping = node.mapping else {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 1),
                                          message: "expected a mapping of settings (fail_on:, rules:, …)"))
        }
        var log: [InputProblem] = []
        func problem(_ key: String, _ value: Node, _ message: String) {
            log.append(InputProblem(location: InputLocation(file: file, line: value.mark.map { $0.line } ?? 0),
                                    field: key, found: value.string, message: message))
        }
        func strings(_ key: String, _ value: Node) -> [String] {
            if let text = value.string { return [text] }
            guard let sequence = value.sequence else {
                problem(key, value, "expected a list of rule ids or prefixes")
                return []
            }
            return sequence.compactMap(\.string)
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "fail_on":
                if value.string == "never" {
                    configuration.failOn = nil
                } else if let severity = value.string.flatMap(Severity.init(rawValue:)) {
                    configuration.failOn = severity
                } else {
                    problem(key, value, "expected error, warning, info or never")
                }
            case "rules": configuration.rules = strings(key, value)
            case "skip_rules": configuration.skipRules = strings(key, value)
            case "severities":
                guard let entries = value.mapping else {
                    problem(key, value, "expected a mapping of rule id to error, warning or info")
                    continue
                }
                for (rule, level) in entries {
                    guard let id = rule.string, let severity = level.string.flatMap(Severity.init(rawValue:)) else {
                        problem(key, level, "expected error, warning or info")
                        continue
                    }
                    configuration.severities[id] = severity
                }
            case "policy":
                guard let policy = value.string.flatMap(Policy.init(argument:)) else {
                    problem(key, value, "expected range, conservative, latest or prefer:SOURCE,…")
                    continue
                }
                configuration.policy = policy
            case "tolerances":
                guard let entries = value.mapping else {
                    problem(key, value, "expected a mapping of tolerance names to numbers")
                    continue
                }
                for (nameNode, number) in entries {
                    let name = nameNode.string ?? ""
                    let double = number.string.flatMap(Double.init)
                    let integer = number.string.flatMap(Int.init)
                    switch (name, double, integer) {
                    case ("disagreement_share", let value?, _) where (0...1).contains(value): configuration.thresholds.disagreementShare = value
                    case ("disagreement_absolute", _, let value?) where value >= 0: configuration.thresholds.disagreementAbsolute = value
                    case ("residual_share", let value?, _) where (0...1).contains(value): configuration.thresholds.residualShare = value
                    case ("residual_minimum", _, let value?) where value >= 0: configuration.thresholds.residualMinimum = value
                    case ("residual_incident_minimum", _, let value?) where value >= 0:
                        configuration.thresholds.residualIncidentMinimum = value
                    default:
                        problem("tolerances.\(name)", number,
                                "unknown tolerance or bad value; shares are numbers from 0 to 1, minimums whole numbers")
                    }
                }
            case "vague_profile":
                // Used when a dataset folder holds article texts to extract.
                guard let name = value.string, ["tally", "acled"].contains(name.lowercased()) else {
                    problem(key, value, "expected tally or acled")
                    continue
                }
                configuration.vagueProfile = name.lowercased()
            default:
                problem(key, value, "unknown setting; expected fail_on, rules, skip_rules, severities, policy, tolerances or vague_profile")
            }
        }
        if !log.isEmpty { throw InputError(problems: log) }
        return configuration
    }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return 0
        }
    }

    /// The parser's message without the echo of a long offending line (a 100,000-character line
    /// would otherwise be printed whole).
    private static func shortened(_ error: any Error) -> String {
        let lines = "\(error)".split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.count > 200 ? String(line.prefix(197)) + "..." : String(line)
        }
        return lines.joined(separator: "\n")
    }
}

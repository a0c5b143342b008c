/// The one-to-one pairing of a document's gold claims with its predictions.
///
/// An edge joins a gold claim and a typed prediction of the same category whose value the claim
/// accepts. Pairs are first taken greedily, nearest spans first (ties by gold index, then prediction
/// index); then every gold claim left unpaired looks for an augmenting path, trying its edges in
/// prediction order, so the matching is maximum and the same pairs (and so the same scope and
/// party accuracy) come out whatever order the predictions arrive in.
///
/// - Complexity: O(g·p·log(g·p)) for the greedy pass, O(g·(g + p)·p) worst case for the augmenting paths.
public enum ClaimMatching {
    /// Gold index → prediction index.
    public static func pairs(gold: [GoldClaim], predictions: [ScoredPrediction]) -> [Int: Int] {
        var edges = Array(repeating: [Int](), count: gold.count)
        var candidates: [(gap: Int, gold: Int, prediction: Int)] = []
        for (g, claim) in gold.enumerated() {
            for (p, prediction) in predictions.enumerated()
            where prediction.category == claim.category && claim.accepts(prediction.value) {
                edges[g].append(p)
                candidates.append((claim.gap(to: prediction), g, p))
            }
        }
        candidates.sort { ($0.gap, $0.gold, $0.prediction) < ($1.gap, $1.gold, $1.prediction) }
        var goldToPrediction: [Int: Int] = [:]
        var predictionToGold: [Int: Int] = [:]
        for c in candidates where goldToPrediction[c.gold] == nil && predictionToGold[c.prediction] == nil {
            goldToPrediction[c.gold] = c.prediction
            predictionToGold[c.prediction] = c.gold
        }

        func augment(_ g: Int, _ seen: inout Set<Int>) -> Bool {
            for p in edges[g] where !seen.contains(p) {
                seen.insert(p)
                if let holder = predictionToGold[p] {
                    guard augment(holder, &seen) else { continue }
                }
                goldToPrediction[g] = p
                predictionToGold[p] = g
                return true
            }
            return false
        }
        for g in gold.indices where goldToPrediction[g] == nil {
            var seen = Set<Int>()
            _ = augment(g, &seen)
        }
        return goldToPrediction
    }
}

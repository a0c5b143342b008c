import ClaimModel

/// Finds casualty claims in English news text. (Being built: see the extraction issue.)
public enum Extraction {}

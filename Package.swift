// swift-tools-version:6.0
import PackageDescription

// Extraction's hot loops read claims and tables through class references; the dynamic exclusivity
// checks on those reads cost several percent of `tally extract` (Tests/Benchmarks/extract/run.sh).
// The code never mutates shared state concurrently (workers own their data), so they are off there.
let uncheckedExclusivity: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

// Tally: casualty claims in, reconciled numbers out.
// Dependency direction: ClaimModel <- Extraction, Statistics (<- CGSL) <- Analysis, Reporting <- tally.
let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
        .library(name: "ClaimModel", targets: ["ClaimModel"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Statistics", targets: ["Statistics"]),
        .library(name: "Analysis", targets: ["Analysis"]),
        .library(name: "Reporting", targets: ["Reporting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGSL",
            pkgConfig: "gsl",
            providers: [.apt(["libgsl-dev"])]
        ),
        .target(name: "ClaimModel"),
        .target(name: "Extraction", dependencies: ["ClaimModel"], swiftSettings: uncheckedExclusivity),
        .target(name: "Statistics", dependencies: ["CGSL"]),
        .target(name: "Analysis", dependencies: ["ClaimModel", "Statistics", "Reconciliation"]),
        .target(name: "Reporting", dependencies: ["ClaimModel", "Statistics", "Reconciliation", "Analysis"]),
        .executableTarget(
            name: "tally",
            dependencies: [
                "ClaimModel", "Extraction", "Statistics", "Reconciliation", "Analysis", "Reporting", "Checking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: uncheckedExclusivity
        ),
        .testTarget(name: "ClaimModelTests", dependencies: ["ClaimModel"]),
        .testTarget(
            name: "StatisticsTests", dependencies: ["Statistics"],
            exclude: ["Fixtures/make_reference.py"], resources: [.copy("Fixtures/reference.json")]
        ),
        .target(name: "Reconciliation", dependencies: ["ClaimModel"]),
        .target(name: "Checking", dependencies: ["ClaimModel", "Reconciliation", "Yams"]),
        .testTarget(name: "CheckingTests", dependencies: ["Checking", "Reconciliation", "ClaimModel"]),
        .testTarget(name: "ReconciliationTests", dependencies: ["Reconciliation", "ClaimModel"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting", "Reconciliation", "Analysis", "ClaimModel", "Statistics"], exclude: ["Golden"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "ClaimModel"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "Reconciliation", "ClaimModel", "Statistics"]),
        .testTarget(name: "TallyCommandTests", dependencies: ["tally"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for Tally's input-facing code. A separate package, so that `swift build` and
// `swift test` at the root never see it. Build and run with `Tests/Fuzz/run.sh TARGET [SECONDS]`.
// Each target exports LLVMFuzzerTestOneInput and must be built with -sanitize=fuzzer,address and
// -enable-testing (the number-phrase target reads Extraction's internals through @testable import).
let package = Package(
    name: "TallyFuzz",
    dependencies: [.package(name: "Tally", path: "../..")],
    targets: [
        .executableTarget(name: "FuzzExtractor", dependencies: [.product(name: "Extraction", package: "Tally")]),
        .executableTarget(name: "FuzzNumberPhrase", dependencies: [.product(name: "Extraction", package: "Tally")]),
        .executableTarget(name: "FuzzHTMLText", dependencies: [.product(name: "Extraction", package: "Tally")]),
        .executableTarget(name: "FuzzClaimCSV", dependencies: [.product(name: "ClaimModel", package: "Tally")]),
        .executableTarget(name: "FuzzClaimJSONLines", dependencies: [.product(name: "ClaimModel", package: "Tally")]),
    ],
    swiftLanguageModes: [.v6]
)

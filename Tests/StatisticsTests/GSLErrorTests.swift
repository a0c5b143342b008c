import Statistics
import Testing

@Suite("GSL failures become Swift errors, never an abort")
struct GSLErrorTests {
    @Test func domainErrorFromGSLItselfIsThrown() {
        // Passed to GSL unchecked: GSL's own status (GSL_EDOM) must come back as a thrown error.
        #expect {
            _ = try SpecialFunctions.regularizedUpperIncompleteGamma(a: -1, x: -2)
        } throws: { error in
            (error as? GSLError)?.isDomainError == true
        }
    }

    @Test func validArgumentsStillWork() throws {
        // Q(1, x) = e^-x.
        let value = try SpecialFunctions.regularizedUpperIncompleteGamma(a: 1, x: 2)
        #expect(abs(value - 0.1353352832366127) < 1e-12)
    }

    @Test func aDomainErrorDoesNotEndTheProcess() async {
        await #expect(processExitsWith: .success) {
            _ = try? SpecialFunctions.regularizedUpperIncompleteGamma(a: -1, x: -2)
            _ = try? ChiSquare.quantile(2, degreesOfFreedom: -1)
        }
    }
}

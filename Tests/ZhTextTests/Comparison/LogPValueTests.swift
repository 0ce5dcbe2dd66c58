import Foundation
import Testing
@testable import ZhText

/// log10 p of G² (chi-square, 1 d.f.): p = erfc(x), x = √(G²/2).
@Suite struct LogPValueTests {
    // Expected values by hand from log10 erfc(x) ≈ −x²/ln 10 − log10(x√π) + log10(1 − 1/(2x²) + 3/(4x⁴)), checked
    // against a 30-digit evaluation of erfc:
    //   G² = 200:   x² = 100,  −43.429448 − log10(17.724539) = −1.248575, series 0.995075 → −0.002144 → −44.680168
    //   G² = 1400:  x² = 700,  −304.006137 − log10(46.895) = −1.671127, series 0.999289 → −0.000309 → −305.677571
    //   G² = 2000:  x² = 1000, −434.294482 − log10(56.049912) = −1.748575, series 0.999501 → −0.000217 → −436.043274
    //   G² = 10000: x² = 5000, −2171.472410 − log10(125.331414) = −2.098060, series 0.999900 → −0.000043 → −2173.570513
    @Test(arguments: [
        (10.669048, -2.9628000),  // the 10-in-1000 vs 30-in-1000 example: log10(0.0010894)
        (200.0, -44.680168),
        (1400.0, -305.677571),
        (1500.0, -327.407256),
        (2000.0, -436.043274),
        (-2000.0, -436.043274),  // the sign of G² says the direction, not the evidence
        (10000.0, -2173.570513),
    ])
    func log10PMatchesHandComputed(g2: Double, expected: Double) {
        let value = LogLikelihood.log10PValue(g2)
        #expect(value.isFinite)
        #expect(abs(value - expected) < 1e-5, "G² = \(g2): \(value)")
    }

    @Test func pIsZeroOnlyBeyondDoubleRange() {
        // Below G² ≈ 1,400 the p-value is a (tiny) positive double, and log10 p agrees with it.
        #expect(LogLikelihood.pValue(1300) > 0)
        #expect(abs(log10(LogLikelihood.pValue(1300)) - LogLikelihood.log10PValue(1300)) < 1e-6)
        #expect(LogLikelihood.pValue(1500) == 0)
        #expect(LogLikelihood.log10PValue(1500) < -308)
        #expect(LogLikelihood.log10PValue(0) == 0)  // p = 1
    }

    @Test func continuousWhereTheFormulaSwitches() {
        // The direct and the asymptotic branch meet at x = 20 (G² = 800): no jump.
        let below = LogLikelihood.log10PValue(799.999), above = LogLikelihood.log10PValue(800.001)
        #expect(abs(below - above) < 0.001)
    }
}

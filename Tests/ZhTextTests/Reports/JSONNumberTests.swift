import Testing
@testable import ZhText

/// JSON numbers keep their magnitude: a p-value of 4.18e-39 is never written as 0.
@Suite struct JSONNumberTests {
    @Test(arguments: [
        (4.18e-39, "4.18e-39"),  // compare's p-value that used to come out as 0
        (0.0010894, "0.001089"),  // from 0.001 up: six decimals, as before
        (0.00098765432, "9.87654e-4"),  // below 0.001: six significant digits
        (-2.5e-7, "-2.5e-7"),
        (1e-300, "1e-300"),
        (4.9e-324, "4.94066e-324"),  // the smallest subnormal double keeps its exponent
        (9.999999e-5, "1e-4"),  // rounding to six digits carries into the exponent
        (1.5e20, "1.5e+20"),  // beyond 1e15 integers would lose their form, exponent instead
        (0.0, "0"),
        (12.0, "12"),
        (3.14159265, "3.141593"),
    ])
    func numbers(value: Double, expected: String) {
        #expect(JSON.double(value).compact == expected)
    }

    @Test func nonFiniteIsNull() {
        #expect(JSON.double(.infinity).compact == "null")
        #expect(JSON.double(.nan).compact == "null")
    }
}

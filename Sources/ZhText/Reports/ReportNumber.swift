/// Numbers as report cells: locale-independent, rounded half away from zero, fixed decimals.
public enum ReportNumber {
    /// `value` with exactly `decimals` decimals (0…9): `format(3.14159, decimals: 2)` = `"3.14"`;
    /// non-finite values give an empty string.
    public static func format(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "" }
        let d = min(max(decimals, 0), 9)
        var scale: Double = 1
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9.0e18 else { return String(value) }
        let v = UInt64(scaled)
        let p = UInt64(scale)
        let sign = value < 0 && v > 0 ? "-" : ""
        guard d > 0 else { return sign + String(v) }
        let frac = String(v % p)
        return sign + String(v / p) + "." + String(repeating: "0", count: d - frac.count) + frac
    }
}

/// A failure reported by ICU, with ICU's error name (`U_ILLEGAL_ARGUMENT_ERROR`, …).
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ICU's name for the error code.
    public let name: String
    /// What was being attempted.
    public let operation: String

    public var description: String { "\(operation): \(name)" }
}

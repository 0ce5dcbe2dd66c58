extension Keywords {
    /// The warning for an input that gives no keywords (empty, or only punctuation, numbers and stop words): the same
    /// line from `keywords`, `analyze` and every other caller.
    public static func noKeywordsWarning(file: String) -> String {
        "\(file): no words to take keywords from"
    }
}

/// The version `zhtext --version` prints.
enum ZhTextVersion {
    static let string = "0.1.0"
}

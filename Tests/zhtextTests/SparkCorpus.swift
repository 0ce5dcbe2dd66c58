import Foundation
import ZhTextTestSupport

/// A small JSONL corpus written for these tests: 30 dated documents (2021–2024) from three sources built from our own
/// sentences, a few without an id (identity: the sha256 of the text), one blank line, one line that is not JSON and
/// one without a text field.
enum SparkCorpus {
    static let sentences = [
        "各地持续推进高质量发展，把科技创新摆在更加突出的位置。",
        "新质生产力在制造业转型中发挥越来越重要的作用。",
        "乡村振兴需要因地制宜，发展特色产业，增加农民收入。",
        "城市更新行动注重保护历史文化街区，改善居民生活环境。",
        "数字经济和实体经济深度融合，带动了大量就业岗位。",
        "生态环境保护取得新进展，空气质量优良天数比例继续提高。",
        "全面深化改革，优化营商环境，激发市场主体活力。",
        "扩大高水平对外开放，稳住外贸外资基本盘。",
        "教育、医疗、养老等民生保障水平稳步提升。",
        "ＡＩ应用加快落地，全角字母和繁體字也要正確處理。",
    ]
    static let sources = ["市政府", "日报", "新闻网"]

    /// The documents, one JSON object per line (with the three bad lines among them).
    static var jsonl: String {
        var lines: [String] = []
        for i in 0..<30 {
            let year = 2021 + i % 4
            let month = 1 + (i * 5) % 12
            let picks = (0..<(3 + i % 3)).map { sentences[(i * 3 + $0 * (1 + year % 3)) % sentences.count] }
                // 新质生产力 rises and 城市更新 falls over the years: the automatic rising/falling lists have content.
                + Array(repeating: sentences[1], count: year - 2021) + Array(repeating: sentences[3], count: 2024 - year)
            var object: [String: Any] = ["date": String(format: "%04d-%02d-%02d", year, month, 1 + i % 28),
                                         "source": sources[i % 3], "text": picks.joined(separator: "\n"),
                                         "title": "第\(i)号"]
            if i % 7 != 3 { object["id"] = "doc-\(i)" }
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            lines.append(String(decoding: data, as: UTF8.self))
            if i == 10 { lines.append("") }
            if i == 14 { lines.append("{not json") }
            if i == 20 { lines.append(#"{"id":"no-text","date":"2022-02-02"}"#) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// What a process printed and its exit status.
    struct Outcome { var stdout: String; var stderr: String; var status: Int32 }

    /// Runs an executable (not zhtext) and returns its outcome.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestSupport.packageRoot
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("spark-\(UUID().uuidString).out")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("spark-\(UUID().uuidString).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                               stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "", status: process.terminationStatus)
    }
}

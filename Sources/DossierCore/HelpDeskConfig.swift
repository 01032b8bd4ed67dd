import FoundationEssentials

/// What the administrator of a help-desk machine sets for every account:
/// `$XDG_CONFIG_DIRS/amo-dossier/config.json` (default `/etc/xdg/…`), e.g.
/// `{"kiosk": true, "idleMinutes": 5, "draftDays": 7}`. A help desk must not
/// depend on each student typing `--kiosk`: kiosk mode turned on here stays
/// on whatever the user's own config or the command line say. A file that
/// cannot be read whole and right stops the program (`HelpDeskConfigError`,
/// exit 78): a shared terminal is never run half-configured.
public struct HelpDeskConfig: Equatable, Sendable {
    /// Kiosk mode for everyone: true in any of the files turns it on.
    public var kiosk = false
    /// Minutes without a key before a kiosk puts the draft aside and
    /// clears the screen; the most important file that says wins.
    public var idleMinutes: Int?
    /// Days a put-aside draft is kept.
    public var draftDays: Int?

    public init(kiosk: Bool = false, idleMinutes: Int? = nil, draftDays: Int? = nil) {
        self.kiosk = kiosk
        self.idleMinutes = idleMinutes
        self.draftDays = draftDays
    }

    public static let idleRange = 1...(24 * 60)
    public static let draftDaysRange = 1...365
    static let keys = ["kiosk", "idleMinutes", "draftDays"]

    /// The files to read, most important first: one per folder of
    /// `XDG_CONFIG_DIRS` (a colon list; relative entries are ignored, as
    /// the XDG specification says).
    public static func paths(environment: [String: String]) -> [String] {
        let system = environment["XDG_CONFIG_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/xdg"
        return system.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
            .map { $0 + "/amo-dossier/config.json" }
    }

    /// Every file of `paths` that exists, merged.
    public static func load(environment: [String: String]) throws(HelpDeskConfigError) -> HelpDeskConfig {
        var config = HelpDeskConfig()
        for path in paths(environment: environment) {
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let file = try read(path)
            config.kiosk = config.kiosk || file.kiosk
            config.idleMinutes = config.idleMinutes ?? file.idleMinutes
            config.draftDays = config.draftDays ?? file.draftDays
        }
        return config
    }

    static func read(_ path: String) throws(HelpDeskConfigError) -> HelpDeskConfig {
        let data: Data
        switch PrivateFiles.readBounded(path: path, limit: 64 * 1024) {
        case .success(let bytes): data = bytes
        case .failure: throw HelpDeskConfigError(file: path, reason: "config.unreadable")
        }
        let stated: Set<String>
        switch JSONTopKeys.of(data) {
        case .success(let names): stated = Set(names)
        case .failure(.notJSON): throw HelpDeskConfigError(file: path, reason: "config.notJSON")
        case .failure(.notAnObject): throw HelpDeskConfigError(file: path, reason: "config.notAnObject")
        }
        if let unknown = stated.sorted().first(where: { !keys.contains($0) }) {
            throw HelpDeskConfigError(file: path, place: unknown, reason: "config.unknownKey")
        }
        var config = HelpDeskConfig()
        let decoder = JSONDecoder()
        if stated.contains("kiosk") {
            guard let kiosk = try? decoder.decode(KioskValue.self, from: data).kiosk else {
                throw HelpDeskConfigError(file: path, place: "kiosk", reason: "config.notBoolean")
            }
            config.kiosk = kiosk
        }
        if stated.contains("idleMinutes") {
            config.idleMinutes = try checked(try? decoder.decode(IdleValue.self, from: data).idleMinutes,
                                             "idleMinutes", range: idleRange, path)
        }
        if stated.contains("draftDays") {
            config.draftDays = try checked(try? decoder.decode(DaysValue.self, from: data).draftDays,
                                           "draftDays", range: draftDaysRange, path)
        }
        return config
    }

    // Each value decoded strictly, alone: `true` is no number, `1` no
    // Boolean, `5.5` no whole number, and the message names the key.
    private struct KioskValue: Decodable { let kiosk: Bool }
    private struct IdleValue: Decodable { let idleMinutes: Int }
    private struct DaysValue: Decodable { let draftDays: Int }

    private static func checked(_ value: Int?, _ key: String, range: ClosedRange<Int>,
                                _ path: String) throws(HelpDeskConfigError) -> Int {
        guard let value else { throw HelpDeskConfigError(file: path, place: key, reason: "config.notWholeNumber") }
        guard range.contains(value) else {
            throw HelpDeskConfigError(file: path, place: key, reason: "config.outOfRange",
                                      arguments: ["min": String(range.lowerBound), "max": String(range.upperBound)])
        }
        return value
    }
}

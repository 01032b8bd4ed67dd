import FoundationEssentials

/// Every edition of the insurer's rules, oldest first: the built-in ones,
/// then a help desk's (`$XDG_CONFIG_DIRS/amo-dossier/editions/*.json`,
/// default `/etc/xdg/…`) and the user's (`$XDG_CONFIG_HOME/amo-dossier/
/// editions/*.json`), so that a change of insurer can be followed before
/// a new release. Which edition applies to what is `DossierContext`'s.
public struct RuleBook: Sendable, Equatable {
    /// One file's bytes and the name it is reported by.
    public struct Source: Sendable {
        public let file: String
        public let data: Data

        public init(file: String, data: Data) {
            self.file = file
            self.data = data
        }
    }

    /// Resolved editions, by `validFrom`, oldest first; never empty.
    public let editions: [Rules]

    /// Reads every file, checks each on its own and all together (two
    /// editions may not start the same day; the oldest must state every
    /// key), then resolves each over the one before it.
    public init(sources: [Source]) throws(EditionError) {
        try self.init(parsed: try Self.parse(sources))
    }

    /// The same from editions already read and checked each on its own.
    init(parsed: [(file: String, edition: EditionFile)]) throws(EditionError) {
        var parsed = parsed
        guard !parsed.isEmpty else { throw EditionError(file: "", reason: "edition.none") }
        parsed.sort { $0.edition.validFrom < $1.edition.validFrom }
        for (a, b) in zip(parsed, parsed.dropFirst()) where a.edition.validFrom == b.edition.validFrom {
            throw EditionError(file: b.file, place: "validFrom", reason: "edition.sameDay",
                               arguments: ["other": a.file, "date": b.edition.validFrom.iso])
        }
        var resolved: [Rules] = []
        for (file, edition) in parsed {
            resolved.append(try edition.resolved(over: resolved.last, file: file))
        }
        editions = resolved
    }

    /// The edition in force on a day: the last one that started on or
    /// before it. A day before the first edition takes the first: it holds
    /// what was known when this program was written.
    public func rules(on day: CalendarDate) -> Rules {
        editions.last { $0.validFrom <= day } ?? editions[0]
    }

    /// The last day to mail, counted with the days of the edition in force
    /// on the first act; nil while the dates it needs are missing.
    public func mailingDeadline(of treatment: Treatment) -> MailingDeadline? {
        guard let first = treatment.firstActDate else { return nil }
        return MailingDeadline(treatment: treatment, days: rules(on: first).mailingDeadlineDays)
    }

    /// The editions compiled into this binary (`Resources/reference/editions/`).
    public static let builtInSources: [Source] = EmbeddedResources.files
        .filter { $0.key.hasPrefix("reference/editions/") && $0.key.hasSuffix(".json") }
        .sorted { $0.key < $1.key }
        .map { Source(file: "Resources/" + $0.key, data: Data($0.value.utf8)) }

    /// Each file read and checked on its own, in the order given.
    static func parse(_ sources: [Source]) throws(EditionError) -> [(file: String, edition: EditionFile)] {
        var parsed: [(file: String, edition: EditionFile)] = []
        for source in sources {
            parsed.append((source.file, try EditionFile.parse(source.data, file: source.file)))
        }
        return parsed
    }

    /// The built-in editions as the values the build wrote from their files
    /// (`EmbeddedEditions`: no JSON is decoded at start), each checked on its
    /// own as a file is. The tests compare them with the files decoded.
    static let builtInEditions: [(file: String, edition: EditionFile)] = {
        do throws(EditionError) {
            for (file, edition) in EmbeddedEditions.files { try edition.check(file: file) }
        } catch {
            fatalError("built-in editions: \(error)")
        }
        return EmbeddedEditions.files
    }()

    /// The built-in editions alone. They are checked by the tests: a fault
    /// here is a build that must not ship.
    public static let builtIn: RuleBook = {
        do {
            return try RuleBook(parsed: builtInEditions)
        } catch {
            fatalError("built-in editions: \(error)")
        }
    }()

    /// The folders that may hold further editions, the help desk's first.
    /// In kiosk mode (`userEditions` false) the account's own folder is not
    /// one: on a shared account whoever used it before could have left an
    /// edition there that changes the next student's deadline or address.
    public static func editionFolders(environment: [String: String], userEditions: Bool = true) -> [String] {
        var folders: [String] = []
        let system = environment["XDG_CONFIG_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/etc/xdg"
        for dir in system.split(separator: ":").map(String.init) where dir.hasPrefix("/") {
            folders.append(dir + "/amo-dossier/editions")
        }
        guard userEditions else { return folders }
        if let home = environment["XDG_CONFIG_HOME"], home.hasPrefix("/") {
            folders.append(home + "/amo-dossier/editions")
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            folders.append(home + "/.config/amo-dossier/editions")
        }
        return folders
    }

    /// The built-in editions and every `*.json` of the edition folders. A
    /// file that cannot be read is an error like a broken one: a help desk
    /// that dropped it there meant it to count.
    public static func load(environment: [String: String], userEditions: Bool = true) throws(EditionError) -> RuleBook {
        var sources: [Source] = []
        for folder in editionFolders(environment: environment, userEditions: userEditions) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
                let path = folder + "/" + name
                switch PrivateFiles.readBounded(path: path, limit: 256 * 1024) {
                case .success(let data): sources.append(Source(file: path, data: data))
                case .failure(.tooLarge(let limit)):
                    throw EditionError(file: path, reason: "edition.tooLarge", arguments: ["limit": String(limit / 1024)])
                case .failure(.unreadable), .failure(.notPermitted), .failure(.folder), .failure(.notAPlainFile):
                    throw EditionError(file: path, reason: "edition.unreadable")
                }
            }
        }
        if sources.isEmpty { return builtIn }
        return try RuleBook(parsed: builtInEditions + parse(sources))
    }
}

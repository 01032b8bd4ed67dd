import FoundationEssentials

/// `amo-dossier check`: whether each dossier file is ready to mail. Its exit
/// code is for scripts at a coverage office: 0 every file complete (with
/// warnings or not), 1 some file has an error, 2 some file cannot be read
/// as a dossier at all.
public struct CheckReport: Sendable {
    public enum Outcome: Sendable {
        case checked(Dossier, problems: [Problem])
        case unreadable(DossierLoadError)
    }

    public struct FileResult: Sendable {
        public let file: String
        public let outcome: Outcome

        /// No error left; warnings do not count.
        public var isComplete: Bool {
            if case .checked(_, let problems) = outcome { return problems.errors.isEmpty }
            return false
        }
    }

    public let results: [FileResult]
    public let context: DossierContext

    /// Reads each file (read-only: a broken file stays as it is) and
    /// validates it with the rules and the day of `context`.
    public init(files: [String], context: DossierContext) {
        self.context = context
        self.results = ParallelMap.map(files) { file in
            switch DossierStore.read(path: file, followSymlinks: true) {
            case .success(let dossier):
                let problems = DossierValidator.problems(in: dossier, context: context).errorsFirst
                return FileResult(file: file, outcome: .checked(dossier, problems: problems))
            case .failure(let error):
                return FileResult(file: file, outcome: .unreadable(error))
            }
        }
    }

    public var exitCode: Int32 {
        if results.contains(where: { if case .unreadable = $0.outcome { true } else { false } }) { return 2 }
        return results.allSatisfy(\.isComplete) ? 0 : 1
    }

    public func text(_ language: Language) -> String {
        var lines: [String] = []
        for result in results {
            // Names and paths as they are on disk or in the file, made visible.
            let file = TerminalText.visible(result.file, limit: TerminalText.messageLimit)
            switch result.outcome {
            case .unreadable(let error):
                lines.append(error.message(language, context.words))
                if !RawFileName.isUTF8(result.file) { lines.append(context.words(language)("cli.check.fileNotUTF8")) }
            case .checked(let dossier, let problems):
                let words = context.words(language, for: dossier)
                let counts = ["file": file, "count": String(problems.errors.count),
                              "warnings": String(problems.warnings.count)]
                let head = (problems.errors.isEmpty ? "cli.check.complete" : "cli.check.incomplete")
                    + (problems.warnings.isEmpty ? "" : "WithWarnings")
                lines.append(words(head, counts))
                // The `\xFF` in the name is the program's writing, not the name's.
                if !RawFileName.isUTF8(result.file) { lines.append(words("cli.check.fileNotUTF8")) }
                for p in problems {
                    lines.append(words(p.isError ? "cli.check.problem" : "cli.check.warning",
                                       ["path": TerminalText.visible(p.path, limit: TerminalText.messageLimit),
                                        "message": words.message(p)]))
                }
                if let deadline = context.mailingDeadline(of: dossier) {
                    lines.append(words("cli.check.lastDay", [
                        "date": deadline.lastMailingDay.iso,
                        "left": dossier.mailing.map { EnvelopeSummary.sinceMailingText($0, today: context.today, words) }
                            ?? EnvelopeSummary.daysLeftText(deadline.daysLeft(today: context.today), words)]))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON array, one object per file: `file` (a byte of the name that
    /// is not UTF-8 written `\xFF`), `fileIsUTF8`, `complete` (no error),
    /// `problems` (`code`, `path`, `message`, `severity` `error`|`warning`;
    /// errors first), `lastMailingDay` (null while unknown). A file that
    /// cannot be read has one error whose code starts `load.` and whose
    /// path is the faulty place.
    public func json(_ language: Language) -> String {
        struct ProblemOut: Encodable {
            let code: String
            let path: String
            let message: String
            let severity: Problem.Severity
        }
        struct FileOut: Encodable {
            let file: String
            let complete: Bool
            let problems: [ProblemOut]
            let lastMailingDay: String?
            enum CodingKeys: String, CodingKey { case file, fileIsUTF8, complete, problems, lastMailingDay }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(RawFileName.shown(file), forKey: .file)
                try c.encode(RawFileName.isUTF8(file), forKey: .fileIsUTF8)
                try c.encode(complete, forKey: .complete)
                try c.encode(problems, forKey: .problems)
                try c.encode(lastMailingDay, forKey: .lastMailingDay) // null, not absent: a stable shape
            }
        }
        let out = results.map { result -> FileOut in
            switch result.outcome {
            case .unreadable(let error):
                return FileOut(file: result.file, complete: false,
                               problems: [ProblemOut(code: error.code, path: error.place,
                                                     message: error.message(language, context.words),
                                                     severity: .error)],
                               lastMailingDay: nil)
            case .checked(let dossier, let problems):
                let words = context.words(language, for: dossier)
                return FileOut(file: result.file, complete: result.isComplete,
                               problems: problems.map {
                                   ProblemOut(code: $0.code, path: $0.path, message: words.message($0), severity: $0.severity)
                               },
                               lastMailingDay: context.mailingDeadline(of: dossier)?.lastMailingDay.iso)
            }
        }
        return ReportJSON.string(out)
    }
}

extension DossierLoadError {
    /// Stable code for scripts, in the style of `Problem.code`.
    public var code: String {
        switch reason {
        case .unreadable: "load.unreadable"
        case .notPermitted: "load.notPermitted"
        case .folder: "load.folder"
        case .notAPlainFile: "load.notAPlainFile"
        case .tooLarge: "load.tooLarge"
        case .notJSON: "load.notJSON"
        case .duplicateKey: "load.duplicateKey"
        case .notADossier: "load.notADossier"
        case .unsupportedVersion: "load.unsupportedVersion"
        case .missingKey: "load.missingKey"
        case .wrongType: "load.wrongType"
        case .invalidValue: "load.invalidValue"
        case .notAWholeNumber: "load.notANumber"
        }
    }
}

import FoundationEssentials

/// `mailed`, `reimbursed` and `returned`: what happened to the envelope,
/// recorded in each file named, with the same rules as the Done screen
/// (`AfterMailing`). Each file is judged alone: one refused or unreadable
/// file does not keep the others from being recorded.
public struct FollowUpReport: Sendable {
    /// What to record.
    public enum Change: Equatable, Sendable {
        case mailing(Mailing)
        case outcome(Outcome)
    }

    /// Lines for standard output (what was recorded) and standard error
    /// (what was refused or could not be read), and the exit status: 2 when
    /// a file could not be read or written, else 1 when one was refused.
    public private(set) var output: [String] = []
    public private(set) var errors: [String] = []
    public private(set) var exitCode: Int32 = 0

    public init(_ change: Change, files: [String], language: Language, now: Date, context: DossierContext) {
        let words = context.words(language)
        for file in files {
            let shown = TerminalText.visible(file, limit: TerminalText.messageLimit)
            let dossier: Dossier
            switch DossierStore.read(path: file, followSymlinks: true) {
            case .success(let read): dossier = read
            case .failure(let error):
                errors.append(error.message(language, context.words))
                exitCode = 2
                continue
            }
            switch AfterMailing.recording(change, in: dossier, context: context) {
            case .failure(let refusal):
                let reason = refusal.errors.map { context.words(language, for: dossier).message($0) }.joined(separator: " ")
                errors.append(words("cli.followUp.refused", ["file": shown, "reason": reason]))
                exitCode = max(exitCode, 1)
            case .success(let done):
                do {
                    switch try DossierRewrite.write(done.dossier, at: file, language: language, now: now, context: context) {
                    case .unchanged: output.append(words("cli.followUp.unchanged", ["file": shown]))
                    case .written: output.append(Self.line(change, file: shown, words: words, language: language))
                    }
                    for warning in done.warnings {
                        errors.append(words("cli.followUp.warning",
                                            ["file": shown, "reason": context.words(language, for: dossier).message(warning)]))
                    }
                    if let number = done.dossier.mailing?.trackingNumber, case .mailing = change {
                        for other in Self.sameTracking(number, as: done.dossier, at: file) {
                            errors.append(words("cli.followUp.sameTracking", [
                                "file": shown, "tracking": number,
                                "other": TerminalText.visible(other, limit: TerminalText.messageLimit)]))
                        }
                    }
                } catch {
                    errors.append((error as? PrivateFiles.WriteError)?.message(language) ?? String(describing: error))
                    exitCode = 2
                }
            }
        }
        if case .mailing = change, !output.isEmpty {
            let contacts = context.mailingRules().contacts
            output.append(words("cli.followUp.follow", ["web": contacts.followUpWeb, "app": contacts.followUpApp]))
        }
    }

    /// The other dossiers (other ids: a copy of the same one is no
    /// mistake) of the file's folder already recorded with `number`, one
    /// entry each, its files joined: a number typed from the wrong receipt
    /// is seen the moment it is recorded, not when the fund answers the
    /// wrong student.
    static func sameTracking(_ number: String, as dossier: Dossier, at file: String) -> [String] {
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let folder = url.deletingLastPathComponent().path
        var byID: [UUID: [String]] = [:]
        for listing in DossierStore(folder: folder).list() {
            guard URL(fileURLWithPath: listing.path).standardizedFileURL != url,
                  case .success(let other) = listing.result,
                  other.id != dossier.id, other.mailing?.trackingNumber == number else { continue }
            byID[other.id, default: []].append(listing.path)
        }
        return byID.values.map { $0.sorted().joined(separator: ", ") }.sorted()
    }

    /// The one line saying what the file now records.
    static func line(_ change: Change, file: String, words: Words, language: Language) -> String {
        switch change {
        case .outcome(.reimbursed(let on, let amount)):
            return words("cli.followUp.reimbursed", ["file": file, "date": on.dayMonthYear, "amount": amount.formatted(language)])
        case .outcome(.returned(let on, _)):
            return words("cli.followUp.returned", ["file": file, "date": on.dayMonthYear])
        case .mailing(let mailing):
            return mailingLine(mailing, file: file, words: words)
        }
    }

    static func mailingLine(_ mailing: Mailing, file: String, words: Words) -> String {
        if let tracking = mailing.trackingNumber {
            return words("cli.followUp.mailedTracked", ["file": file, "date": mailing.mailedOn.dayMonthYear, "tracking": tracking])
        }
        return words("cli.followUp.mailed", ["file": file, "date": mailing.mailedOn.dayMonthYear])
    }
}

import FoundationEssentials

/// The fast way of reading a dossier file, for a register of 50 000 files
/// (`list`, `check DIR`): one pass of `JSONTreeParser`, then the values
/// taken straight from the tree, without Foundation's decoder, which was
/// half of the time per file.
///
/// It only ever says yes to a file the careful way (`DossierLoadError.decode`:
/// `JSONDecoder` and the models' `init(from:)`) reads as the same dossier:
/// version 2, every key known, every value of its exact type, dates and
/// instants in the form this program writes them, amounts in whole
/// centimes. For anything else, even a valid file (a version 1 file, an
/// instant with a time zone, an amount finer than a centime), it says nil
/// and the careful way reads the file and names any mistake at its place.
/// `FastDecodingTests` holds the two ways to the same answer.
enum DossierFastDecoding {
    static func dossier(_ data: Data) -> Dossier? {
        data.withUnsafeBytes { raw -> Dossier? in
            guard let tree = JSONTreeParser.parse(raw.bindMemory(to: UInt8.self), depthLimit: 8) else { return nil }
            return dossier(tree)
        }
    }

    /// An object's values by key, counting those taken: the object is only
    /// read when every key in it was one the model knows.
    struct Members {
        let pairs: [(key: String, value: JSONTree)]
        private(set) var taken = 0

        init?(_ tree: JSONTree) {
            guard case .object(let pairs) = tree else { return nil }
            self.pairs = pairs
        }

        /// The value of `key`; nil when absent.
        mutating func take(_ key: String) -> JSONTree? {
            for pair in pairs where pair.key == key {
                taken += 1
                return pair.value
            }
            return nil
        }

        var allKnown: Bool { taken == pairs.count }
    }

    /// What `decodeIfPresent` reads: absent and `null` are both nil, the
    /// outer optional is a value of the wrong kind.
    static func optional<T>(_ tree: JSONTree?, _ read: (JSONTree) -> T?) -> T?? {
        guard let tree else { return .some(nil) }
        if case .null = tree { return .some(nil) }
        guard let value = read(tree) else { return nil }
        return .some(value)
    }

    static func string(_ tree: JSONTree?) -> String? {
        if case .string(let text)? = tree { return text }
        return nil
    }

    static func bool(_ tree: JSONTree?) -> Bool? {
        if case .bool(let value)? = tree { return value }
        return nil
    }

    static func day(_ tree: JSONTree?) -> CalendarDate? {
        string(tree).flatMap(CalendarDate.init(iso:))
    }

    /// A whole number written with digits only (`12`, `-3`).
    static func wholeNumber(_ tree: JSONTree?) -> Int? {
        guard case .number(let text)? = tree, text.utf8.count <= 9 else { return nil }
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        guard !digits.isEmpty, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Int(text)
    }

    /// An amount of whole centimes within the maximum (`89.6`, `250`,
    /// `12.50`), counted from its digits as `Money.init(from:)` counts them.
    static func money(_ tree: JSONTree?) -> Money? {
        guard case .number(let text)? = tree else { return nil }
        var utf8 = Substring(text).utf8
        let negative = utf8.first == UInt8(ascii: "-")
        if negative { utf8 = utf8.dropFirst() }
        let whole = utf8.prefix { $0 != UInt8(ascii: ".") }
        var fraction = utf8.dropFirst(whole.count).dropFirst()
        while fraction.last == UInt8(ascii: "0") { fraction = fraction.dropLast() }
        let isDigit: (UInt8) -> Bool = { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
        guard !whole.isEmpty, whole.count <= 8, fraction.count <= 2,
              whole.allSatisfy(isDigit), fraction.allSatisfy(isDigit) else { return nil }
        let centimes = wholeCentimes(whole) + fractionCentimes(fraction)
        guard centimes <= Money.maximum.centimes else { return nil }
        return Money(centimes: negative ? -centimes : centimes)
    }

    private static func wholeCentimes(_ digits: Substring.UTF8View.SubSequence) -> Int64 {
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit - UInt8(ascii: "0")) }
        return value * 100
    }

    private static func fractionCentimes(_ digits: Substring.UTF8View.SubSequence) -> Int64 {
        var value: Int64 = 0
        for (k, digit) in digits.enumerated() { value += Int64(digit - UInt8(ascii: "0")) * (k == 0 ? 10 : 1) }
        return value
    }

    /// A plain decimal number, as `total` is written (its value is
    /// recomputed, only its type matters).
    static func isPlainNumber(_ tree: JSONTree?) -> Bool {
        guard case .number(let text)? = tree else { return false }
        return text.utf8.count <= 30 && !text.utf8.contains { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }
    }

    /// An instant as this program writes it, `2026-11-30T09:00:00Z`.
    static func instant(_ tree: JSONTree?) -> Date? {
        guard let text = string(tree) else { return nil }
        let b = Array(text.utf8)
        guard b.count == 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[k]) else { return nil }
                value = value * 10 + Int(b[k] - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let dayOfMonth = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1900...2999).contains(year), hour < 24, minute < 60, second < 60,
              let day = CalendarDate(year: year, month: month, day: dayOfMonth) else { return nil }
        let days = epoch.days(until: day)
        return Date(timeIntervalSince1970: TimeInterval(days * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    private static let epoch = CalendarDate(year: 1970, month: 1, day: 1)!

    static func dossier(_ tree: JSONTree) -> Dossier? {
        guard var m = Members(tree), wholeNumber(m.take("schemaVersion")) == 2,
              let id = string(m.take("id")).flatMap(UUID.init(uuidString:)),
              let createdAt = instant(m.take("createdAt")), let updatedAt = instant(m.take("updatedAt")),
              let sheet = string(m.take("sheet")).flatMap(CareSheetKind.init(rawValue:)),
              case .some(let chronicDisease) = optional(m.take("chronicDisease"), { wholeNumber($0) }),
              case .some(let exemption) = optional(m.take("chronicExemptionNumber"), { string($0) }),
              let student = m.take("student").flatMap(student),
              let eligibility = m.take("eligibility").flatMap(eligibility),
              let treatment = m.take("treatment").flatMap(treatment),
              let practitioners = list(m.take("practitioners"), practitioner),
              let pharmacies = list(m.take("pharmacies"), pharmacy),
              let labs = list(m.take("labs"), lab),
              let opticians = list(m.take("opticians"), optician),
              let dentists = list(m.take("dentists"), dentist),
              let originals = m.take("originals").flatMap(originals),
              case .some(let mailing) = optional(m.take("mailing"), mailing),
              case .some(let outcome) = optional(m.take("outcome"), outcome),
              case .some = optional(m.take("total"), { isPlainNumber($0) ? true : nil }),
              case .some = optional(m.take("lastMailingDay"), { day($0) }),
              m.allKnown else { return nil }
        return Dossier(id: id, createdAt: createdAt, updatedAt: updatedAt, sheet: sheet, chronicDisease: chronicDisease,
                       chronicExemptionNumber: exemption, student: student, eligibility: eligibility,
                       treatment: treatment, practitioners: practitioners, pharmacies: pharmacies, labs: labs,
                       opticians: opticians, dentists: dentists, originals: originals, mailing: mailing, outcome: outcome)
    }

    static func list<Entry>(_ tree: JSONTree?, _ read: (JSONTree) -> Entry?) -> [Entry]? {
        guard case .array(let items)? = tree else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(items.count)
        for item in items {
            guard let entry = read(item) else { return nil }
            entries.append(entry)
        }
        return entries
    }

    static func student(_ tree: JSONTree) -> Student? {
        guard var m = Members(tree),
              let fullName = string(m.take("fullName")), let cnie = string(m.take("cnie")),
              case .some(let massar) = optional(m.take("massar"), { string($0) }),
              case .some(let birthDate) = optional(m.take("birthDate"), { day($0) }),
              let address = string(m.take("address")), let institution = string(m.take("institution")),
              case .some(let email) = optional(m.take("email"), { string($0) }),
              case .some(let phone) = optional(m.take("phone"), { string($0) }),
              case .some(let rib) = optional(m.take("rib"), { string($0) }) else { return nil }
        var more: [String: String] = [:]
        for key in FieldRegistry.studentMoreKeys {
            guard case .some(let value) = optional(m.take(key), { string($0) }) else { return nil }
            more[key] = value
        }
        guard m.allKnown else { return nil }
        return Student(fullName: fullName, cnie: cnie, massar: massar, birthDate: birthDate, address: address,
                       institution: institution, email: email, phone: phone, rib: rib, more: more)
    }

    static func eligibility(_ tree: JSONTree) -> EligibilityAnswers? {
        guard var m = Members(tree), let enrolled = bool(m.take("enrolled")),
              let otherCoverage = bool(m.take("otherCoverage")),
              let traditional = bool(m.take("traditionalEducationFinalStage")), m.allKnown else { return nil }
        return EligibilityAnswers(enrolled: enrolled, otherCoverage: otherCoverage, traditionalEducationFinalStage: traditional)
    }

    static func treatment(_ tree: JSONTree) -> Treatment? {
        guard var m = Members(tree), case .some(let firstAct) = optional(m.take("firstActDate"), { day($0) }),
              let continuous = bool(m.take("continuous")),
              case .some(let end) = optional(m.take("endDate"), { day($0) }), m.allKnown else { return nil }
        return Treatment(firstActDate: firstAct, continuous: continuous, endDate: end)
    }

    static func practitioner(_ tree: JSONTree) -> Practitioner? {
        guard var m = Members(tree), let name = string(m.take("name")), let specialty = string(m.take("specialty")),
              let inpe = string(m.take("inpe")), case .some(let date) = optional(m.take("date"), { day($0) }),
              case .some(let fee) = optional(m.take("fee"), { money($0) }),
              let stamped = bool(m.take("stampedAndSigned")), m.allKnown else { return nil }
        return Practitioner(name: name, specialty: specialty, inpe: inpe, date: date, fee: fee, stampedAndSigned: stamped)
    }

    static func pharmacy(_ tree: JSONTree) -> PharmacyPurchase? {
        guard var m = Members(tree), let name = string(m.take("name")), let inpe = string(m.take("inpe")),
              case .some(let date) = optional(m.take("date"), { day($0) }),
              case .some(let total) = optional(m.take("total"), { money($0) }),
              let stamped = bool(m.take("stampedAndSigned")), m.allKnown else { return nil }
        return PharmacyPurchase(name: name, inpe: inpe, date: date, total: total, stampedAndSigned: stamped)
    }

    static func lab(_ tree: JSONTree) -> LabExam? {
        guard var m = Members(tree), let kind = string(m.take("kind")).flatMap(LabExam.Kind.init(rawValue:)),
              let name = string(m.take("name")), let inpe = string(m.take("inpe")),
              case .some(let date) = optional(m.take("date"), { day($0) }),
              case .some(let amount) = optional(m.take("amount"), { money($0) }), m.allKnown else { return nil }
        return LabExam(kind: kind, name: name, inpe: inpe, date: date, amount: amount)
    }

    /// An optician's or a dentist's entry: the same keys, with the ICE.
    static func entryWithICE(_ tree: JSONTree)
        -> (name: String, inpe: String, ice: String, date: CalendarDate?, amount: Money?, stamped: Bool)? {
        guard var m = Members(tree), let name = string(m.take("name")), let inpe = string(m.take("inpe")),
              let ice = string(m.take("ice")), case .some(let date) = optional(m.take("date"), { day($0) }),
              case .some(let amount) = optional(m.take("amount"), { money($0) }),
              let stamped = bool(m.take("stampedAndSigned")), m.allKnown else { return nil }
        return (name, inpe, ice, date, amount, stamped)
    }

    static func optician(_ tree: JSONTree) -> Optician? {
        entryWithICE(tree).map {
            Optician(name: $0.name, inpe: $0.inpe, ice: $0.ice, date: $0.date, amount: $0.amount, stampedAndSigned: $0.stamped)
        }
    }

    static func dentist(_ tree: JSONTree) -> DentalCare? {
        entryWithICE(tree).map {
            DentalCare(name: $0.name, inpe: $0.inpe, ice: $0.ice, date: $0.date, amount: $0.amount, stampedAndSigned: $0.stamped)
        }
    }

    static func originals(_ tree: JSONTree) -> Originals? {
        guard var m = Members(tree) else { return nil }
        var originals = Originals()
        for document in Originals.Document.allCases {
            guard let ticked = bool(m.take(document.rawValue)) else { return nil }
            originals[document] = ticked
        }
        return m.allKnown ? originals : nil
    }

    static func mailing(_ tree: JSONTree) -> Mailing? {
        guard var m = Members(tree), let mailedOn = day(m.take("mailedOn")),
              case .some(let tracking) = optional(m.take("trackingNumber"), { string($0) }), m.allKnown else { return nil }
        return Mailing(mailedOn: mailedOn, trackingNumber: tracking)
    }

    static func outcome(_ tree: JSONTree) -> Outcome? {
        guard var m = Members(tree), let on = day(m.take("on")),
              let kind = string(m.take("kind")).flatMap(Outcome.Kind.init(rawValue:)) else { return nil }
        switch kind {
        case .reimbursed:
            guard let amount = money(m.take("amount")), m.allKnown else { return nil }
            return .reimbursed(on: on, amount: amount)
        case .returned:
            guard case .some(let reason) = optional(m.take("reason"), { string($0) }), m.allKnown else { return nil }
            return .returned(on: on, reason: reason)
        }
    }
}

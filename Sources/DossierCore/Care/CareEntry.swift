/// One entry of a care list (a consultation, a purchase, an exam, dental
/// care): what every kind has in common, so that totals, originals, the
/// review and the summary need no list of kinds.
public protocol CareEntry: Codable, Hashable, Sendable {
    static var kind: CareKind { get }
    /// Where the dossier keeps this kind's entries.
    static var list: WritableKeyPath<Dossier, [Self]> & Sendable { get }
    /// The same list, read as a plain property: `list` is for changing it,
    /// and reading through a key path costs a call into the Swift runtime
    /// each time (every field of every entry of every file of a register).
    static var entries: @Sendable (Dossier) -> [Self] { get }
    /// The fields of one entry, in the order they are asked.
    static var fields: [Field] { get }
    /// A new, empty entry (what "add" makes).
    init()
    var date: CalendarDate? { get }
    /// What this entry adds to the dossier's total.
    var amount: Money? { get }
    /// The originals this entry needs in the envelope.
    var requiredOriginals: [Originals.Document] { get }
    /// The translation key of this entry's line in the printable summary;
    /// its placeholders are the names of the fields it shows (`{inpe}`).
    var summaryKey: String { get }
    /// Every key `summaryKey` can be, for the test that every field the
    /// summary shows has its place in each.
    static var summaryKeys: [String] { get }
}

extension CareEntry {
    /// Nothing typed or chosen: an entry added by mistake.
    public var isBlank: Bool { self == Self() }

    public var summaryKey: String { "summary.care.\(Self.kind.rawValue)" }
    public static var summaryKeys: [String] { ["summary.care.\(kind.rawValue)"] }
}

/// The dossier's entries, reached by kind. Every function here is generic
/// over the entry type that `CareKind.entryType` names.
extension Dossier {
    public func entryCount(_ kind: CareKind) -> Int {
        func count<E: CareEntry>(_: E.Type) -> Int { E.entries(self).count }
        return count(kind.entryType)
    }

    public func entries(_ kind: CareKind) -> [any CareEntry] {
        func all<E: CareEntry>(_: E.Type) -> [any CareEntry] { E.entries(self) }
        return all(kind.entryType)
    }

    public func entry(_ kind: CareKind, _ index: Int) -> (any CareEntry)? {
        let list = entries(kind)
        return list.indices.contains(index) ? list[index] : nil
    }

    /// Adds an empty entry at the end; returns its index.
    @discardableResult
    public mutating func appendEntry(_ kind: CareKind) -> Int {
        func append<E: CareEntry>(_: E.Type) -> Int {
            self[keyPath: E.list].append(E())
            return self[keyPath: E.list].count - 1
        }
        return append(kind.entryType)
    }

    /// Removes one entry; the later ones move up by one.
    public mutating func removeEntry(_ kind: CareKind, at index: Int) {
        func remove<E: CareEntry>(_: E.Type) {
            if self[keyPath: E.list].indices.contains(index) { self[keyPath: E.list].remove(at: index) }
        }
        remove(kind.entryType)
    }

    public mutating func removeEntries(_ kind: CareKind) {
        func clear<E: CareEntry>(_: E.Type) { self[keyPath: E.list] = [] }
        clear(kind.entryType)
    }

    public func isBlankEntry(_ kind: CareKind, at index: Int) -> Bool {
        func blank<E: CareEntry>(_: E.Type) -> Bool {
            let list = E.entries(self)
            return list.indices.contains(index) && list[index].isBlank
        }
        return blank(kind.entryType)
    }

    /// Every entry of every kind, in the order of `CareKind.allCases`.
    public var allEntries: [(kind: CareKind, index: Int, entry: any CareEntry)] {
        CareKind.allCases.flatMap { kind in entries(kind).enumerated().map { (kind, $0.offset, $0.element) } }
    }

    /// Each entry's kind and place, in the order of `CareKind.allCases`,
    /// without boxing every entry as `allEntries` does: what the validator
    /// walks for each file of a register.
    public var entryPlaces: [(kind: CareKind, index: Int)] {
        var places: [(kind: CareKind, index: Int)] = []
        for kind in CareKind.allCases {
            for index in 0..<entryCount(kind) { places.append((kind, index)) }
        }
        return places
    }

    /// How many care entries of any kind the dossier holds.
    public var careEntryCount: Int {
        CareKind.allCases.reduce(0) { $0 + entryCount($1) }
    }

    /// The total of all expenses of the dossier, written by the student on
    /// the sheet: every fee, pharmacy total and amount. Missing amounts count 0.
    public var total: Money {
        func sum<E: CareEntry>(_: E.Type) -> Money {
            E.entries(self).reduce(Money.zero) { $0 + ($1.amount ?? .zero) }
        }
        return CareKind.allCases.reduce(Money.zero) { $0 + sum($1.entryType) }
    }
}

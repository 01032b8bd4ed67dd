/// A biology laboratory test or an imaging exam. Each kind brings its own
/// originals: the treating doctor's prescription (the fund asks for it for
/// tests and imaging), the invoice and the results (biology) or report
/// (imaging).
public struct LabExam: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case biology
        case imaging
    }

    public var kind: Kind
    public var name: String
    public var inpe: String
    public var date: CalendarDate?
    public var amount: Money?

    public init(kind: Kind = .biology, name: String = "", inpe: String = "",
                date: CalendarDate? = nil, amount: Money? = nil) {
        self.kind = kind
        self.name = name
        self.inpe = inpe
        self.date = date
        self.amount = amount
    }
}

extension LabExam: CareEntry {
    public init() { self.init(kind: .biology) }
    public static let kind = CareKind.labs
    public static let list: WritableKeyPath<Dossier, [LabExam]> & Sendable = \Dossier.labs
    public static let entries: @Sendable (Dossier) -> [LabExam] = \Dossier.labs

    public var requiredOriginals: [Originals.Document] {
        switch kind {
        case .biology: [.prescription, .labInvoice, .labResults]
        case .imaging: [.prescription, .imagingInvoice, .imagingReport]
        }
    }

    public var summaryKey: String { "summary.care.labs.\(kind.rawValue)" }
    public static var summaryKeys: [String] { Kind.allCases.map { "summary.care.labs.\($0.rawValue)" } }

    public static let fields: [Field] = [
        .entryChoice("kind", .labKinds, get: { (exam: LabExam) in exam.kind.rawValue },
                     set: { (exam: inout LabExam, id: String) in if let kind = Kind(rawValue: id) { exam.kind = kind } }),
        .entryText("name", read: \LabExam.name,
                   write: \LabExam.name, required: true, maxLength: 80, presentation: .everywhere),
        .entryText("inpe", read: \LabExam.inpe,
                   write: \LabExam.inpe, kind: .identifier(.inpe), required: true, maxLength: 20),
        .entryDate("date", read: \LabExam.date, write: \LabExam.date),
        .entryAmount("amount", read: \LabExam.amount, write: \LabExam.amount),
    ]
}

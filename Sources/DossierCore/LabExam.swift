/// A biology laboratory test or an imaging exam. Each kind brings its own
/// originals: the invoice and the results (biology) or report (imaging).
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

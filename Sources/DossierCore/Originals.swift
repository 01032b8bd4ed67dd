/// The original documents the student has put in the envelope. CNOPS accepts
/// originals only; which ones are required follows from the dossier's content.
public struct Originals: Codable, Hashable, Sendable {
    public var prescription: Bool
    public var doctorInvoice: Bool
    public var labInvoice: Bool
    public var imagingInvoice: Bool
    public var labResults: Bool
    public var imagingReport: Bool

    public init(prescription: Bool = false, doctorInvoice: Bool = false, labInvoice: Bool = false,
                imagingInvoice: Bool = false, labResults: Bool = false, imagingReport: Bool = false) {
        self.prescription = prescription
        self.doctorInvoice = doctorInvoice
        self.labInvoice = labInvoice
        self.imagingInvoice = imagingInvoice
        self.labResults = labResults
        self.imagingReport = imagingReport
    }

    /// The six documents, by their JSON key, in the order checklists show them.
    public enum Document: String, CaseIterable, Codable, Sendable {
        case prescription, doctorInvoice, labInvoice, labResults, imagingInvoice, imagingReport
    }

    public subscript(document: Document) -> Bool {
        get {
            switch document {
            case .prescription: prescription
            case .doctorInvoice: doctorInvoice
            case .labInvoice: labInvoice
            case .imagingInvoice: imagingInvoice
            case .labResults: labResults
            case .imagingReport: imagingReport
            }
        }
        set {
            switch document {
            case .prescription: prescription = newValue
            case .doctorInvoice: doctorInvoice = newValue
            case .labInvoice: labInvoice = newValue
            case .imagingInvoice: imagingInvoice = newValue
            case .labResults: labResults = newValue
            case .imagingReport: imagingReport = newValue
            }
        }
    }
}

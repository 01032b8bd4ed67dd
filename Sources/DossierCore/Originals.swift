/// The original documents the student has put in the envelope. CNOPS accepts
/// originals only; which ones are required follows from the dossier's content.
public struct Originals: Hashable, Sendable {
    public var prescription: Bool
    public var medicineSerialNumbers: Bool
    public var doctorInvoice: Bool
    public var labInvoice: Bool
    public var imagingInvoice: Bool
    public var labResults: Bool
    public var imagingReport: Bool
    public var opticianInvoice: Bool
    public var dentalChartAndXrays: Bool

    public init(prescription: Bool = false, medicineSerialNumbers: Bool = false, doctorInvoice: Bool = false,
                labInvoice: Bool = false, imagingInvoice: Bool = false, labResults: Bool = false,
                imagingReport: Bool = false, opticianInvoice: Bool = false, dentalChartAndXrays: Bool = false) {
        self.prescription = prescription
        self.medicineSerialNumbers = medicineSerialNumbers
        self.doctorInvoice = doctorInvoice
        self.labInvoice = labInvoice
        self.imagingInvoice = imagingInvoice
        self.labResults = labResults
        self.imagingReport = imagingReport
        self.opticianInvoice = opticianInvoice
        self.dentalChartAndXrays = dentalChartAndXrays
    }

    /// The documents, by their JSON key (their coding key too), in the
    /// order checklists show them.
    public enum Document: String, CaseIterable, Codable, CodingKey, Sendable {
        case prescription, medicineSerialNumbers, doctorInvoice, labInvoice, labResults, imagingInvoice,
             imagingReport, opticianInvoice, dentalChartAndXrays

        /// The schema version that added the document: a file of an older
        /// version has not ticked it.
        public var since: Int {
            switch self {
            case .prescription, .doctorInvoice, .labInvoice, .labResults, .imagingInvoice, .imagingReport: 1
            case .medicineSerialNumbers, .opticianInvoice, .dentalChartAndXrays: 2
            }
        }

        /// Unticked, what it weighs. The dental chart and X-rays are a
        /// warning: the X-rays depend on the care, and the one source is
        /// less sure of them than of the others.
        public var missingSeverity: Problem.Severity {
            switch self {
            case .dentalChartAndXrays: .warning
            case .prescription, .medicineSerialNumbers, .doctorInvoice, .labInvoice, .labResults, .imagingInvoice,
                 .imagingReport, .opticianInvoice: .error
            }
        }
    }

    public subscript(document: Document) -> Bool {
        get {
            switch document {
            case .prescription: prescription
            case .medicineSerialNumbers: medicineSerialNumbers
            case .doctorInvoice: doctorInvoice
            case .labInvoice: labInvoice
            case .imagingInvoice: imagingInvoice
            case .labResults: labResults
            case .imagingReport: imagingReport
            case .opticianInvoice: opticianInvoice
            case .dentalChartAndXrays: dentalChartAndXrays
            }
        }
        set {
            switch document {
            case .prescription: prescription = newValue
            case .medicineSerialNumbers: medicineSerialNumbers = newValue
            case .doctorInvoice: doctorInvoice = newValue
            case .labInvoice: labInvoice = newValue
            case .imagingInvoice: imagingInvoice = newValue
            case .labResults: labResults = newValue
            case .imagingReport: imagingReport = newValue
            case .opticianInvoice: opticianInvoice = newValue
            case .dentalChartAndXrays: dentalChartAndXrays = newValue
            }
        }
    }
}

extension Originals: Codable, VersionedDecodable {
    public init(from decoder: Decoder) throws {
        try self.init(from: decoder, schemaVersion: Dossier.schemaVersion)
    }

    /// Every document of the file's version must be there; one added
    /// later is read as not ticked.
    init(from decoder: Decoder, schemaVersion: Int) throws {
        let c = try decoder.container(keyedBy: Document.self)
        self.init()
        for document in Document.allCases where document.since <= schemaVersion {
            self[document] = try c.decode(Bool.self, forKey: document)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Document.self)
        for document in Document.allCases { try c.encode(self[document], forKey: document) }
    }
}

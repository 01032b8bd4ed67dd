/// What the student declares about the three conditions of coverage.
/// (Age comes from the birth date and the date of the first act.)
public struct EligibilityAnswers: Codable, Hashable, Sendable {
    public var enrolled: Bool
    public var otherCoverage: Bool
    /// Final stage of traditional education (التعليم العتيق): the only
    /// exception to the age limit.
    public var traditionalEducationFinalStage: Bool

    public init(enrolled: Bool = true, otherCoverage: Bool = false,
                traditionalEducationFinalStage: Bool = false) {
        self.enrolled = enrolled
        self.otherCoverage = otherCoverage
        self.traditionalEducationFinalStage = traditionalEducationFinalStage
    }
}

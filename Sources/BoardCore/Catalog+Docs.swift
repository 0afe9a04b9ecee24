import Foundation

/// Texts of the project spec, documents, meeting minutes and comments, in French and English.
/// Public so that the store, the renderers and the command line share the same words.
extension Catalog {

    // MARK: Documents

    public static let documentWithoutMetadata = Text("docs.documentWithoutMetadata")
    public static let documentMetadataHint = Text("docs.documentMetadataHint")
    public static let documentStatusHint = Text("docs.documentStatusHint")
    public static func unknownDocumentStatus(_ s: String) -> Text { Text("docs.unknownDocumentStatus", ["s": s]) }
    public static func orphanSidecar(_ target: String) -> Text { Text("docs.orphanSidecar", ["target": target]) }
    public static let orphanSidecarHint = Text("docs.orphanSidecarHint")
    public static func binaryWithoutSidecar(_ sidecar: String) -> Text { Text("docs.binaryWithoutSidecar", ["sidecar": sidecar]) }
    public static let binarySidecarHint = Text("docs.binarySidecarHint")
    public static func duplicateDocumentID(_ id: String, _ other: String) -> Text { Text("docs.duplicateDocumentID", ["id": id, "other": other]) }
    public static let duplicateIDHint = Text("docs.duplicateIDHint")
    public static func namingProblem(_ p: DocumentNaming.Problem) -> Text {
        switch p {
        case .spaces: return Text("docs.namingProblem.spaces")
        case .accents: return Text("docs.namingProblem.accents")
        case .specialCharacters(let c): return Text("docs.namingProblem.specialCharacters", ["c": c])
        case .dateNotISO(let d): return Text("docs.namingProblem.dateNotISO", ["d": d])
        }
    }
    public static func badDocumentName(_ name: String, _ problems: [DocumentNaming.Problem]) -> Text {
        Text("docs.badDocumentName", ["name": name, "problems": Localized { l in problems.map { namingProblem($0)(l) }.joined(separator: ", ") }])
    }
    public static func renameDocumentHint(_ path: String, _ suggested: String) -> Text {
        let name = suggested.split(separator: "/").last.map(String.init) ?? suggested
        return Text("docs.renameDocumentHint", ["suggested": suggested, "path": path, "name": name])
    }
    public static func renameFolderHint(_ suggested: String) -> Text {
        Text("docs.renameFolderHint", ["suggested": suggested])
    }

    // MARK: Spec

    public static let specWithoutFrontMatter = Text("docs.specWithoutFrontMatter")
    public static let specFrontMatterHint = Text("docs.specFrontMatterHint")
    public static func duplicateDeliverable(_ id: String) -> Text { Text("docs.duplicateDeliverable", ["id": id]) }
    public static let duplicateDeliverableHint = Text("docs.duplicateDeliverableHint")
    public static func specSectionMissing(_ heading: Text) -> Text { Text("docs.specSectionMissing", ["heading": heading]) }
    public static func specSectionMissingHint(_ heading: Text) -> Text { Text("docs.specSectionMissingHint", ["heading": heading]) }
    public static func specSubsectionMissingHint(_ heading: Text) -> Text { Text("docs.specSubsectionMissingHint", ["heading": heading]) }
    public static func specSectionEmpty(_ heading: String) -> Text { Text("docs.specSectionEmpty", ["heading": heading]) }
    public static func specSectionTemplate(_ heading: String) -> Text { Text("docs.specSectionTemplate", ["heading": heading]) }
    public static let specSectionFillHint = Text("docs.specSectionFillHint")
    public static let objectivesNotMeasurable = Text("docs.objectivesNotMeasurable")
    public static let objectivesHint = Text("docs.objectivesHint")
    public static let noDeliverableIDs = Text("docs.noDeliverableIDs")
    public static let deliverableIDHint = Text("docs.deliverableIDHint")
    public static func deliverableNotLinked(_ id: String, _ title: String) -> Text {
        Text("docs.deliverableNotLinked", ["id": id, "title": title])
    }
    public static func deliverableLinkHint(_ id: String) -> Text {
        Text("docs.deliverableLinkHint", ["id": id])
    }
    public static func unknownDeliverable(_ id: String) -> Text { Text("docs.unknownDeliverable", ["id": id]) }
    public static let unknownDeliverableHint = Text("docs.unknownDeliverableHint")
    public static func milestoneAfterEnd(_ id: String, _ date: String, _ end: String) -> Text {
        Text("docs.milestoneAfterEnd", ["id": id, "date": date, "end": end])
    }
    public static func deliverableAfterEnd(_ id: String, _ date: String, _ end: String) -> Text {
        Text("docs.deliverableAfterEnd", ["id": id, "date": date, "end": end])
    }
    public static let afterEndHint = Text("docs.afterEndHint")
    public static func budgetMismatch(_ sum: Decimal, _ total: Decimal) -> Text {
        Text("docs.budgetMismatch", ["sum": Localized { l in SpecDocument.formatAmount(sum, l) }, "total": Localized { l in SpecDocument.formatAmount(total, l) }])
    }
    public static let budgetMismatchHint = Text("docs.budgetMismatchHint")
    public static let budgetNoTotal = Text("docs.budgetNoTotal")
    public static let budgetNoTotalHint = Text("docs.budgetNoTotalHint")

    // MARK: Meetings

    public static let meetingIDHint = Text("docs.meetingIDHint")
    public static let actionItemHint = Text("docs.actionItemHint")
    public static func duplicateMeetingID(_ id: String, _ other: String) -> Text { Text("docs.duplicateMeetingID", ["id": id, "other": other]) }
    public static func meetingNameDate(_ name: String, _ date: String) -> Text {
        Text("docs.meetingNameDate", ["name": name, "date": date])
    }
    public static let meetingNameHint = Text("docs.meetingNameHint")
    public static let attendeeHint = Text("docs.attendeeHint")
    public static func missingActionTask(_ id: String) -> Text { Text("docs.missingActionTask", ["id": id]) }

    // MARK: Comments

    public static let commentFormatHint = Text("docs.commentFormatHint")
    public static func badCommentDate(_ text: String) -> Text { Text("docs.badCommentDate", ["text": text]) }
    public static let misplacedComment = Text("docs.misplacedComment")
    public static func commentOnUnknownItem(_ item: String) -> Text { Text("docs.commentOnUnknownItem", ["item": item]) }
    public static let commentItemHint = Text("docs.commentItemHint")
}

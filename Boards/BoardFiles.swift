// BoardFiles: the files of `Boards/` that Jalon carries inside its executable, so `jalon demo`
// and `jalon init --template` work from any folder. The files stay plain in the repository,
// readable on GitLab/GitHub; the build embeds them.

public enum BoardFiles {
    /// The example team project, replayed by `jalon demo`.
    public static let exampleScenario = String(decoding: PackageResources.scenario_jalon, as: UTF8.self)

    /// Board templates by name (`jalon init --template NAME`).
    public static let templates: [String: String] = [
        "site-web": String(decoding: PackageResources.site_web_yml, as: UTF8.self),
    ]

    /// Document templates by `NAME.LANG` (`Boards/modeles/documents/`): the spec (cahier des
    /// charges), meeting minutes, acceptance test sheet, weekly report and note. A board's own
    /// `templates/NAME.md` overrides them.
    public static let documentTemplates: [String: String] = [
        "cahier-des-charges.fr": String(decoding: PackageResources.cahier_des_charges_fr_md, as: UTF8.self),
        "cahier-des-charges.en": String(decoding: PackageResources.cahier_des_charges_en_md, as: UTF8.self),
        "reunion-hebdo.fr": String(decoding: PackageResources.reunion_hebdo_fr_md, as: UTF8.self),
        "reunion-hebdo.en": String(decoding: PackageResources.reunion_hebdo_en_md, as: UTF8.self),
        "fiche-recette.fr": String(decoding: PackageResources.fiche_recette_fr_md, as: UTF8.self),
        "fiche-recette.en": String(decoding: PackageResources.fiche_recette_en_md, as: UTF8.self),
        "rapport-hebdo.fr": String(decoding: PackageResources.rapport_hebdo_fr_md, as: UTF8.self),
        "rapport-hebdo.en": String(decoding: PackageResources.rapport_hebdo_en_md, as: UTF8.self),
        "note.fr": String(decoding: PackageResources.note_fr_md, as: UTF8.self),
        "note.en": String(decoding: PackageResources.note_en_md, as: UTF8.self),
    ]
}

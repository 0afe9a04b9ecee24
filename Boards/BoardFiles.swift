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
}

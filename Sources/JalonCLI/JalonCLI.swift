// JalonCLI: the `jalon` command line. Commands parse arguments (swift-argument-parser), call
// a use case of BoardStore (or build a report with Planning and Reports), and print. This is
// the only module that writes to the terminal, and it never imports Git.

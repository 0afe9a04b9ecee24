import JalonCLI

Jalon.main()

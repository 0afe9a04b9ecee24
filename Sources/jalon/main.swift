import JalonCLI

Jalon.runAsMain()

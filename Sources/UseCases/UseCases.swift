// UseCases: what a command asks for when it needs more than one layer below — the one forecast
// of a board on a status date (its history, baseline and burndown), the status report's and the
// review's inputs. Each use case reads through BoardStore, computes with Planning and builds
// Reports' models; it never parses arguments and never prints (JalonCLI does both).

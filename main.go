// Command chronicle reads English news text and prints the chronology of the
// diplomatic, political and military events it reports: what happened, when
// (normalized against the article's publication date), who took part, and
// where, as a table or JSON.
//
// The work is done by two library packages: extract (the language side) and
// timeline (the event model, ordering and rendering). This package only
// reads flags and files and wires the two together:
//
//   - main.go: main, the root command, exit codes, the stdio triple, and
//     the flags of the commands that read documents (cobra stays in main.go
//     and cmd_*.go)
//   - cmd_timeline.go, cmd_tag.go, cmd_merge.go, cmd_eval.go: one command
//     each, with its options, flags, validation and run function
//   - format.go: the table of output formats (--format)
//   - input.go: reading files, stdin and JSON Lines records
//   - batch.go: the options of the commands that read documents, and
//     running the extractor over many documents in parallel, in input order
//   - filter.go: the flags that select events (--from, --to, --type,
//     --actor, --place), shared by the timeline command and merge
//   - terminal.go: the progress bar, the table's width and the hint for
//     input typed at a terminal
//   - memlimit.go: the collector's memory limit, from the machine
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// stdio is the standard input, output and error a command reads and
// writes; tests put buffers in their place.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // an input could not be read or processed
	exitUsage   = 2 // bad flags or arguments
)

func main() {
	setMemoryLimit() // a share of the machine's memory, unless GOMEMLIMIT says
	os.Exit(execute(os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr}))
}

// execute runs chronicle with args and returns the exit code.
func execute(args []string, std stdio) int {
	cmd := newRootCmd(std)
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(std.err, "chronicle: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitFailure
}

const rootExample = `  chronicle --ref-date 2025-08-06 testdata/pakistan-us-2025.txt
  curl -s https://example.com/article.txt | chronicle --format json
  chronicle --format jsonl articles/*.txt > timelines.jsonl
  chronicle -f html --place Switzerland articles/ > timeline.html
  chronicle tag --format json article.txt
  chronicle eval timeline --gold ../shared/data/timelines/dev`

// extractExample is the examples of "chronicle extract", the timeline
// command by its other name.
const extractExample = `  chronicle extract --ref-date 2025-08-06 testdata/pakistan-us-2025.txt
  chronicle extract -f csv --all articles/ > events.csv
  chronicle extract -f json --from 2025-05-01 --type attack,military_operation a.txt b.txt`

// newRootCmd builds the root command: the timeline command, with extract
// (its other name), tag, merge and eval under it.
func newRootCmd(std stdio) *cobra.Command {
	cmd := newTimelineCmd("chronicle [file...]", "Print the chronology of the events a news article reports", std)
	cmd.Example = rootExample
	cmd.Version = version()
	cmd.SetVersionTemplate("chronicle {{.Version}}\n")
	cmd.SilenceUsage = true
	cmd.SilenceErrors = true
	cmd.SetOut(std.out)
	cmd.SetErr(std.err)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	extractCmd := newTimelineCmd("extract [file...]", "Print the timeline (the default command)", std)
	extractCmd.Example = extractExample
	cmd.AddCommand(extractCmd, newTagCmd(std), newMergeCmd(std), newAddCmd(std), newQueryCmd(std), newEvalCmd(std))
	return cmd
}

// version describes the build, from the build information the Go
// toolchain records: the module's version ("(devel)" for a build in a
// checkout), the commit and whether the tree had changes, and the Go
// version: "v1.2.0, commit 1f741a8 (modified), go1.26.8".
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown build)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	commit, modified := "", ""
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			commit = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		}
	}
	if len(commit) > 12 {
		commit = commit[:12]
	}
	if commit == "" {
		commit = "unknown (built without VCS information)"
	}
	return fmt.Sprintf("%s, commit %s%s, %s", v, commit, modified, info.GoVersion)
}

// addBatchFlags adds the flags of every command that reads documents;
// formats are the output formats the command accepts.
func addBatchFlags(cmd *cobra.Command, o *batchOptions, formats formatList) {
	f := cmd.Flags()
	f.StringVar(&o.refDate, "ref-date", "", "publication date that relative dates resolve against: 2025-03-14, 2025-03-14T09:30:00Z, 2025-03-14T09:30:00+05:00 or 20250314")
	f.StringVarP(&o.format, "format", "f", defaultFormat, formats.help(true))
	f.StringVar(&o.input, "input", "auto", `input kind: "text", "jsonl", or "auto" (.jsonl files are JSON Lines)`)
	f.IntVarP(&o.jobs, "jobs", "j", 0, "documents processed in parallel (0: one per core); output keeps input order")
	f.BoolVarP(&o.recursive, "recursive", "r", false, "a folder named also gives the files of its subfolders")
	f.Int64Var(&o.maxBytes, "max-bytes", defaultMaxBytes, "an input (file, standard input or record) larger than this many bytes is reported and skipped")
}

// usageError marks errors in flags or arguments (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// usagef formats a usageError.
func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

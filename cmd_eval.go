package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

func newEvalCmd(std stdio) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score chronicle against annotated data",
		Long: `eval scores chronicle against annotated data, so that you can measure it on
your own corpora. Each subcommand reads one kind of annotation.`,
		Example: `  chronicle eval timeline --gold ../shared/data/timelines/dev
  chronicle eval timeml ../shared/data/tempeval3/tbaq
  chronicle eval timex2 ../shared/data/wikiwars/WikiWars_20120218_v104
  chronicle eval conll ../shared/data/conll2003/valid.txt
  chronicle eval codes ../shared/data/timelines/dev ../shared/data/timelines/dev2`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("eval: unknown kind %q (want timeline, timeml, timex2, conll or codes)", args[0])
			}
			return usagef("eval needs a kind of data: timeline, timeml, timex2, conll or codes (see chronicle eval --help)")
		},
	}
	cmd.AddCommand(newEvalTimelineCmd(std), newEvalTimeMLCmd(std), newEvalTIMEX2Cmd(std), newEvalCoNLLCmd(std), newEvalCodesCmd(std))
	return cmd
}

type evalTimelineOptions struct {
	gold    string
	verbose bool
	min     struct{ f1, date, typ, participants, order float64 }
}

func newEvalTimelineCmd(std stdio) *cobra.Command {
	var o evalTimelineOptions
	cmd := &cobra.Command{
		Use:   "timeline --gold DIR",
		Short: "Score timelines against gold timelines (NAME.txt + NAME.json)",
		Long: `eval timeline runs chronicle on every NAME.txt in the gold folder, with the
reference date taken from the gold NAME.json ("dct"), and compares the listed
events with the gold events:

  event precision, recall, F1  a system event matches a gold event from the
                               same sentence with an overlapping trigger;
                               optional gold events count neither way
  date                         share of matched events with the exact gold
                               date value and modifier
  type                         share of matched events with the gold type
  participants                 share of the gold participants of matched
                               events that chronicle names
  order                        share of pairs of matched events in the gold
                               chronological order

The gold format is described in the dev set's README.md. With --min-* floors
the command exits 1 when a figure falls below its floor (for CI).`,
		Example: `  chronicle eval timeline --gold ../shared/data/timelines/dev
  chronicle eval timeline --gold ../shared/data/timelines/dev -v --min-f1 0.6`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.gold == "" {
				return usagef("eval timeline needs --gold DIR")
			}
			if len(args) > 0 {
				return usagef("eval timeline takes no arguments, only --gold DIR")
			}
			return runEvalTimeline(o, std.out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.gold, "gold", "", "folder of gold timelines: NAME.txt with NAME.json")
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list each document's misses and false positives")
	f.Float64Var(&o.min.f1, "min-f1", 0, "fail when event F1 is below this")
	f.Float64Var(&o.min.date, "min-date", 0, "fail when exact-date accuracy is below this")
	f.Float64Var(&o.min.typ, "min-type", 0, "fail when type accuracy is below this")
	f.Float64Var(&o.min.participants, "min-participants", 0, "fail when participant recall is below this")
	f.Float64Var(&o.min.order, "min-order", 0, "fail when order agreement is below this")
	return cmd
}

func runEvalTimeline(o evalTimelineOptions, stdout io.Writer) error {
	paths, err := filepath.Glob(filepath.Join(o.gold, "*.json"))
	if err != nil {
		return err
	}
	sort.Strings(paths)
	if len(paths) == 0 {
		return fmt.Errorf("%s: no gold timelines (NAME.json) found", o.gold)
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	var golds []eval.Gold
	var systems [][]timeline.Event
	for _, p := range paths {
		g, err := eval.ReadGold(p)
		if err != nil {
			return err
		}
		txt := strings.TrimSuffix(p, ".json") + ".txt"
		data, err := os.ReadFile(txt)
		if err != nil {
			return err
		}
		text, err := extract.PlainText(string(data))
		if err != nil {
			return fmt.Errorf("%s: %v", txt, err)
		}
		ref, err := parseDate(g.DCT)
		if err != nil {
			return fmt.Errorf("%s: dct %q: want YYYY-MM-DD", p, g.DCT)
		}
		res, err := ex.Extract(text, ref)
		if err != nil {
			return fmt.Errorf("%s: %v", txt, err)
		}
		tl := timeline.Build(timeline.Document{ID: g.Doc, RefDate: g.DCT}, res.Events).Filter(timeline.IsListed)
		golds = append(golds, g)
		systems = append(systems, tl.Events)
	}
	rep := eval.Score(golds, systems)
	if o.verbose {
		rep.WriteDetails(stdout)
	}
	rep.WriteText(stdout)
	t := rep.Total
	var low []string
	check := func(name string, got, floor float64) {
		if got < floor {
			low = append(low, fmt.Sprintf("%s %.3f < %.3f", name, got, floor))
		}
	}
	check("F1", t.F1(), o.min.f1)
	check("date", t.DateAccuracy(), o.min.date)
	check("type", t.TypeAccuracy(), o.min.typ)
	check("participants", t.ParticipantRecall(), o.min.participants)
	check("order", t.OrderAgreement(), o.min.order)
	if len(low) > 0 {
		return fmt.Errorf("below the floor: %s", strings.Join(low, ", "))
	}
	return nil
}

type evalTimeMLOptions struct {
	minRelaxed, minValue float64
}

func newEvalTimeMLCmd(std stdio) *cobra.Command {
	var o evalTimeMLOptions
	cmd := &cobra.Command{
		Use:   "timeml DIR|FILE...",
		Short: "Score time expressions against TimeML (TIMEX3) files",
		Long: `eval timeml tags the text of every .tml file named (folders are searched
for .tml files), with the file's DCT as the reference date, and scores the
time expressions against the gold TIMEX3 tags the way TempEval-3 Task A does:

  relaxed  P, R, F1 over expressions whose spans overlap the gold ones
  strict   P, R, F1 over expressions with exactly the gold span
  value    relaxed F1 x the share of relaxed matches with the gold value
  type     relaxed F1 x the share of relaxed matches with the gold type

Figures are pooled over all files. With --min-* floors the command exits 1
when a figure falls below its floor (for CI).`,
		Example: `  chronicle eval timeml ../shared/data/tempeval3/tbaq`,
		Args:    usageArgs(cobra.MinimumNArgs(1), "eval timeml needs a folder or .tml files"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalTimeML(o, args, std.out)
		},
	}
	cmd.Flags().Float64Var(&o.minRelaxed, "min-relaxed", 0, "fail when relaxed F1 is below this")
	cmd.Flags().Float64Var(&o.minValue, "min-value", 0, "fail when value F1 is below this")
	return cmd
}

// findFiles lists the files with the extension ext named by args, or found
// in the folders args name, sorted.
func findFiles(args []string, ext string) ([]string, error) {
	var out []string
	for _, a := range args {
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, a)
			continue
		}
		err = filepath.WalkDir(a, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ext) {
				out = append(out, p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, fmt.Errorf("no %s files in %s", ext, strings.Join(args, ", "))
	}
	return out, nil
}

func runEvalTimeML(o evalTimeMLOptions, args []string, stdout io.Writer) error {
	paths, err := findFiles(args, ".tml")
	if err != nil {
		return err
	}
	var docs []eval.TimeMLDoc
	for _, p := range paths {
		d, err := eval.ReadTimeML(p)
		if err != nil {
			return fmt.Errorf("%s: %v", p, err)
		}
		docs = append(docs, d)
	}
	return scoreTimes(o, docs, true, stdout)
}

// scoreTimes tags the documents' time expressions and prints the TempEval
// figures (type F1 only where the gold has types: TIMEX3).
func scoreTimes(o evalTimeMLOptions, docs []eval.TimeMLDoc, typed bool, stdout io.Writer) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	sc := eval.ScoreTimeML(docs, ex.TagTimes)
	fmt.Fprintf(stdout, "files %d, gold expressions %d, tagged %d\n", len(docs), sc.Gold, sc.System)
	fmt.Fprintf(stdout, "relaxed  P %.3f  R %.3f  F1 %.3f\n", sc.RelaxedP, sc.RelaxedR, sc.RelaxedF1)
	fmt.Fprintf(stdout, "strict   P %.3f  R %.3f  F1 %.3f\n", sc.StrictP, sc.StrictR, sc.StrictF1)
	fmt.Fprintf(stdout, "value    F1 %.3f\n", sc.ValueF1)
	if typed {
		fmt.Fprintf(stdout, "type     F1 %.3f\n", sc.TypeF1)
	}
	if sc.RelaxedF1 < o.minRelaxed || sc.ValueF1 < o.minValue {
		return fmt.Errorf("below the floor: relaxed F1 %.3f (floor %.3f), value F1 %.3f (floor %.3f)",
			sc.RelaxedF1, o.minRelaxed, sc.ValueF1, o.minValue)
	}
	return nil
}

type evalCoNLLOptions struct {
	verbose bool
	minF1   float64
}

func newEvalCoNLLCmd(std stdio) *cobra.Command {
	var o evalCoNLLOptions
	cmd := &cobra.Command{
		Use:   "conll FILE...",
		Short: "Score entity tagging against CoNLL-2003-format data",
		Long: `eval conll rebuilds the text of every document of CoNLL-2003-format files
(token POS chunk NER per line, IOB tags, -DOCSTART- between documents), tags
its entities, and scores them span-exact for PER, LOC and ORG, as conlleval
does. Kinds map person -> PER; country, city, region, place, facility ->
LOC; organization -> ORG. MISC is left out: a mention that overlaps a gold
MISC entity counts neither way, and nationality words ("Pakistani") are not
places. With --min-f1 the command exits 1 when overall F1 is below it.`,
		Example: `  chronicle eval conll ../shared/data/conll2003/valid.txt`,
		Args:    usageArgs(cobra.MinimumNArgs(1), "eval conll needs CoNLL files"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalCoNLL(o, args, std.out)
		},
	}
	cmd.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list every missed and spurious entity")
	cmd.Flags().Float64Var(&o.minF1, "min-f1", 0, "fail when overall F1 is below this")
	return cmd
}

func runEvalCoNLL(o evalCoNLLOptions, args []string, stdout io.Writer) error {
	var docs []eval.CoNLLDoc
	for _, p := range args {
		d, err := eval.ReadCoNLL(p)
		if err != nil {
			return err
		}
		docs = append(docs, d...)
	}
	ex, err := extract.New()
	if err != nil {
		return err
	}
	sc := eval.ScoreCoNLL(docs, ex.TagEntities)
	if o.verbose {
		for _, e := range sc.Errors {
			what := "spurious"
			if e.Missed {
				what = "missed"
			}
			fmt.Fprintf(stdout, "doc %d\t%s\t%s\t%q\n", e.Doc+1, what, e.Type, e.Text)
		}
	}
	fmt.Fprintf(stdout, "documents %d\n%-8s %6s %6s %6s %7s %7s %7s\n", len(docs), "TYPE", "GOLD", "SYS", "OK", "P", "R", "F1")
	for _, c := range append(sc.Types, sc.Overall) {
		name := c.Type
		if name == "" || name == "all" {
			name = "ALL"
		}
		fmt.Fprintf(stdout, "%-8s %6d %6d %6d %7.3f %7.3f %7.3f\n", name, c.Gold, c.System, c.Correct, c.Precision(), c.Recall(), c.F1())
	}
	if f1 := sc.Overall.F1(); f1 < o.minF1 {
		return fmt.Errorf("below the floor: F1 %.3f < %.3f", f1, o.minF1)
	}
	return nil
}

func newEvalTIMEX2Cmd(std stdio) *cobra.Command {
	var o evalTimeMLOptions
	cmd := &cobra.Command{
		Use:   "timex2 DIR",
		Short: "Score time expressions against TIMEX2 files (WikiWars)",
		Long: `eval timex2 reads a corpus with inline TIMEX2 annotations in the layout of
the WikiWars release (the release folder or its keyinline/ folder), tags each
text against its document date, and prints relaxed, strict and value F1 as
eval timeml does. TIMEX2 marks no type, and its extents differ a little from
TIMEX3 (see eval/timex2.go), so read these figures as a second view.`,
		Example: `  chronicle eval timex2 ../shared/data/wikiwars/WikiWars_20120218_v104`,
		Args:    usageArgs(cobra.ExactArgs(1), "eval timex2 needs one folder"),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := eval.ReadTIMEX2Dir(args[0])
			if err != nil {
				return err
			}
			return scoreTimes(o, docs, false, std.out)
		},
	}
	cmd.Flags().Float64Var(&o.minRelaxed, "min-relaxed", 0, "fail when relaxed F1 is below this")
	cmd.Flags().Float64Var(&o.minValue, "min-value", 0, "fail when value F1 is below this")
	return cmd
}

// usageArgs wraps a cobra argument check so that a wrong number of
// arguments is a usage error (exit 2) that says what the command needs.
func usageArgs(check cobra.PositionalArgs, need string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := check(cmd, args); err != nil {
			return usagef("%s (see chronicle %s --help)", need, cmd.CommandPath()[len("chronicle "):])
		}
		return nil
	}
}

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

func newEvalCmd(stdout, stderr io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score chronicle against annotated data",
		Long: `eval scores chronicle against annotated data, so that you can measure it on
your own corpora. Each subcommand reads one kind of annotation.`,
	}
	cmd.AddCommand(newEvalTimelineCmd(stdout, stderr))
	return cmd
}

type evalTimelineOptions struct {
	gold    string
	verbose bool
	min     struct{ f1, date, typ, participants, order float64 }
}

func newEvalTimelineCmd(stdout, stderr io.Writer) *cobra.Command {
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
			return runEvalTimeline(o, stdout)
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
	var golds []timeline.Gold
	var systems [][]timeline.Event
	for _, p := range paths {
		g, err := timeline.ReadGold(p)
		if err != nil {
			return err
		}
		txt := strings.TrimSuffix(p, ".json") + ".txt"
		data, err := os.ReadFile(txt)
		if err != nil {
			return err
		}
		if err := checkText(data); err != nil {
			return fmt.Errorf("%s: %v", txt, err)
		}
		ref, err := parseDate(g.DCT)
		if err != nil {
			return fmt.Errorf("%s: dct %q: want YYYY-MM-DD", p, g.DCT)
		}
		res, err := ex.Extract(string(data), ref)
		if err != nil {
			return fmt.Errorf("%s: %v", txt, err)
		}
		tl := timeline.Build(timeline.Document{ID: g.Doc, RefDate: g.DCT}, res.Events).Filter(timeline.IsListed)
		golds = append(golds, g)
		systems = append(systems, tl.Events)
	}
	rep := timeline.Score(golds, systems)
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

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// evalCodesOptions holds the flags of "chronicle eval codes".
type evalCodesOptions struct {
	verbose    bool
	minCountry float64
	minActor   float64
}

// newEvalCodesCmd builds "chronicle eval codes", a subcommand of eval.
func newEvalCodesCmd(std stdio) *cobra.Command {
	var o evalCodesOptions
	cmd := &cobra.Command{
		Use:   "codes DIR...",
		Short: "Measure how many places and actors get country and CAMEO actor codes",
		Long: `eval codes runs chronicle on every NAME.txt of the folders named (with the
reference date of NAME.json's "dct" where there is one), takes every event
(as --all lists them), and measures the codes that event-data users join on:

  located events        share of the events with a location whose location
                        has an ISO 3166 alpha-3 country code
  country and official  share of the participants that are countries, or
  participants          people with a government title (minister, president,
                        ambassador, general...), that have a CAMEO actor code

No gold annotation is needed. With --min-* floors the command exits 1 when a
figure falls below its floor (for CI).`,
		Example: `  chronicle eval codes ../shared/data/timelines/dev ../shared/data/timelines/dev2
  chronicle eval codes -v testdata/timelines --min-country 0.95 --min-actor 0.8`,
		Args: usageArgs(cobra.MinimumNArgs(1), "eval codes needs folders of NAME.txt"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runEvalCodes(o, args, std)
		},
	}
	f := cmd.Flags()
	f.BoolVarP(&o.verbose, "verbose", "v", false, "list every location and actor without a code")
	f.Float64Var(&o.minCountry, "min-country", 0, "fail when the share of located events with a country code is below this")
	f.Float64Var(&o.minActor, "min-actor", 0, "fail when the share of country and official participants with an actor code is below this")
	return cmd
}

// runEvalCodes measures the codes over the folders' documents.
func runEvalCodes(o evalCodesOptions, dirs []string, std stdio) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	var cov eval.CodeCoverage
	docs := 0
	for _, dir := range dirs {
		texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			return err
		}
		for _, p := range texts {
			if err := codesOfDocument(ex, p, &cov); err != nil {
				return err
			}
			docs++
		}
	}
	if docs == 0 {
		return fmt.Errorf("%s: no NAME.txt found", strings.Join(dirs, ", "))
	}
	fmt.Fprintf(std.out, "%d documents\n", docs)
	cov.WriteText(std.out, o.verbose)
	var low []string
	if cov.CountryShare() < o.minCountry {
		low = append(low, fmt.Sprintf("country codes %.3f < %.3f", cov.CountryShare(), o.minCountry))
	}
	if cov.ActorShare() < o.minActor {
		low = append(low, fmt.Sprintf("actor codes %.3f < %.3f", cov.ActorShare(), o.minActor))
	}
	if len(low) > 0 {
		return fmt.Errorf("below the floor: %s", strings.Join(low, ", "))
	}
	return nil
}

// codesOfDocument extracts the events of one NAME.txt and counts their
// codes into cov.
func codesOfDocument(ex *extract.Extractor, path string, cov *eval.CodeCoverage) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	text, err := extract.PlainText(string(data))
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	ref, ok := ex.FindRefDate(text)
	if g, err := eval.ReadGold(strings.TrimSuffix(path, ".txt") + ".json"); err == nil {
		if t, err := parseDate(g.DCT); err == nil {
			ref, ok = t, true
		}
	}
	if !ok {
		return fmt.Errorf("%s: no reference date (no NAME.json with a dct, no date line)", path)
	}
	res, err := ex.Extract(text, ref)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	// people with a government title somewhere in the document
	officials := map[string]bool{}
	for _, m := range res.Mentions {
		if m.Kind == extract.KindPerson && m.Title != "" {
			switch agent := ex.Agent(m.Title); {
			case len(agent) >= 3 && strings.Contains("GOV MIL LEG JUD COP SPY", agent[:3]):
				officials[m.Canonical] = true
			}
		}
	}
	official := func(p timeline.Entity) bool { return officials[p.Canonical] }
	id := strings.TrimSuffix(filepath.Base(path), ".txt")
	cov.Add(id, timeline.Build(timeline.Document{ID: id}, res.Events).Events, official)
	return nil
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser test opens the pages of -f html in headless Chromium (the
// Debian package chromium), driven by chromedp: no console error, one mark
// per event in date order, labels that do not overlap, and the details of
// an event on a click. It skips when no Chromium is installed.

var screenshots = flag.String("screenshots", "", "TestHTMLInBrowser: write its PNG screenshots to this folder (docs: the README's)")

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func TestHTMLInBrowser(t *testing.T) {
	bin := chromium()
	if bin == "" {
		t.Skip("no Chromium found (looked for chromium, chromium-browser, google-chrome; or set CHROMIUM): " +
			"apt-get install -y chromium to run the browser test of -f html")
	}
	dir := t.TempDir()
	shots := *screenshots
	if shots == "" {
		shots = dir
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(bin), chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.WindowSize(1200, 800), chromedp.Flag("hide-scrollbars", true))
	alloc, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancel()
	browser, cancel := chromedp.NewContext(alloc)
	defer cancel()
	if err := chromedp.Do(browser); err != nil {
		t.Skipf("Chromium at %s does not start: %v", bin, err)
	}

	t.Run("example", func(t *testing.T) {
		out, errOut, code := run(t, "", "--ref-date", "2025-08-06", "-f", "html", "testdata/pakistan-us-2025.txt")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		page := writePage(t, dir, "example.html", out)
		checkInBrowser(t, browser, page, 9, 6, filepath.Join(shots, "timeline.png"))
	})
	t.Run("dev2 merged", func(t *testing.T) {
		records := dev2Records(t)
		jsonl, errOut, code := run(t, records, "--input", "jsonl", "--all", "-f", "jsonl")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		out, errOut, code := run(t, jsonl, "merge", "-f", "html")
		if code != 0 {
			t.Fatalf("merge: exit %d: %s", code, errOut)
		}
		page := writePage(t, dir, "dev2.html", out)
		n := checkInBrowser(t, browser, page, -1, 150, filepath.Join(shots, "timeline-dev2.png"))
		if n < 300 {
			t.Errorf("%d events in the merged chronology of dev2, want 300 or more", n)
		}
	})
}

// writePage writes a page to dir and returns its path.
func writePage(t *testing.T, dir, name, page string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// dev2Records returns the articles of ../shared/data/timelines/dev2 as
// JSON Lines records, each with the publication date of its gold file;
// the test skips when the data is not there.
func dev2Records(t *testing.T) string {
	t.Helper()
	texts, _ := filepath.Glob("../shared/data/timelines/dev2/*.txt")
	if len(texts) == 0 {
		t.Skip("../shared/data/timelines/dev2 not found")
	}
	var b strings.Builder
	for _, p := range texts {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			DCT string `json:"dct"`
		}
		if g, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".json"); err == nil {
			_ = json.Unmarshal(g, &gold)
		}
		rec, _ := json.Marshal(record{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: string(text), Date: gold.DCT})
		b.Write(rec)
		b.WriteByte('\n')
	}
	return b.String()
}

// pageMark is what the browser reports of one mark on the axis.
type pageMark struct {
	I     int      `json:"i"`
	X     *float64 `json:"x"` // the left of its shape; nil for an undated mark
	Start string   `json:"start"`
}

// pageReport is what the browser reports of a page.
type pageReport struct {
	Events   int        `json:"events"`
	Marks    []pageMark `json:"marks"`
	Labels   int        `json:"labels"`
	Overlaps []string   `json:"overlaps"`
}

// reportJS measures the page in the browser: every mark, with the left of
// its shape, and every pair of labels that overlap, or of a label and
// another event's mark.
const reportJS = `(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  var marks = Array.from(document.querySelectorAll("#axis .mark"));
  var boxes = [], labels = [];
  var out = { events: data.events.length, marks: [], labels: 0, overlaps: [] };
  marks.forEach(function (m) {
    var i = +m.getAttribute("data-i"), shape = m.firstElementChild, b = shape.getBBox();
    var left = shape.tagName === "circle" ? +shape.getAttribute("cx") : b.x; // where its interval starts
    var undated = m.classList.contains("undated");
    out.marks.push({ i: i, x: undated ? null : left, start: data.events[i].start || "" });
    boxes.push({ i: i, b: b });
    var t = m.querySelector("text");
    if (t) { labels.push({ i: i, b: t.getBBox() }); }
  });
  out.labels = labels.length;
  var hit = function (a, b) { return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5; };
  labels.forEach(function (l, n) {
    labels.slice(n + 1).forEach(function (o) { if (hit(l.b, o.b)) { out.overlaps.push("labels " + l.i + " and " + o.i); } });
    boxes.forEach(function (o) { if (o.i !== l.i && hit(l.b, o.b)) { out.overlaps.push("label " + l.i + " and mark " + o.i); } });
  });
  return out;
}())`

// checkInBrowser opens a page and checks it: no console error or
// exception, one mark per event (want events, or any number when want is
// -1) in date order, at least minLabels labels and none overlapping, and a
// click on a mark shows that event's details. It saves a screenshot to
// shot and returns the number of events.
func checkInBrowser(t *testing.T, browser context.Context, page string, want, minLabels int, shot string) int {
	t.Helper()
	tab, cancel := chromedp.NewContext(browser)
	defer cancel()
	tab, cancel = context.WithTimeout(tab, 90*time.Second)
	defer cancel()
	// the console, read from before the page loads until the checks end
	listening, stop := context.WithCancel(tab)
	messages := chromedp.Console(listening)
	var problems []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range messages {
			if err != nil {
				return
			}
			switch m.Type {
			case chromedp.ConsoleError, chromedp.ConsoleWarning, chromedp.ConsoleException:
				problems = append(problems, m.String())
			}
		}
	}()
	defer func() {
		stop()
		<-done
		for _, p := range problems {
			t.Errorf("%s: console %s", filepath.Base(page), p)
		}
	}()
	err := chromedp.Do(tab,
		chromedp.Navigate("file://"+page),
		chromedp.WaitVisible(chromedp.CSS("#axis .mark")),
	)
	if err != nil {
		t.Fatalf("%s: %v", page, err)
	}
	rep := checkView(t, tab, "as opened")
	if want >= 0 && rep.Events != want {
		t.Errorf("%d events in the page's data, want %d", rep.Events, want)
	}
	if rep.Labels < min(minLabels, rep.Events) {
		t.Errorf("%d of %d marks have a label, want at least %d", rep.Labels, rep.Events, minLabels)
	}
	checkClick(t, tab, rep)
	screenshot(t, tab, shot)
	// zoomed out to fit the window, then in: still in order, still no overlap
	for _, z := range []struct{ name, button, suffix string }{
		{"fitted", "#zoom-fit", "-fit"}, {"zoomed in", "#zoom-in", "-zoom"},
	} {
		if err := chromedp.Do(tab, chromedp.Click(chromedp.CSS(z.button))); err != nil {
			t.Fatalf("%s: %v", z.button, err)
		}
		checkView(t, tab, z.name)
		screenshot(t, tab, strings.TrimSuffix(shot, ".png")+z.suffix+".png")
	}
	t.Logf("screenshots: %s and -fit, -zoom (%d events, %d labelled)", shot, rep.Events, rep.Labels)
	return rep.Events
}

// checkView measures the page as it is drawn now and checks its marks and
// labels.
func checkView(t *testing.T, tab context.Context, view string) pageReport {
	t.Helper()
	rep, err := chromedp.Run(tab, chromedp.Evaluate[pageReport](reportJS))
	if err != nil {
		t.Fatalf("%s: %v", view, err)
	}
	checkMarks(t, rep)
	if len(rep.Overlaps) > 0 {
		t.Errorf("%s: %d overlaps, the first: %s", view, len(rep.Overlaps), strings.Join(rep.Overlaps[:min(5, len(rep.Overlaps))], "; "))
	}
	return rep
}

// screenshot saves what the browser window shows as a PNG file.
func screenshot(t *testing.T, tab context.Context, path string) {
	t.Helper()
	png, err := chromedp.Run(tab, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkMarks checks that every event has exactly one mark, that the
// dated ones run left to right in date order and the undated come last.
func checkMarks(t *testing.T, rep pageReport) {
	t.Helper()
	if len(rep.Marks) != rep.Events {
		t.Errorf("%d marks for %d events", len(rep.Marks), rep.Events)
	}
	ms := append([]pageMark(nil), rep.Marks...)
	sort.Slice(ms, func(a, b int) bool { return ms[a].I < ms[b].I })
	for n, m := range ms {
		if m.I != n {
			t.Fatalf("mark %d is for event %d: events without a mark or with two", n, m.I)
		}
		if n == 0 {
			continue
		}
		prev := ms[n-1]
		switch {
		case m.X != nil && prev.X == nil:
			t.Errorf("event %d (%s) is dated but follows an undated one", m.I, m.Start)
		case m.X != nil && m.Start < prev.Start:
			t.Errorf("event %d starts %s, before event %d (%s): not in date order", m.I, m.Start, prev.I, prev.Start)
		case m.X != nil && *m.X < *prev.X-0.01:
			t.Errorf("event %d (%s) is drawn at x %.1f, left of event %d (%s) at %.1f", m.I, m.Start, *m.X, prev.I, prev.Start, *prev.X)
		}
	}
}

// checkClick clicks the mark of an event in the middle of the page and
// checks that its details and its table row show.
func checkClick(t *testing.T, tab context.Context, rep pageReport) {
	t.Helper()
	i := rep.Events / 2
	sel := chromedp.CSS(fmt.Sprintf(`#axis .mark[data-i="%d"]`, i))
	summary, err := chromedp.Run(tab, chromedp.Evaluate[string](
		fmt.Sprintf(`JSON.parse(document.getElementById("data").textContent).events[%d].summary`, i)))
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(tab, chromedp.ScrollIntoView(sel), chromedp.Click(sel)); err != nil {
		t.Fatalf("clicking event %d: %v", i, err)
	}
	heading, err := chromedp.Run(tab, chromedp.Text(chromedp.CSS("#details h2")))
	if err != nil {
		t.Fatal(err)
	}
	rowClass, err := chromedp.Run(tab, chromedp.AttributeValue(chromedp.CSS(fmt.Sprintf("#row-%d", i)), "class"))
	if err != nil {
		t.Fatal(err)
	}
	if heading != summary {
		t.Errorf("after a click on event %d the details show %q, want %q", i, heading, summary)
	}
	if !strings.Contains(rowClass.Value, "sel") {
		t.Errorf("after a click on event %d its table row has class %q, want sel", i, rowClass.Value)
	}
}

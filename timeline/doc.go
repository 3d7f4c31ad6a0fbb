// Package timeline holds chronicle's event model and everything done to
// events once they are found: dates as intervals (date.go), the event and
// document model (event.go), chronological order (order.go), merging many
// documents (merge.go), selecting events by date, type, participant and
// place (query.go, with each country's world region in region.go and the
// table regions_table.go, generated from world-countries), rendering as
// tables, JSON, CSV and Markdown (render.go), TimelineJS
// (render_timelinejs.go) and a self-contained HTML page that draws the
// timeline (render_html.go, with its markup, style and script in
// render_html.tmpl, .css and .js; the page inlines the .min.css and
// .min.js copies that go generate makes with internal/genmin). Scoring
// against gold timelines is in package eval.
//
// It knows nothing of language; package extract fills its types.
package timeline

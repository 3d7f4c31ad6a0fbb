// Package store keeps a chronology in an embedded SQLite database that grows
// document by document: the events of each document added are folded into
// the events already stored exactly as [timeline.Merge] folds them, and
// every report is kept.
//
// # Stages
//
//  1. store.go: opening a database (WAL, busy timeout), its schema
//     version and migrations.
//  2. add.go: adding a document's timeline in one transaction: skipping a
//     document already stored, replacing one whose text changed, and
//     refolding the events its reports touch.
//  3. query.go: reading the chronology back through a [timeline.Query],
//     and counting it ([Stats]).
//
// # Design
//
// The reports (table sources: one row per event of a document's timeline)
// are the data; the events table is derived from them. Adding or replacing a
// document recomputes only the events its reports can fold with: their
// reports and the new ones go through [timeline.Merge], whose connected
// components become the new events (a replaced document's events may so
// split in two). The result therefore depends only on the set of documents
// stored, whatever the order they were added in.
//
// database/sql and the driver modernc.org/sqlite (pure Go: no C compiler
// needed) are imported by this package only.
package store

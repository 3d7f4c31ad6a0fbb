package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Version is the schema version this package writes: the number of
// migrations. A database of a newer version is refused by [Open].
var Version = len(migrations)

// migrations are the schema's steps: migrations[i] takes a database from
// version i to i+1. A new version is a new entry at the end; never edit one
// that has shipped.
var migrations = []string{
	// 1: documents, their reports (sources), and the events derived from them
	`CREATE TABLE documents (
		id              TEXT PRIMARY KEY,
		hash            TEXT NOT NULL,
		source          TEXT NOT NULL,
		url             TEXT NOT NULL,
		ref_date        TEXT NOT NULL,
		ref_date_source TEXT NOT NULL,
		entities        TEXT NOT NULL, -- JSON: the document's entities
		warnings        TEXT NOT NULL  -- JSON: the document's warnings
	);
	CREATE TABLE events (
		id           INTEGER PRIMARY KEY,
		type         TEXT NOT NULL,
		cameo        TEXT NOT NULL,
		date_value   TEXT NOT NULL,
		date_start   TEXT NOT NULL, -- YYYY-MM-DD, '' when undated
		date_end     TEXT NOT NULL,
		trigger      TEXT NOT NULL,
		summary      TEXT NOT NULL,
		sentence     TEXT NOT NULL,
		location     TEXT NOT NULL, -- its text, canonical name, country and country code, tab-separated
		mentions     INTEGER NOT NULL,
		sources      INTEGER NOT NULL, -- how many reports it folds
		first_source INTEGER NOT NULL, -- its first report in Merge's canonical order
		event        TEXT NOT NULL,    -- JSON: the merged event, without its sources
		dirty        INTEGER NOT NULL  -- 1: its reports changed, it is to be folded again
	);
	CREATE INDEX events_dirty ON events(dirty) WHERE dirty = 1;
	CREATE INDEX events_date ON events(date_end, date_start);
	CREATE INDEX events_type ON events(type, date_end);
	CREATE TABLE sources (
		id         INTEGER PRIMARY KEY,
		document   TEXT NOT NULL REFERENCES documents(id),
		event      INTEGER NOT NULL, -- the event it folds into
		type       TEXT NOT NULL,
		date_start TEXT NOT NULL,
		date_end   TEXT NOT NULL,
		trigger    TEXT NOT NULL,
		sentence   TEXT NOT NULL,
		report     TEXT NOT NULL  -- JSON: the timeline.Source
	);
	CREATE INDEX sources_document ON sources(document);
	CREATE INDEX sources_event ON sources(event);
	-- what timeline.SameEvent compares of the reports of each event (the
	-- word that names it; each participant), once for reports that compare
	-- alike (copies of one story); span is the class of the interval's
	-- length (see spanClass)
	CREATE TABLE fold_words (
		type TEXT NOT NULL, word TEXT NOT NULL, span INTEGER NOT NULL,
		date_start TEXT NOT NULL, date_end TEXT NOT NULL, event INTEGER NOT NULL,
		UNIQUE (type, word, span, date_start, date_end, event)
	);
	CREATE INDEX fold_words_event ON fold_words(event);
	CREATE TABLE fold_actors (
		type TEXT NOT NULL, actor TEXT NOT NULL, span INTEGER NOT NULL,
		date_start TEXT NOT NULL, date_end TEXT NOT NULL, event INTEGER NOT NULL,
		UNIQUE (type, actor, span, date_start, date_end, event)
	);
	CREATE INDEX fold_actors_event ON fold_actors(event);
	CREATE TABLE participants (
		event        INTEGER NOT NULL,
		text         TEXT NOT NULL,
		canonical    TEXT NOT NULL,
		kind         TEXT NOT NULL,
		role         TEXT NOT NULL,
		country      TEXT NOT NULL,
		country_code TEXT NOT NULL, -- ISO 3166 alpha-3
		actor_code   TEXT NOT NULL  -- CAMEO
	);
	CREATE INDEX participants_event ON participants(event);`,
}

// Store is an open chronology database. It is safe for use by one
// goroutine at a time; other processes may use the same database at once
// (each document is added in a transaction of its own, and a busy database
// is waited for and retried).
type Store struct {
	db    *sql.DB
	path  string
	stmts map[string]*sql.Stmt // prepared statements by their text
	// unprepared are the statements a transaction ran that are not
	// prepared yet
	unprepared []string
}

// ErrNewerSchema is returned (wrapped) by [Open] for a database written by
// a newer version of this package.
var ErrNewerSchema = errors.New("the database has a newer schema than this program knows")

// busyTimeout is how long a statement waits for another process's lock.
const busyTimeout = 10 * time.Second

// Open opens the database at path, creating it if needed, and brings its
// schema up to [Version]. It refuses a database of a newer version.
func Open(path string) (*Store, error) {
	dsn := fmt.Sprintf("file:%s?_pragma=busy_timeout(%d)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_txlock=immediate",
		path, busyTimeout.Milliseconds())
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // one writer per process; SQLite serialises them anyway
	s := &Store{db: db, path: path, stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: %s: %w", path, err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	for _, st := range s.stmts {
		st.Close()
	}
	return s.db.Close()
}

// txn is a write transaction whose Exec, Query and QueryRow use the
// store's prepared statements, prepared once per query text.
type txn struct {
	*sql.Tx
	s *Store
}

// stmt returns the transaction's statement of query q.
func (tx txn) stmt(q string) (*sql.Stmt, error) {
	if st, ok := tx.s.stmts[q]; ok {
		return tx.Tx.Stmt(st), nil
	}
	// the transaction holds the only connection: prepare q for the store
	// once it is over
	tx.s.unprepared = append(tx.s.unprepared, q)
	return tx.Tx.Prepare(q)
}

// Exec runs statement q.
func (tx txn) Exec(q string, args ...any) (sql.Result, error) {
	st, err := tx.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.Exec(args...)
}

// Query runs query q.
func (tx txn) Query(q string, args ...any) (*sql.Rows, error) {
	st, err := tx.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.Query(args...)
}

// QueryRow runs query q, which returns at most one row.
func (tx txn) QueryRow(q string, args ...any) *sql.Row {
	st, err := tx.stmt(q)
	if err != nil {
		return tx.Tx.QueryRow(q, args...) // reports the same error
	}
	return st.QueryRow(args...)
}

// migrate creates the schema or brings it up to Version, in one
// transaction.
func (s *Store) migrate() error {
	return s.retry(func(tx txn) error {
		if _, err := tx.Tx.Exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
			return err
		}
		v := 0
		err := tx.Tx.QueryRow(`SELECT version FROM schema_version`).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			if _, err := tx.Exec(`INSERT INTO schema_version (version) VALUES (0)`); err != nil {
				return err
			}
		} else if err != nil {
			return err
		}
		if v > Version {
			return fmt.Errorf("schema version %d, but this chronicle knows versions up to %d: %w (use a newer chronicle)", v, Version, ErrNewerSchema)
		}
		for ; v < Version; v++ {
			if _, err := tx.Tx.Exec(migrations[v]); err != nil {
				return fmt.Errorf("migrating to schema version %d: %w", v+1, err)
			}
		}
		_, err = tx.Exec(`UPDATE schema_version SET version = ?`, Version)
		return err
	})
}

// maxRetries bounds how often a transaction that found the database busy
// is tried again.
const maxRetries = 50

// retry runs fn in a write transaction, committing if it returns nil. When
// another process holds the database past the busy timeout, the whole
// transaction is tried again, after a pause.
func (s *Store) retry(fn func(tx txn) error) error {
	for attempt := 0; ; attempt++ {
		err := s.inTx(fn)
		if err == nil || !isBusy(err) || attempt == maxRetries {
			return err
		}
		time.Sleep(time.Duration(attempt+1) * 20 * time.Millisecond)
	}
}

// inTx runs fn in one write transaction (BEGIN IMMEDIATE: see Open's
// _txlock), committing if it returns nil and rolling back otherwise.
func (s *Store) inTx(fn func(tx txn) error) error {
	tx, err := s.db.BeginTx(context.Background(), nil)
	if err != nil {
		return err
	}
	err = fn(txn{tx, s})
	if err == nil {
		err = tx.Commit()
	} else {
		tx.Rollback()
	}
	for _, q := range s.unprepared {
		if _, ok := s.stmts[q]; ok {
			continue
		}
		if st, perr := s.db.Prepare(q); perr == nil {
			s.stmts[q] = st
		}
	}
	s.unprepared = s.unprepared[:0]
	return err
}

// isBusy reports whether err is SQLite's "database is busy" or "locked".
func isBusy(err error) bool {
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return false
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return true
	}
	return false
}

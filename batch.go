package main

import (
	"runtime"
	"sync"
)

// This file runs the pipeline over many documents: a reader streams them
// in, workers process them in parallel, and the results come out in input
// order. At most a fixed number of documents are in flight at once, so
// memory stays bounded however long the input.

// batchResult is what a worker made of one document.
type batchResult[T any] struct {
	seq  int
	size int // bytes of text held while the document is in flight
	doc  document
	out  T
	err  error
}

// maxInFlightBytes bounds the text held by documents read but not yet
// written: the reader waits while more is in flight (one document is
// always let through, however large).
const maxInFlightBytes = 64 << 20

// byteBudget is a counting limit on bytes in flight.
type byteBudget struct {
	mu   sync.Mutex
	cond *sync.Cond
	used int
}

func newByteBudget() *byteBudget {
	b := &byteBudget{}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// take waits until n more bytes fit (or nothing is in flight), unless
// stop is closed; it reports whether it took them.
func (b *byteBudget) take(n int, stop <-chan struct{}) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > maxInFlightBytes {
		select {
		case <-stop:
			return false
		default:
		}
		b.cond.Wait()
	}
	b.used += n
	return true
}

func (b *byteBudget) give(n int) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// runBatch reads the inputs with read, processes each document with
// process on workers goroutines (0: one per core), and hands every result
// to emit in input order, on the calling goroutine. It stops at the first
// error that emit or read returns.
func runBatch[T any](workers int, read func(send func(document) error) error,
	process func(document) (T, error), emit func(document, T, error) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	inFlight := 4 * workers
	jobs := make(chan batchResult[T])
	results := make(chan batchResult[T], inFlight)
	slots := make(chan struct{}, inFlight) // taken by the reader, freed when emitted
	done := make(chan struct{})            // closed when emit gives up
	budget := newByteBudget()
	var readErr error

	go func() {
		defer close(jobs)
		seq := 0
		readErr = read(func(d document) error {
			select {
			case slots <- struct{}{}:
			case <-done:
				return errStop
			}
			if !budget.take(len(d.text), done) {
				return errStop
			}
			select {
			case jobs <- batchResult[T]{seq: seq, size: len(d.text), doc: d}:
			case <-done:
				return errStop
			}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				if j.doc.err == nil {
					j.out, j.err = process(j.doc)
				} else {
					j.err = j.doc.err
				}
				j.doc.text = "" // the text is not needed any more
				results <- j
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]batchResult[T]{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			<-slots
			budget.give(r.size)
			continue // drain, so that the workers can finish
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			err := emit(p.doc, p.out, p.err)
			budget.give(p.size) // its text and result are written and let go
			if err != nil {
				emitErr = err
				close(done)
				budget.cond.Broadcast() // wake a reader waiting for room
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if readErr != nil && readErr != errStop {
		return readErr
	}
	return nil
}

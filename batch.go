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
	seq int
	doc document
	out T
	err error
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
			select {
			case jobs <- batchResult[T]{seq: seq, doc: d}:
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
			if err := emit(p.doc, p.out, p.err); err != nil {
				emitErr = err
				close(done)
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

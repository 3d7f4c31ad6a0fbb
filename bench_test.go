package main

import (
	"io"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/chronicle-news/chronicle/eval"
	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/jdkato/prose/v2"
)

// The end-to-end benchmarks run the whole pipeline (extract, build the
// timeline, write its JSON) over real news: the TempEval-3 TBAQ articles of
// the development data, when they are there.
//
//	go test . -run '^$' -bench Pipeline -cpu 1,2
//
// MB/s is per run of the benchmark: for BenchmarkPipelineParallel with
// -cpu 2 it is the throughput of both cores together. BenchmarkProseOnly is
// the yardstick of issue 12: prose alone (its model loaded once,
// part-of-speech tags and named entities for each article) over the same
// articles; the ratio of the two MB/s figures is chronicle's speed in units
// of prose's.
//
//	go test . -run '^$' -bench 'Pipeline$|ProseOnly' -cpu 1 -benchtime 3x

func newsCorpus(b *testing.B) []eval.TimeMLDoc {
	b.Helper()
	paths, _ := filepath.Glob("../shared/data/tempeval3/tbaq/*/*.tml")
	if len(paths) == 0 {
		b.Skip("no TBAQ articles in ../shared/data/tempeval3/tbaq")
	}
	var docs []eval.TimeMLDoc
	for _, p := range paths {
		d, err := eval.ReadTimeML(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func pipeline(b *testing.B, ex *extract.Extractor, d eval.TimeMLDoc) {
	res, err := ex.Events(d.Text, d.DCT) // as the timeline command runs it
	if err != nil {
		b.Fatal(err)
	}
	tl := timeline.Build(timeline.Document{ID: d.ID}, res.Events).Filter(timeline.IsListed)
	tl.Entities = res.Entities
	if err := tl.WriteJSONL(io.Discard); err != nil { // as chronicle -f jsonl writes it
		b.Fatal(err)
	}
}

func corpusBytes(docs []eval.TimeMLDoc) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return n
}

// BenchmarkPipeline runs the corpus through the pipeline on one goroutine;
// one op is the whole corpus.
func BenchmarkPipeline(b *testing.B) {
	docs := newsCorpus(b)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(corpusBytes(docs))
	for b.Loop() {
		for _, d := range docs {
			pipeline(b, ex, d)
		}
	}
}

// BenchmarkProseOnly runs prose v2 (POS and NER, the model loaded once;
// without its sentence segmenter, which would make it slower still) over
// the corpus on one goroutine; one op is the whole corpus.
func BenchmarkProseOnly(b *testing.B) {
	docs := newsCorpus(b)
	model := prose.ModelFromData("chronicle")
	b.ReportAllocs()
	b.SetBytes(corpusBytes(docs))
	for b.Loop() {
		for _, d := range docs {
			if _, err := prose.NewDocument(d.Text, prose.WithSegmentation(false), prose.UsingModel(model)); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPipelineParallel shares one extractor between GOMAXPROCS
// goroutines, as chronicle -j does; one op is one document.
func BenchmarkPipelineParallel(b *testing.B) {
	docs := newsCorpus(b)
	ex, err := extract.New()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(corpusBytes(docs) / int64(len(docs)))
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			pipeline(b, ex, docs[int(next.Add(1))%len(docs)])
		}
	})
}

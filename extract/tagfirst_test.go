package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// TestReportingVerbTaggedKeepsEveryReadVerb parses every sentence of the
// corpus and of invented ones and checks that each sentence holding a
// word depReport reads (a VERB with a reporting cue's lemma, outside
// quotations, on an extraction token) is one reportingVerbTagged keeps:
// depStatementsIn, which skips the others unparsed, then reads and
// rejects exactly what it read when it parsed them all. The tags are
// taken afresh (no parse kept), as for a sentence no reader parsed yet.
func TestReportingVerbTaggedKeepsEveryReadVerb(t *testing.T) {
	m, err := nlp.Greedy()
	if err != nil {
		t.Skipf("no parser: %v", err)
	}
	texts := append(corpusTexts(t),
		"Title\n\nZentrix has the final say over the budget, Mayor Ana Brandt of Velora conceded.\n",
		"Title\n\nThe report found in the archive of Velora was written by Ana Brandt. \"We said no,\" Brandt recalled.\n")
	x := New(Options{})
	kept, skipped, read := 0, 0, 0
	for _, text := range texts {
		d := doc{}
		x.run(&d, graph.Article{Text: text})
		d.parses, d.tagged = nil, nil
		for si, s := range d.sents {
			if s.e <= s.s {
				continue
			}
			reads := false
			for _, ds := range d.depSents(s, m.Parse(d.text[s.s:s.e])) {
				for v, w := range ds.words {
					reads = reads || w.UPOS == "VERB" && reportingCues[ds.lemma(v)] != "" && ds.tok[v] >= 0 && !d.inQuote[ds.tok[v]]
				}
			}
			got := d.reportingVerbTagged(si, s)
			if reads && !got {
				t.Errorf("sentence %q: the parse holds a reporting verb depReport reads; reportingVerbTagged says none", d.text[s.s:s.e])
			}
			if _, parsed := d.parses[si]; parsed {
				t.Fatalf("sentence %q: reportingVerbTagged parsed it", d.text[s.s:s.e])
			}
			switch {
			case reads:
				read++
			case got:
				kept++
			default:
				skipped++
			}
		}
	}
	t.Logf("%d sentences with a reporting verb read, %d kept without one, %d skipped", read, kept, skipped)
	if read < 50 || skipped < read {
		t.Errorf("%d sentences with a reporting verb read, %d kept without one, %d skipped: the test reads too little", read, kept, skipped)
	}
}

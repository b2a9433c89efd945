package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// writeExplanation writes ex as text: the article, then each kind of
// item numbered, each with its rule, evidence and parse, and the
// rejected candidates when all is set.
func writeExplanation(w io.Writer, ex *extract.Explanation, all bool) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	a := ex.Article
	p("ARTICLE %s %q\n", a.ID, a.Title)
	p("  date %s, source %s, %d bytes", orNone(a.Date), orNone(a.Source), a.Bytes)
	if a.URL != "" {
		p(", url %s", a.URL)
	}
	p("\n")
	if !a.English {
		p("  not read as English: nothing but the article is extracted\n")
	}
	if !ex.Parsed {
		p("  the dependency parser is unavailable: no arcs, and the rules that read the parse did not run\n")
	}

	p("\nACTORS (%d)\n", len(ex.Actors))
	for i, ac := range ex.Actors {
		writeActor(p, i+1, ac)
	}
	p("\nSTATEMENTS (%d)\n", len(ex.Statements))
	for i, st := range ex.Statements {
		writeStatement(p, i+1, st)
	}
	p("\nRELATIONS (%d)\n", len(ex.Relations))
	for i, r := range ex.Relations {
		p("%d. %s -%s-> %s\n", i+1, refText(r.Source), r.Class, refText(r.Target))
		p("   rule      %s\n", r.Rule)
		if r.SpeaksFor != nil {
			p("   for       %s said \"we\" or \"our\" in office: the act is their country's\n", refText(*r.SpeaksFor))
		}
		p("   trigger   %s (verb %q)\n", spanText(r.Trigger), r.Verb)
		writeModality(p, r.Modality, r.When)
		p("   evidence  %s\n", spanText(r.Evidence))
		writeArcs(p, r.Arcs, r.Rule)
		p("   edge      %s\n", orNot(string(r.Edge)))
	}
	p("\nEVENTS (%d)\n", len(ex.Events))
	for i, e := range ex.Events {
		p("%d. %s: %s\n", i+1, e.Type, refsText(e.Participants))
		p("   node      %s, day %s, place %s\n", e.Node, orNone(e.Day), orNone(e.Place))
		for j, r := range e.Reports {
			p("   report %d: trigger %s\n", j+1, spanText(r.Trigger))
			p("   rule      %s\n", r.Rule)
			p("   by        %s\n", refsText(r.Participants))
			writeModality(p, r.Modality, r.When)
			p("   evidence  %s\n", spanText(r.Evidence))
			writeArcs(p, r.Arcs, r.Rule)
		}
	}
	p("\nROLES (%d)\n", len(ex.Roles))
	for i, r := range ex.Roles {
		p("%d. %s -%s-> %s\n", i+1, refText(r.Person), r.Class, refText(r.Target))
		p("   rule      %s (words %q)\n", r.Rule, r.Words)
		p("   evidence  %s\n", spanText(r.Evidence))
		p("   edge      %s\n", orNot(string(r.Edge)))
	}
	p("\nOBJECTS (%d)\n", len(ex.Objects))
	for i, o := range ex.Objects {
		p("%d. %s %q %s\n", i+1, o.Type, o.Label, o.Node)
		p("   rule      %s\n", o.Rule)
		p("   evidence  %s\n", spanText(o.Evidence))
		for _, l := range o.Values {
			p("   revised   to %q, %s (edge %s)\n", l.Ref.Label, spanText(l.Evidence), orNot(string(l.Edge)))
		}
		for _, l := range o.Proposed {
			p("   proposed  by %s (edge %s)\n", refText(l.Ref), orNot(string(l.Edge)))
		}
		for _, l := range o.Reviewed {
			p("   reviewed  by %s (edge %s)\n", refText(l.Ref), orNot(string(l.Edge)))
		}
	}
	if all {
		p("\nREJECTED (%d)\n", len(ex.Rejected))
		for i, r := range ex.Rejected {
			at := "the sentence"
			if r.At.Text != "" {
				at = spanText(r.At)
			}
			p("%d. %s: %s\n", i+1, r.Rule, r.Reason)
			p("   at        %s\n", at)
			p("   evidence  %s\n", spanText(r.Evidence))
		}
	}
	if len(ex.Sentences) > 0 && ex.Sentences[0].Words != nil {
		writeSentences(p, ex)
	}
	return bw.Flush()
}

// writeSentences goes through the text sentence by sentence: the parse,
// the mentions and what they stand for, and the items read there.
func writeSentences(p func(string, ...any), ex *extract.Explanation) {
	type mention struct {
		at   int
		text string
	}
	mentions := map[int][]mention{}
	for _, a := range ex.Actors {
		for _, m := range a.Mentions {
			mentions[m.Sentence] = append(mentions[m.Sentence], mention{m.Start, fmt.Sprintf("%q %d-%d -> %s (%s)", m.Text, m.Start, m.End, a.Label, m.Rule)})
		}
	}
	for _, ms := range mentions {
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].at < ms[j].at })
	}
	rejected := map[int][]string{}
	items := map[int][]string{}
	for i, st := range ex.Statements {
		for si := st.Sentences[0]; si <= st.Sentences[1]; si++ {
			items[si] = append(items[si], fmt.Sprintf("statement %d by %s (%s)", i+1, refsText(st.Speakers), st.Rule))
		}
	}
	for i, r := range ex.Relations {
		items[r.Evidence.Sentence] = append(items[r.Evidence.Sentence], fmt.Sprintf("relation %d %s -%s-> %s, %s (%s)", i+1, r.Source.Label, r.Class, r.Target.Label, r.Modality.Modality, r.Rule))
	}
	for i, e := range ex.Events {
		for _, r := range e.Reports {
			items[r.Evidence.Sentence] = append(items[r.Evidence.Sentence], fmt.Sprintf("event %d %s (%s)", i+1, e.Type, r.Rule))
		}
	}
	for i, r := range ex.Roles {
		items[r.Evidence.Sentence] = append(items[r.Evidence.Sentence], fmt.Sprintf("role %d %s -%s-> %s (%s)", i+1, r.Person.Label, r.Class, r.Target.Label, r.Rule))
	}
	for i, r := range ex.Rejected {
		rejected[r.Evidence.Sentence] = append(rejected[r.Evidence.Sentence], fmt.Sprintf("%d at %q: %s (%s)", i+1, r.At.Text, r.Reason, r.Rule))
	}
	p("\nSENTENCES (%d)\n", len(ex.Sentences))
	for _, s := range ex.Sentences {
		p("s%d %d-%d %s: %q\n", s.Index, s.Start, s.End, s.Region, s.Text)
		for _, w := range s.Words {
			head := "ROOT"
			if w.Head > 0 {
				head = fmt.Sprintf("%d %s", w.Head, s.Words[w.Head-1].Form)
			}
			p("   %3d %-16s %-6s %-12s -> %s\n", w.ID, w.Form, w.UPOS, w.Label, head)
		}
		for _, m := range mentions[s.Index] {
			p("   mention   %s\n", m.text)
		}
		for _, it := range items[s.Index] {
			p("   made      %s\n", it)
		}
		for _, it := range rejected[s.Index] {
			p("   rejected  %s\n", it)
		}
	}
}

func writeActor(p func(string, ...any), n int, ac extract.ExplainedActor) {
	p("%d. %s [%s] %s\n", n, ac.Label, ac.Type, orNot(string(ac.ID)))
	if !ac.Stored {
		p("   not stored: %s\n", ac.NotStored)
	}
	if ac.Group != "" {
		p("   group     %s\n", ac.Group)
	}
	if len(ac.Titles) > 0 {
		p("   titles    %s\n", strings.Join(ac.Titles, ", "))
	}
	for _, al := range ac.Aliases {
		p("   alias     %q from %s\n", al.Alias, al.From)
	}
	for _, mg := range ac.Merged {
		p("   merged    %q (%s)\n", mg.From, mg.Rule)
	}
	// Mentions with the same words, rule and resolution are told once,
	// with where each is.
	type key struct {
		text, rule, how string
		plural          bool
	}
	var order []key
	at := map[key][]string{}
	for _, m := range ac.Mentions {
		k := key{m.Text, m.Rule, m.How, m.Group}
		if at[k] == nil {
			order = append(order, k)
		}
		at[k] = append(at[k], fmt.Sprintf("s%d %d-%d", m.Sentence, m.Start, m.End))
	}
	for _, k := range order {
		n := ""
		if len(at[k]) > 1 {
			n = fmt.Sprintf(" x%d", len(at[k]))
		}
		if k.plural {
			n += " (plural)"
		}
		p("   mention   %q%s at %s\n             %s: %s\n", k.text, n, strings.Join(at[k], ", "), k.rule, k.how)
	}
}

func writeStatement(p func(string, ...any), n int, st extract.ExplainedStatement) {
	p("%d. %s: %q\n", n, refsText(st.Speakers), st.Content.Text)
	kind := "reported speech"
	if st.Quote {
		kind = "quotation"
	}
	cue := "none"
	if st.Cue != "" {
		cue = strconv.Quote(st.Cue)
	}
	p("   rule      %s (%s, cue %s)\n", st.Rule, kind, cue)
	p("   content   %d-%d\n", st.Content.Start, st.Content.End)
	p("   evidence  %s\n", spanText(st.Evidence))
	writeArcs(p, st.Arcs, st.Rule)
	var nodes []string
	for _, id := range st.Nodes {
		nodes = append(nodes, string(id))
	}
	p("   nodes     %s\n", orNot(strings.Join(nodes, ", ")))
}

func writeModality(p func(string, ...any), m extract.Modality, w extract.When) {
	if m.Cue != "" || m.Rule != "" {
		p("   modality  %s (cue %q, rule %s)\n", m.Modality, m.Cue, m.Rule)
	} else {
		p("   modality  %s (no cue)\n", m.Modality)
	}
	switch {
	case w.From != nil:
		p("   when      %s from %s, %s\n", w.Day, spanText(*w.From), w.How)
	case w.Day != "":
		p("   when      %s\n", w.Day)
	default:
		p("   when      not given (the evidence keeps the article's date)\n")
	}
}

// writeArcs writes the parse words an item rests on, saying whether the
// rule read them or they are shown for reference.
func writeArcs(p func(string, ...any), arcs []extract.Arc, rule string) {
	if len(arcs) == 0 {
		return
	}
	how := "as parsed; the rule read the surface words"
	if strings.HasPrefix(rule, "parse: ") {
		how = "read by the rule"
	}
	p("   parse     (%s)\n", how)
	for _, a := range arcs {
		p("     %-11s %s/%s --%s--> %s\n", a.Role, a.Word, a.UPOS, a.Label, a.Head)
	}
}

// spanText is "s3 120-160 "words"".
func spanText(s extract.Span) string {
	where := "s" + strconv.Itoa(s.Sentence)
	if s.Sentence < 0 {
		where = "sentences"
	}
	return fmt.Sprintf("%s %d-%d %q", where, s.Start, s.End, s.Text)
}

func refText(r extract.Ref) string {
	if r.ID == "" {
		return r.Label + " (not stored)"
	}
	return r.Label
}

func refsText(rs []extract.Ref) string {
	var out []string
	for _, r := range rs {
		out = append(out, refText(r))
	}
	return strings.Join(out, ", ")
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func orNot(s string) string {
	if s == "" {
		return "not stored"
	}
	return s
}

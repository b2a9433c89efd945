package extract_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// fact is something a batch must (or must not) contain, written with
// actor labels.
type fact struct {
	src, class, dst string
}

func labels(b *graph.Batch) map[graph.ID]graph.Node {
	m := map[graph.ID]graph.Node{}
	for _, n := range b.Nodes {
		m[n.ID] = n
	}
	return m
}

// hasFact reports whether b has f as a fact: an edge with asserted or
// planned evidence (negated, demanded and hypothetical edges are kept
// but are no facts).
func hasFact(b *graph.Batch, f fact) bool {
	return hasEdge(b, f, func(e graph.Edge) bool { return e.Factual() })
}

// hasEdge reports whether b has an edge f that ok accepts.
func hasEdge(b *graph.Batch, f fact, ok func(graph.Edge) bool) bool {
	ns := labels(b)
	for _, e := range b.Edges {
		if string(e.Class) != f.class || !ok(e) {
			continue
		}
		s, d := ns[e.Source].Label, ns[e.Target].Label
		if s == f.src && d == f.dst || graph.EdgeClass(f.class).Symmetric() && s == f.dst && d == f.src {
			return true
		}
	}
	return false
}

// said reports whether speaker has a statement containing words.
func said(b *graph.Batch, speaker, words string) bool {
	ns := labels(b)
	for _, e := range b.Edges {
		if e.Class == graph.Stated && ns[e.Source].Label == speaker && strings.Contains(ns[e.Target].Text, words) {
			return true
		}
	}
	return false
}

func actor(b *graph.Batch, label string) (graph.Node, bool) {
	for _, n := range b.Nodes {
		if n.Kind == graph.KindActor && n.Label == label {
			return n, true
		}
	}
	return graph.Node{}, false
}

// readCase is one article text and what reading it must and must not
// give.
type readCase struct {
	name    string
	text    string
	actors  map[string]graph.ActorType
	absent  []string // labels that must not be actors
	facts   []fact
	nofacts []fact
	said    [][2]string // speaker, words in the statement
}

// runReadCases extracts each case's text and checks its actors, absent
// labels, facts and statements.
func runReadCases(t *testing.T, tests []readCase) {
	t.Helper()
	x := extract.New(extract.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: tc.text, Origin: tc.name})
			if err != nil {
				t.Fatal(err)
			}
			for name, typ := range tc.actors {
				n, ok := actor(b, name)
				if !ok {
					t.Errorf("no actor %q", name)
				} else if n.Type != string(typ) {
					t.Errorf("actor %q has type %s, want %s", name, n.Type, typ)
				}
			}
			for _, name := range tc.absent {
				if _, ok := actor(b, name); ok {
					t.Errorf("unexpected actor %q", name)
				}
			}
			for _, f := range tc.facts {
				if !hasFact(b, f) {
					t.Errorf("missing %s %s %s", f.src, f.class, f.dst)
				}
			}
			for _, f := range tc.nofacts {
				if hasFact(b, f) {
					t.Errorf("unexpected %s %s %s", f.src, f.class, f.dst)
				}
			}
			for _, s := range tc.said {
				if !said(b, s[0], s[1]) {
					t.Errorf("no statement of %s with %q", s[0], s[1])
				}
			}
		})
	}
}

func TestExtractReads(t *testing.T) {
	tests := []readCase{
		{
			name: "title constructions give roles and family ties",
			text: "Talks resume\n\nKremlin spokesman Dmitry Peskov said the talks would resume. U.S. envoy Steve Witkoff and President Donald Trump's son-in-law Jared Kushner flew to Moscow.\n",
			actors: map[string]graph.ActorType{"Dmitry Peskov": graph.Person, "Kremlin": graph.Organization,
				"Steve Witkoff": graph.Person, "United States": graph.Country, "Jared Kushner": graph.Person, "Donald Trump": graph.Person},
			facts:  []fact{{"Dmitry Peskov", "ROLE", "Kremlin"}, {"Steve Witkoff", "ROLE", "United States"}, {"Jared Kushner", "FAMILY", "Donald Trump"}},
			absent: []string{"Moscow", "Russia"},
			said:   [][2]string{{"Dmitry Peskov", "the talks would resume"}},
		},
		{
			name: "coordinated subjects and objects multiply interactions",
			text: "Envoys meet\n\nOn Friday, Anna Keller and Tom Reyes met Ivan Petrov and Olga Sanina in Geneva to discuss the ceasefire.\n",
			facts: []fact{{"Anna Keller", "CONSULT", "Ivan Petrov"}, {"Anna Keller", "CONSULT", "Olga Sanina"},
				{"Tom Reyes", "CONSULT", "Ivan Petrov"}, {"Tom Reyes", "CONSULT", "Olga Sanina"}},
			nofacts: []fact{{"Anna Keller", "CONSULT", "Tom Reyes"}},
			absent:  []string{"Geneva"},
		},
		{
			name: "a pronoun speaker and a quote continued in the next sentence",
			text: "Minister speaks\n\nForeign Minister Lena Hart arrived in Oslo on Monday. \"We will not give up,\" she said. \"The door stays open.\"\n",
			said: [][2]string{{"Lena Hart", "We will not give up"}, {"Lena Hart", "The door stays open"}},
		},
		{
			name:  "the subject is carried into a reported clause",
			text:  "Call held\n\nPresident Maria Lopes said on Thursday that she had a phone conversation with Chancellor Erik Brandt.\n",
			facts: []fact{{"Maria Lopes", "CONSULT", "Erik Brandt"}},
			said:  [][2]string{{"Maria Lopes", "she had a phone conversation with Chancellor Erik Brandt"}},
		},
		{
			name:   "capitals act for their countries only outside place phrases",
			text:   "Tension rises\n\nMoscow accused Kyiv of sabotage. The talks took place in Berlin.\n",
			facts:  []fact{{"Russia", "ACCUSE", "Ukraine"}},
			absent: []string{"Germany", "Berlin", "Moscow", "Kyiv"},
		},
		{
			name:   "nationality and group nouns make groups; officials stand for their country",
			text:   "Protest\n\nJapanese protesters rallied against the government in Tokyo. Chinese officials urged calm, a protester said.\n",
			actors: map[string]graph.ActorType{"Japanese protesters": graph.Group, "China": graph.Country},
			absent: []string{"Tokyo"},
		},
		{
			name: "a quotation left open at a paragraph end continues in the next",
			text: "Budget\n\nFinance Minister Clara Holm defended the budget on Monday.\n\n\"We have made hard choices.\n\n\"The alternative was a bigger deficit,\" Holm said.\n",
			said: [][2]string{{"Clara Holm", "We have made hard choices"}, {"Clara Holm", "The alternative was a bigger deficit"}},
		},
		{
			name:   "one-word companies that speak and organisations named again by their noun",
			text:   "Strike\n\nThe Verdi union called a strike at Frankfurt airport on Monday. Lufthansa said it had cancelled 1,300 flights. The airline's chief executive, Carsten Spohr, criticised the union.\n",
			actors: map[string]graph.ActorType{"Lufthansa": graph.Organization, "Verdi": graph.Organization, "Carsten Spohr": graph.Person},
			facts:  []fact{{"Carsten Spohr", "ROLE", "Lufthansa"}, {"Carsten Spohr", "ACCUSE", "Verdi"}},
			said:   [][2]string{{"Lufthansa", "it had cancelled 1,300 flights"}},
			absent: []string{"Frankfurt"},
		},
		{
			name:    "negated interactions are not facts",
			text:    "No meeting\n\nPrime Minister Karl Weber did not meet President Ana Silva on Tuesday.\n",
			nofacts: []fact{{"Karl Weber", "CONSULT", "Ana Silva"}},
		},
		{
			name:  "passives read the agent from the by-phrase",
			text:  "Plan\n\nThe plan was rejected by Finance Minister Paul Novak, and Brazil was criticized by Argentina.\n",
			facts: []fact{{"Argentina", "ACCUSE", "Brazil"}},
		},
	}
	runReadCases(t, tests)
}

func TestPageCleanUpDetectsTitleDateAndBoilerplate(t *testing.T) {
	tests := []struct {
		name, text, title, date string
		notActor                string
	}{
		{"iso date with time", "Skip to Content\n\nLeaders meet in Rome\n\n2025-12-26 04:52 Last Updated At:05:17\n\nThe leaders met on Friday.\n", "Leaders meet in Rome", "2025-12-26", ""},
		{"month name date", "World\n\nUS proposes talks\n\nDecember 22, 2025\n\nWASHINGTON — The talks were productive.\n", "US proposes talks", "2025-12-22", ""},
		{"published line with non-ASCII hyphens", "Peace plan advances\nPublished: 2025\u201112\u201126 17:02:03\nThe plan advanced.\n", "Peace plan advances", "2025-12-26", ""},
		{"day first date", "Vote counted\n\nPublished 12 May 2026\n\nThe vote was counted.\n", "Vote counted", "2026-05-12", ""},
		{"a sources list after the story is dropped", "Talks end\n\nMay 4, 2026\n\nThe talks ended on Monday.\n\nSources\n\n\"Talks collapse\" \u2014 Harbour Gazette, May 2, 2026\n\nMara Vell. \"Ports reopen\" \u2014 Coast Herald, May 3, 2026\n", "Talks end", "2026-05-04", "Coast Herald"},
		{"recommended list is dropped", "Talks end\n\nThe talks ended on Monday.\n\nRecommended Articles\nVenezuela seizes tanker near coast\n", "Talks end", "", "Venezuela"},
	}
	x := extract.New(extract.Options{})
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := x.Extract(graph.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			if b.Article.Label != tc.title {
				t.Errorf("title %q, want %q", b.Article.Label, tc.title)
			}
			if b.Article.Date != tc.date {
				t.Errorf("date %q, want %q", b.Article.Date, tc.date)
			}
			if tc.notActor != "" {
				if _, ok := actor(b, tc.notActor); ok {
					t.Errorf("actor %q from boilerplate", tc.notActor)
				}
			}
		})
	}
}

func TestGivenMetadataWins(t *testing.T) {
	x := extract.New(extract.Options{})
	b, err := x.Extract(graph.Article{Title: "Given", Published: "2024-01-02", Source: "Wire", URL: "https://example.org/a",
		Text: "Other headline\n\nDecember 22, 2025\n\nThe talks ended.\n"})
	if err != nil {
		t.Fatal(err)
	}
	a := b.Article
	if a.Label != "Given" || a.Date != "2024-01-02" || a.Source != "Wire" || a.URL != "https://example.org/a" {
		t.Errorf("article node %+v", a)
	}
}

func TestEventsAreDatedAgainstThePublicationDate(t *testing.T) {
	x := extract.New(extract.Options{})
	// 2025-12-26 is a Friday: "on Thursday" is 2025-12-25.
	b, err := x.Extract(graph.Article{Published: "2025-12-26",
		Text: "Call\n\nPresident Maria Lopes held a phone call with Chancellor Erik Brandt on Thursday in Lisbon.\n"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range b.Nodes {
		if n.Kind == graph.KindEvent && n.Type == "call" {
			found = true
			if n.Date != "2025-12-25" || n.Place != "Lisbon" {
				t.Errorf("call event dated %q at %q, want 2025-12-25 at Lisbon", n.Date, n.Place)
			}
		}
	}
	if !found {
		t.Fatal("no call event")
	}
}

func TestPlansAreRevised(t *testing.T) {
	x := extract.New(extract.Options{})
	b, err := x.Extract(graph.Article{Text: "Plan\n\nThe original 28-point peace plan had been reduced to 27 points. A revised version contains approximately 20 points.\n"})
	if err != nil {
		t.Fatal(err)
	}
	ns := labels(b)
	var values []string
	for _, e := range b.Edges {
		if e.Class == graph.RevisedTo {
			values = append(values, ns[e.Target].Label)
		}
	}
	if strings.Join(values, ",") != "28 points,27 points,20 points" {
		t.Errorf("revisions %v", values)
	}
}

func BenchmarkExtract(b *testing.B) {
	c := corpus(b)
	var texts []string
	size := 0
	for _, t := range c {
		texts = append(texts, t)
		size += len(t)
	}
	x := extract.New(extract.Options{})
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, err := x.Extract(graph.Article{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	reportCPU(b, cpu, size)
}

package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestReportingCuesParse checks the embedded cue lexicon and that bad
// lines are refused with their line number.
func TestReportingCuesParse(t *testing.T) {
	if len(reportingCues) < 60 || reportingCues["say"] != "speech" || reportingCues["believe"] != "cognition" {
		t.Fatalf("lexicon/reporting.tsv gave %d cues (say %q, believe %q)", len(reportingCues), reportingCues["say"], reportingCues["believe"])
	}
	if !speakingDocuments["letter"] || !speakingDocuments["letters"] || speakingDocuments["say"] {
		t.Errorf("lexicon/documents.tsv: letter %v, letters %v, say %v", speakingDocuments["letter"], speakingDocuments["letters"], speakingDocuments["say"])
	}
	for _, bad := range []string{"say", "say\tspeaking", "say\tspeech\tx\ty", "say\tspeech\nsay\tspeech"} {
		if _, err := parseReportingCues("# header\n" + bad); err == nil || !strings.Contains(err.Error(), "line ") {
			t.Errorf("parseReportingCues(%q) = %v, want an error naming the line", bad, err)
		}
	}
}

// statementsOf extracts text and returns its statements as "speaker:
// words".
// checkStatements fails t when a statement of got (as statementsOf
// writes them) is unwanted, or when none starts with want. With want
// empty and no unwanted test, got must be empty.
func checkStatements(t *testing.T, got []string, want string, unwanted func(string) bool) {
	t.Helper()
	for _, g := range got {
		if unwanted != nil && unwanted(g) {
			t.Errorf("have %q, an unwanted statement", g)
		}
	}
	if want == "" {
		if unwanted == nil && len(got) > 0 {
			t.Errorf("want no statement; have %q", got)
		}
		return
	}
	for _, g := range got {
		if strings.HasPrefix(g, want) {
			return
		}
	}
	t.Errorf("missing %q; have %q", want, got)
}

func statementsOf(t *testing.T, text string) []string {
	t.Helper()
	b, err := New(Options{}).Extract(graph.Article{Text: text, Published: "2026-03-02"})
	if err != nil {
		t.Fatal(err)
	}
	names := map[graph.ID]string{}
	texts := map[graph.ID]string{}
	for _, n := range b.Nodes {
		names[n.ID] = n.Label
		texts[n.ID] = n.Text
	}
	var out []string
	for _, e := range b.Edges {
		if e.Class == graph.Stated {
			out = append(out, names[e.Source]+": "+texts[e.Target])
		}
	}
	return out
}

// TestDepStatements reads invented sentences of each construction the
// parse-driven rules cover, and sentences that must give no statement.
func TestDepStatements(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with; "" for none
	}{
		{"a verb of the manner of speaking with a that-clause",
			"Harbour worker Nils Aune yelled that the ferry was sinking and that the crew had left.",
			"Nils Aune: the ferry was sinking"},
		{"a whispered clause",
			"Councillor Mette Dahl whispered that the vote on the pier had already been decided.",
			"Mette Dahl: the vote on the pier had already been decided"},
		{"a participle on a statement the subject put out",
			"Mayor Lena Holm put out a short statement on Monday saying the pier would stay closed until May.",
			"Lena Holm: the pier would stay closed"},
		{"a participle on a series of posts the subject sent",
			"Mayor Lena Holm unleashed a series of tweets early Friday saying that the ferry company had shown bad judgment.",
			"Lena Holm: the ferry company had shown bad judgment"},
		{"a participle after a quoted description, hung on the description",
			"Union leader Tove Lund described the offer as \"fair and balanced,\" saying members would vote on it next week.",
			"Tove Lund: members would vote on it next week"},
		{"a participle after a quoted description, hung on the description read as the object's adjective",
			"Palace aide Anna Berg described the latest proposal as \"modest and workable,\" saying the board had approved most of it.",
			"Anna Berg: the board had approved most of it"},
		{"progressive reporting verb",
			"Marta Solberg is stressing that her budget will cut waiting lists at every hospital.",
			"Marta Solberg: her budget will cut waiting lists"},
		{"parenthetical between subject and verb",
			"Rep. Tomas Halvorsen (D-Ore.) said the treaty does not oblige anyone to testify.",
			"Tomas Halvorsen: the treaty does not oblige anyone"},
		{"reporting verb absent from the surface list",
			"Ingrid Vaag testified that the harbour contracts had been signed before the audit.",
			"Ingrid Vaag: the harbour contracts had been signed"},
		{"a recommendation of an organisation",
			"The Norwegian Maritime Authority recommends that every ferry should carry two extra lifeboats.",
			"Norwegian Maritime Authority: every ferry should carry two extra lifeboats"},
		{"a quotation after a verb of reasoning",
			"Mayor Ingrid Vaag reasoned, \"because the ferries pay a harbour fee, the pier is a commercial one.\"",
			"Ingrid Vaag: because the ferries pay a harbour fee"},
		{"agreement with a clause is what was said",
			"Former mayor Ingrid Vaag, who chaired the harbour board, agreed that the ferry rules should be modernised.",
			"Ingrid Vaag: the ferry rules should be modernised"},
		{"view held by a named person",
			"Pavel Dostal believes that his reforms will be the most lasting part of his term.",
			"Pavel Dostal: his reforms will be the most lasting"},
		{"relative clause between subject and verb",
			"Oskar Lindqvist, who ran the port authority for a decade, told reporters the new cranes would arrive in May.",
			"Oskar Lindqvist: the new cranes would arrive in May"},
		{"dateline left out of a post-posed report",
			"OSLO, Tuesday — Two ferries collided near the harbour entrance, the Norwegian Coast Guard said on Tuesday.",
			"Norwegian Coast Guard: Two ferries collided"},
		{"a quoted word inside the reported clause gives the whole clause",
			"Mayor Tomas Halvorsen (R) said it would be \"improper\" for him to speak on the ferry contracts before the audit.",
			"Tomas Halvorsen: it would be \"improper\" for him to speak on the ferry contracts before the audit"},
		{"a reporting participle after the reported clause ends it",
			"Sen. Marta Solberg (R-Ore.) said she did not think the ferry cuts had cost them the vote, arguing that the harbour strike was the bigger blow.",
			"Marta Solberg: she did not think the ferry cuts had cost them the vote"},
		{"a reporting participle after the reported clause gives a statement of its own",
			"Sen. Marta Solberg (R-Ore.) said she did not think the ferry cuts had cost them the vote, arguing that the harbour strike was the bigger blow.",
			"Marta Solberg: the harbour strike was the bigger blow"},
		{"an as-clause reports the clause it opens",
			"As Ingrid Vaag told the Bergen Tidende, ferry traffic has dropped partly because of the new bridge.",
			"Ingrid Vaag: ferry traffic has dropped partly because of the new bridge"},
		{"a passive as-clause reports the clause it opens for its agent",
			"As reported by the Bergen Tidende, the ferry company will close the old pier in June.",
			"Bergen Tidende: the ferry company will close the old pier in June"},
		{"a modal in the clause an as-clause opens is the content's",
			"As Ingrid Vaag told the Bergen Tidende, the ferry company will close the old pier in June.",
			"Ingrid Vaag: the ferry company will close the old pier in June"},
		{"a negated as-clause reports nothing",
			"As Ingrid Vaag did not tell the Bergen Tidende, the ferry company will close the old pier in June.",
			""},
		{"a court's ruling is no statement",
			"The Supreme Court of Norway on Monday upheld a fine against Fjord Lines, ruling that the ferry company had broken the law.",
			""},
		{"a plan is not a statement",
			"Helga Moen agreed to lend the museum three paintings for the winter.",
			""},
		{"negated reporting verb",
			"Jonas Berg did not say that the mine would close next year.",
			""},
		{"passive report has no speaker",
			"It was reported that the mine would close next year.",
			""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			checkStatements(t, got, tc.want, nil)
		})
	}
}

// TestReportRules checks each rule on parsed invented sentences: the
// speaker word and the first and last content words.
func TestReportRules(t *testing.T) {
	tests := []struct {
		rule, text, verb  string
		subj, first, last string // "" subj: the rule reads nothing
	}{
		{"clausal complement", "Anna Berg said that the ferry would stop in Bergen.", "said", "Anna", "the", "Bergen"},
		{"clausal complement", "Anna Berg told reporters the ferry would stop in Bergen.", "told", "Anna", "the", "Bergen"},
		{"clausal complement", "Anna Berg agreed to stop the ferry in Bergen.", "agreed", "", "", ""},
		{"clausal complement", "The ferry will stop in Bergen, she said.", "said", "she", "The", "Bergen"},
		{"any", "The ferry will stop in Bergen, the mayor said on Monday.", "said", "mayor", "The", "Bergen"},
		{"post-posed aside", "Anna Berg said on Monday.", "said", "", "", ""},
		{"any", "The town was full of the boats and nets the painter saw at the harbour.", "saw", "", "", ""},
		{"any", "The ferries were late and the piers were empty, which were things Anna Berg observed at the harbour.", "observed", "", "", ""},
	}
	d := &doc{}
	for _, tc := range tests {
		rule := reportRuleNamed(t, tc.rule)
		d.text = tc.text
		d.toks = tokenize(tc.text, 0, len(tc.text), nil)
		sents := d.parseSentence(sentence{a: 0, b: len(d.toks), s: 0, e: len(tc.text)})
		if len(sents) != 1 {
			t.Fatalf("%q: %d parsed sentences", tc.text, len(sents))
		}
		ds := sents[0]
		v := -1
		for i, w := range ds.words {
			if w.Form == tc.verb {
				v = i
			}
		}
		if v < 0 {
			t.Fatalf("%q: no word %q", tc.text, tc.verb)
		}
		rep, ok := rule.read(&ds, v)
		if tc.subj == "" {
			if ok {
				t.Errorf("%s on %q read %+v, want nothing", tc.rule, tc.text, rep)
			}
			continue
		}
		if !ok {
			t.Errorf("%s on %q read nothing", tc.rule, tc.text)
			continue
		}
		from, to := ds.trimPunct(rep.from, rep.to)
		if got := [3]string{ds.words[rep.subj].Form, ds.words[from].Form, ds.words[to].Form}; got != [3]string{tc.subj, tc.first, tc.last} {
			t.Errorf("%s on %q: speaker, first, last = %q, want %q", tc.rule, tc.text, got, [3]string{tc.subj, tc.first, tc.last})
		}
	}
}

func reportRuleNamed(t *testing.T, name string) reportRule {
	if name == "any" {
		// Whichever rule the parse calls for ("A, X said" is a ccomp or a
		// parataxis, as the model has it).
		return reportRule{name, func(ds *depSent, v int) (reported, bool) {
			for _, r := range reportRules {
				if rep, ok := r.read(ds, v); ok {
					return rep, true
				}
			}
			return reported{}, false
		}}
	}
	for _, r := range reportRules {
		if r.name == name {
			return r
		}
	}
	t.Fatalf("no report rule %q", name)
	return reportRule{}
}

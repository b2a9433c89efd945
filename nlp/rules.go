package nlp

import (
	_ "embed"
	"strings"
)

// Rules applied after parsing, where UD's conventions for news differ
// from what the parser learned from web text. Each is a small function
// that rewrites a parsed sentence in place.

//go:embed data/reporting_verbs.txt
var reportingVerbsFile string

// reportingVerbs is the set of lemmas of data/reporting_verbs.txt.
var reportingVerbs = lexiconSet(reportingVerbsFile)

// lexiconSet reads an embedded word list: one word a line, "#" opening
// a comment line, blank lines skipped.
func lexiconSet(file string) map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(file, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// applyRules runs every post-parse rule on a parsed, lemmatised sentence.
func applyRules(s *Sentence) {
	setOffSpeakerIsSubject(s)             // rules_speaker.go
	postposedReportingClauseIsRoot(s)     // rules_reporting.go
	preposedReportedClauseIsComplement(s) // rules_reporting.go
	listOfNamesIsConjuncts(s)             // rules_lists.go
	givenNameSplitFromSurname(s)          // rules_names.go
	personNameIsFlat(s)                   // rules_names.go
	titleNounBeforeNameHeadsIt(s)         // rules_names.go
	titleBeforeSubjectNameDescribesIt(s)  // rules_titles.go
	titleSplitFromSubjectName(s)          // rules_titles.go
	possessorReadAsSubject(s)             // rules_attach.go
	setOffAppositionReadAsSubject(s)      // rules_attach.go
	parataxisOpenedByConjunctionIsConj(s) // rules_lists.go
	bareConjunctJoinsOfObject(s)          // rules_lists.go
	parataxisWithConjunctionIsConj(s)
	clausalApposIsParataxis(s)
	relativeParataxisIsRelcl(s)
	invertReportingClause(s)
	verbReadAsModifierIsRoot(s)
	reportedSubjectReadAsObject(s)
	relativeClauseSwallowsPredicate(s)
	toldWhomClauseIsComplement(s)
	nearestOfTwoSubjects(s)
	conjunctSubjectReadAsConjunct(s)
	prepositionalNameReadAsSubject(s)          // rules_attach.go
	personToldReadAsSubject(s)                 // rules_attach.go
	unmarkedPossessorIsCompound(s)             // rules_attach.go
	subjectOnFloatingQuantifier(s)             // rules_attach.go
	commaSpliceFirstClauseIsRoot(s)            // rules_clauses.go
	nounRootBeforeSetOffPhraseIsSubject(s)     // rules_clauses.go
	nounConjunctOfVerbJoinsObject(s)           // rules_lists.go
	clausalSubjectBesideSubjectIsComplement(s) // rules_clauses.go
	semicolonClauseIsParataxis(s)              // rules_parataxis.go
	frontedParticipleIsAdverbial(s)            // rules_fronted.go
	// rules_punct.go, last: it reads the finished tree
	pairedPunctuationOnEnclosedHead(s)
}

// nearestOfTwoSubjects leaves a verb with two subjects before it only
// the nearer one ("Kim, who prosecutors said planned it, was
// sentenced" parsed with both "Kim" and "prosecutors" subjects of
// "said"): a verb has one subject. The farther one, set off from the
// verb by a comma, is the subject of the clause the verb hangs on when
// that has none ("Kim … was sentenced"); otherwise it stays.
func nearestOfTwoSubjects(s *Sentence) {
	for v := range s.Tokens {
		var subj []int
		for j := 0; j < v; j++ {
			if s.Tokens[j].Head == v+1 && (s.Tokens[j].Deprel == "nsubj" || s.Tokens[j].Deprel == "nsubj:pass") {
				subj = append(subj, j)
			}
		}
		if len(subj) < 2 {
			continue
		}
		far := subj[0]
		h := s.Tokens[v].Head - 1
		if h <= v || hasChild(s, h, "nsubj") || hasChild(s, h, "nsubj:pass") || !commaBetween(s, far, v) {
			continue
		}
		rel := "nsubj"
		if hasChild(s, h, "aux:pass") {
			rel = "nsubj:pass"
		}
		s.Tokens[far].Head, s.Tokens[far].Deprel = h+1, rel
	}
}

// commaBetween reports whether a comma stands between tokens a and b.
func commaBetween(s *Sentence, a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.Tokens[k].Form == "," {
			return true
		}
	}
	return false
}

// conjunctSubjectReadAsConjunct rewrites "X did A, and a teacher
// thought B" parsed with "teacher" a conjunct of a noun of the first
// clause and "thought" a subjectless conjunct of "did": the noun right
// before a conjoined verb that has no subject, opened by the "and" that
// follows a comma, is that verb's subject. The noun's "and" and comma
// move to the verb.
func conjunctSubjectReadAsConjunct(s *Sentence) {
	for v := range s.Tokens {
		t := &s.Tokens[v]
		if t.Deprel != "conj" || t.UPOS != "VERB" || hasChild(s, v, "nsubj") || hasChild(s, v, "nsubj:pass") || hasChild(s, v, "cc") {
			continue
		}
		n := v - 1
		for n >= 0 && s.Tokens[n].UPOS == "ADV" && s.Tokens[n].Head == v+1 {
			n--
		}
		if n < 0 || s.Tokens[n].Deprel != "conj" || !isNominal(s.Tokens[n].UPOS) || dominates(s, n, v) {
			continue
		}
		cc := -1
		for k := subtreeStart(s, n); k < n; k++ {
			if s.Tokens[k].UPOS == "CCONJ" && s.Tokens[k].Head == n+1 {
				cc = k
			}
		}
		if cc <= 0 || s.Tokens[cc-1].Form != "," {
			continue
		}
		s.Tokens[n].Head, s.Tokens[n].Deprel = v+1, "nsubj"
		s.Tokens[cc].Head = v + 1
		if s.Tokens[cc-1].Head == n+1 {
			s.Tokens[cc-1].Head = v + 1
		}
	}
}

// relativeClauseSwallowsPredicate rewrites "X, who ran the port, told
// reporters …" parsed with "told" a conjunct of the relative clause's
// verb and X, a noun, the root: a noun root with no copula is no
// clause, and a verb after the relative clause, set off by a comma,
// joined by no conjunction and with no subject of its own, is the
// predicate of X. The verb becomes the root, X its subject, and the
// punctuation X held after the verb moves to it.
func relativeClauseSwallowsPredicate(s *Sentence) {
	r := s.Root()
	if r < 0 || !isNominal(s.Tokens[r].UPOS) || hasChild(s, r, "cop") || hasChild(s, r, "nsubj") {
		return
	}
	for rc := r + 1; rc < len(s.Tokens); rc++ {
		if s.Tokens[rc].Head != r+1 || s.Tokens[rc].Deprel != "acl:relcl" {
			continue
		}
		for v := rc + 1; v < len(s.Tokens); v++ {
			t := &s.Tokens[v]
			if t.Head != rc+1 || t.Deprel != "conj" || t.UPOS != "VERB" || s.Tokens[v-1].Form != "," && !commaBefore(s, v) {
				continue
			}
			if hasChild(s, v, "cc") || hasChild(s, v, "nsubj") || hasChild(s, v, "nsubj:pass") {
				continue
			}
			t.Head, t.Deprel = 0, "root"
			s.Tokens[r].Head, s.Tokens[r].Deprel = v+1, "nsubj"
			for k := v + 1; k < len(s.Tokens); k++ {
				if p := &s.Tokens[k]; p.Head == r+1 && p.UPOS == "PUNCT" {
					p.Head = v + 1
				}
			}
			return
		}
	}
}

// commaBefore reports whether the comma before verb v's subtree hangs
// on v (", told reporters").
func commaBefore(s *Sentence, v int) bool {
	k := subtreeStart(s, v)
	return s.Tokens[k].Form == "," && s.Tokens[k].Head == v+1
}

// toldWhomClauseIsComplement rewrites "told reporters the cranes would
// arrive" parsed with "the cranes would arrive" a relative clause of
// "reporters": a reporting verb with an indirect object and no object
// or clause of its own tells that person something, and a clause with
// its own subject right after the person, opened by no relative word,
// is what was told: the verb's clausal complement.
func toldWhomClauseIsComplement(s *Sentence) {
	for io := range s.Tokens {
		t := &s.Tokens[io]
		if t.Deprel != "iobj" || t.Head == 0 || t.Head-1 > io {
			continue
		}
		v := t.Head - 1
		if !reportingVerbs[s.Tokens[v].Lemma] || hasChild(s, v, "obj") || hasChild(s, v, "ccomp") {
			continue
		}
		for c := io + 1; c < len(s.Tokens); c++ {
			rc := &s.Tokens[c]
			if rc.Head != io+1 || rc.Deprel != "acl:relcl" || !hasChild(s, c, "nsubj") && !hasChild(s, c, "nsubj:pass") {
				continue
			}
			if start := subtreeStart(s, c); start != io+1 || relativeWord(s.Tokens[start].Form) {
				continue
			}
			rc.Head, rc.Deprel = v+1, "ccomp"
			break
		}
	}
}

// relativeWord reports whether a word may open a relative clause.
func relativeWord(form string) bool {
	switch strings.ToLower(form) {
	case "that", "which", "who", "whom", "whose", "where", "when", "why":
		return true
	}
	return false
}

// reportedSubjectReadAsObject rewrites "said X, …, contacted Y" parsed
// with X the object (or a second subject) of "said" and "contacted" a
// subjectless conjunct of it, joined by no conjunction: X is the subject of the reported clause
// "X contacted Y", the clausal complement of the reporting verb.
func reportedSubjectReadAsObject(s *Sentence) {
	for v := range s.Tokens {
		if s.Tokens[v].UPOS != "VERB" || !reportingVerbs[s.Tokens[v].Lemma] {
			continue
		}
		obj, conj := -1, -1
		for j := range s.Tokens {
			t := &s.Tokens[j]
			if t.Head != v+1 || j < v {
				continue
			}
			// A second subject after the verb is the same misreading
			// ("X said John Kerry, the secretary, contacted Y").
			if (t.Deprel == "obj" || t.Deprel == "nsubj" && subjectBefore(s, v)) && t.UPOS == "PROPN" && obj < 0 {
				obj = j
			}
			if t.Deprel == "conj" && t.UPOS == "VERB" && conj < 0 {
				conj = j
			}
		}
		if obj < 0 || conj < obj || hasChild(s, conj, "cc") || hasChild(s, conj, "nsubj") || hasChild(s, conj, "nsubj:pass") {
			continue
		}
		s.Tokens[obj].Head, s.Tokens[obj].Deprel = conj+1, "nsubj"
		s.Tokens[conj].Deprel = "ccomp"
	}
}

// subjectBefore reports whether verb v has a subject before it.
func subjectBefore(s *Sentence, v int) bool {
	for j := 0; j < v; j++ {
		if s.Tokens[j].Head == v+1 && (s.Tokens[j].Deprel == "nsubj" || s.Tokens[j].Deprel == "nsubj:pass") {
			return true
		}
	}
	return false
}

// verbReadAsModifierIsRoot makes the root a past-tense verb that the
// parser hung as an amod on a noun root which also has a subject and no
// copula ("Germany supplied air defence systems to Ukraine" parsed as a
// noun phrase "supplied … systems" with "Germany" as its subject): a
// noun with a subject and no copula is no clause, while a verb between
// that subject and the noun is its predicate. The noun becomes the
// verb's object, and the subject, the obliques and the punctuation of
// the clause move to the verb.
func verbReadAsModifierIsRoot(s *Sentence) {
	r := s.Root()
	if r < 0 || !isNominal(s.Tokens[r].UPOS) || hasChild(s, r, "cop") {
		return
	}
	subj, verb := -1, -1
	for j := range s.Tokens {
		t := &s.Tokens[j]
		switch {
		case t.Head == r+1 && t.Deprel == "nsubj" && j < r:
			subj = j
		case t.Head == r+1 && t.Deprel == "amod" && t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBN"):
			verb = j
		}
	}
	if subj < 0 || verb < subj || verb > r {
		return
	}
	for j := range s.Tokens {
		t := &s.Tokens[j]
		if t.Head != r+1 || j == verb {
			continue
		}
		if t.Deprel == "nsubj" || t.Deprel == "punct" || strings.HasPrefix(t.Deprel, "obl") || t.Deprel == "advcl" || t.Deprel == "advmod" && j > r {
			t.Head = verb + 1
		}
	}
	s.Tokens[verb].Head, s.Tokens[verb].Deprel = 0, "root"
	s.Tokens[r].Head, s.Tokens[r].Deprel = verb+1, "obj"
}

// relativePronouns open a relative clause when they start a clause set
// off by punctuation after a noun ("Golden Gate Park, which is …").
var relativePronouns = map[string]bool{"which": true, "who": true, "whom": true, "whose": true, "where": true}

// relativeParataxisIsRelcl relabels acl:relcl a parataxis whose first
// word is a relative pronoun right after punctuation (", which …",
// "(who …", "— who …"), and hangs it on the noun before that
// punctuation (the head of a flat name): UD's non-restrictive relative
// clauses are acl:relcl of their antecedent, which the parser, seeing a
// clause after a comma, often takes for parataxis of the verb.
func relativeParataxisIsRelcl(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel != "parataxis" {
			continue
		}
		// p is the punctuation before the pronoun, inside the clause
		// or just before it.
		p := subtreeStart(s, d)
		k := p
		for k < d && s.Tokens[k].UPOS == "PUNCT" {
			k++
		}
		if k == p {
			p--
		}
		if p < 0 || s.Tokens[p].UPOS != "PUNCT" || !relativePronouns[strings.ToLower(s.Tokens[k].Form)] {
			continue
		}
		t.Deprel = "acl:relcl"
		a := p - 1
		if a < 0 || !isNominal(s.Tokens[a].UPOS) {
			continue
		}
		for s.Tokens[a].Deprel == "flat" && s.Tokens[a].Head-1 < a && s.Tokens[a].Head > 0 {
			a = s.Tokens[a].Head - 1
		}
		if !dominates(s, d, a) {
			t.Head = a + 1
		}
	}
}

// isNominal reports whether a UPOS heads a noun phrase.
func isNominal(upos string) bool {
	return upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM"
}

// subtreeStart returns the leftmost token (0-based) below i, i included.
func subtreeStart(s *Sentence, i int) int {
	start := i
	for k := 0; k < i; k++ {
		if dominates(s, i, k) {
			return k
		}
	}
	return start
}

// parataxisWithConjunctionIsConj relabels conj a parataxis that has a
// coordinating conjunction of its own and follows its head: in UD the
// conjunction hangs on the conjunct it introduces ("I called, but
// nobody answered"), so a clause with one is coordinated, not merely
// juxtaposed. (EWT dev: parataxis F1 +0.4, conj +0.1.)
func parataxisWithConjunctionIsConj(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel == "parataxis" && t.Head-1 < d && hasChild(s, d, "cc") {
			t.Deprel = "conj"
		}
	}
}

// clausalApposIsParataxis relabels parataxis an appos that is a verb or
// has a subject: UD's appos is a noun phrase renaming another, and a
// clause set beside a word with a comma or a dash ("the plan – it was
// never written down –") is parataxis. (EWT dev: appos F1 +1.1,
// parataxis +0.8.)
func clausalApposIsParataxis(s *Sentence) {
	for d := range s.Tokens {
		t := &s.Tokens[d]
		if t.Deprel == "appos" && (t.UPOS == "VERB" || hasChild(s, d, "nsubj") || hasChild(s, d, "nsubj:pass")) {
			t.Deprel = "parataxis"
		}
	}
}

// reportingVerbBecomesRoot makes the reporting verb v the root and the
// reported clause, headed by root, its ccomp; punctuation after the verb
// moves to it, punctuation before stays with the reported clause.
func reportingVerbBecomesRoot(s *Sentence, root, v int) {
	s.Tokens[v].Head, s.Tokens[v].Deprel = 0, "root"
	s.Tokens[root].Head, s.Tokens[root].Deprel = v+1, "ccomp"
	for k := v + 1; k < len(s.Tokens); k++ {
		if p := &s.Tokens[k]; p.Head == root+1 && p.UPOS == "PUNCT" {
			p.Head = v + 1
		}
	}
}

// invertReportingClause makes a post-posed reporting clause the root:
// in "The market has a political dimension, says Tarlo." UD takes
// "says" for the root and the reported clause for its ccomp, where the
// parser (after EWT, which mixes both analyses) often hangs "says" off
// the reported clause as parataxis. It applies when a reporting verb
// with its own subject is a parataxis of the root, comes after it and
// ends the sentence (only its own dependents and punctuation follow).
// Punctuation after the verb moves to it; punctuation before stays with
// the reported clause.
func invertReportingClause(s *Sentence) {
	root := s.Root()
	if root < 0 {
		return
	}
	for v := root + 1; v < len(s.Tokens); v++ {
		t := &s.Tokens[v]
		if t.Head != root+1 || t.Deprel != "parataxis" || t.UPOS != "VERB" || !reportingVerbs[t.Lemma] {
			continue
		}
		if !hasChild(s, v, "nsubj") || !endsSentence(s, v) {
			continue
		}
		reportingVerbBecomesRoot(s, root, v)
		return
	}
}

// hasChild reports whether token i (0-based) has a dependent labelled rel.
func hasChild(s *Sentence, i int, rel string) bool {
	for j := range s.Tokens {
		if s.Tokens[j].Head == i+1 && s.Tokens[j].Deprel == rel {
			return true
		}
	}
	return false
}

// endsSentence reports whether every token after i is punctuation or
// below i.
func endsSentence(s *Sentence, i int) bool {
	for k := i + 1; k < len(s.Tokens); k++ {
		if s.Tokens[k].UPOS != "PUNCT" && !dominates(s, i, k) {
			return false
		}
	}
	return true
}

// dominates reports whether token a is an ancestor of token k (0-based).
func dominates(s *Sentence, a, k int) bool {
	for steps := 0; steps <= len(s.Tokens); steps++ {
		h := s.Tokens[k].Head
		if h <= 0 {
			return false
		}
		if h-1 == a {
			return true
		}
		k = h - 1
	}
	return false
}

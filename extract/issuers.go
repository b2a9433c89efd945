package extract

import "strings"

// Documents that act for their issuer. "The Security Council adopted a
// resolution on Monday. The resolution condemns X and calls on Y …":
// what a resolution, a statement or a report condemns or demands, its
// issuer does. The issuer is whoever adopted, passed, issued or
// published a document of the same noun shortly before.

// issuingVerbs put out a document: their subject issues it.
var issuingVerbs = set("adopted", "adopts", "passed", "passes", "approved", "approves", "issued",
	"issues", "released", "releases", "published", "publishes", "unveiled", "unveils", "drafted",
	"endorsed", "agreed")
var issuingVerbsClass = classOf(issuingVerbs)

// issuedDocumentSubject (rule rel.document-issuer) returns the issuer
// of the document that is the subject of the clause of trigger i in
// sentence si ("The resolution condemns X and calls on Y", "the
// statement condemned X"), and whether that subject is a document at
// all: a document whose issuer is not found acts for no one (and not
// for an actor it names later in the clause).
func (d *doc) issuedDocumentSubject(r *reader, si, i int, s sentence) ([]*actor, bool) {
	k := d.clauseSubjectNoun(si, i, s)
	if k < 0 || !d.toks[k].is(speakingDocumentsClass) {
		return nil, false
	}
	if as := d.documentOwnerAfter(r, si, k, s); len(as) > 0 {
		return as, true
	}
	return d.documentIssuer(r, si, k), true
}

// documentOwnerAfter returns the owner named right after the document
// at token k of sentence s: "the report by X", "the letter from X",
// "the statement, issued by X,".
func (d *doc) documentOwnerAfter(r *reader, si, k int, s sentence) []*actor {
	j := k + 1
	if j < s.b && d.toks[j].text == "," {
		j++
	}
	if j < s.b && d.toks[j].is(issuingVerbsClass) {
		j++
	}
	if j+1 >= s.b || d.toks[j].low != "by" && (d.toks[j].low != "from" || j != k+1) {
		return nil
	}
	return d.actorsOf(r, d.groupStartingAt(r, si, d.skipDet(j+1, s)))
}

// clauseSubjectNoun returns the token of the noun that opens the clause
// of trigger i as its subject ("The [new] resolution …"), or -1 when
// the clause opens with anything else or names an actor before i.
func (d *doc) clauseSubjectNoun(si, i int, s sentence) int {
	start := s.a
	for k := i - 1; k > s.a; k-- {
		if d.clauseBreak(k) {
			start = k + 1
			break
		}
	}
	k := start
	for k < i && (d.toks[k].low == "the" || d.toks[k].low == "this" || d.toks[k].low == "its" || d.toks[k].low == "new" || d.toks[k].low == "latest") {
		k++
	}
	if k >= i || d.toks[k].kind != tWord || !d.headsSubject(k, i) {
		return -1
	}
	return k
}

// afterSubjectWords may follow a subject noun before its verb: an
// aside, an owner ("by", "from"), an auxiliary, a negator or an adverb.
var afterSubjectWords = set(",", "by", "from", "also", "further", "again", "does", "did", "do",
	"will", "would", "has", "have", "had", "is", "was", "not", "which")

// headsSubject reports whether the noun at token k ends the subject of
// trigger i rather than modifying a noun after it ("The ruling party",
// "the statement deadline"): the trigger, a verb of the lexicon (the
// first of coordinated verbs), or a word that may follow a subject,
// comes right after it.
func (d *doc) headsSubject(k, i int) bool {
	next := d.toks[k+1].low
	return k+1 == i || afterSubjectWords[next] || strings.HasSuffix(next, "ly") || d.toks[k+1].is(lexVerbFirst)
}

// documentIssuer returns who issued the document named at token k of
// sentence si: the subject of an issuing verb within three words before
// that noun or the same noun earlier in that sentence or the five
// before it ("X adopted a resolution", "X issued a statement").
func (d *doc) documentIssuer(r *reader, si, k int) []*actor {
	noun := d.toks[k].low
	for sj := si; sj >= 0 && sj >= si-5; sj-- {
		s := d.sents[sj]
		for j := s.b - 1; j >= s.a; j-- {
			if sj == si && j > k || d.toks[j].low != noun {
				continue
			}
			for v := j - 1; v >= s.a && v >= j-3; v-- {
				if d.toks[v].is(issuingVerbsClass) {
					if as := d.clauseSubject(r, sj, v, s); len(as) > 0 {
						return as
					}
				}
			}
		}
	}
	return nil
}

// parsedDocumentIssuer (rule "parse: document issuer") returns the
// issuer of the document that is the only source word of a parse rule:
// a participle or relative clause on it ("adopted a resolution
// demanding that X withdraw", "passed a resolution that condemned X")
// or its verb's subject; nil when srcWords is no single document.
func (d *doc) parsedDocumentIssuer(r *reader, si int, ds *depSent, srcWords []int) []*actor {
	if len(srcWords) != 1 || !isDocumentWord(ds, srcWords[0]) || ds.tok[srcWords[0]] < 0 {
		return nil
	}
	return d.documentIssuer(r, si, ds.tok[srcWords[0]])
}

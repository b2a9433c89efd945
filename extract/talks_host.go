package extract

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// The host of talks between two sides (rule rel.talks-host). "Kenya's
// envoy, X, mediated eighteen months of talks between the two sides",
// "Bishop X, who had chaired the last three rounds of talks between the
// two sides": the one who mediates, chairs or hosts the talks consults
// each side, as a mediator does (mediation.go). The parse rule reads
// this when the parser makes the verb the head of the talks; a greedy
// parse often makes the participle an adjective of the noun ("mediated
// talks" as "amod"), and then no parse rule fires. This rule reads the
// surface: a verb of lexicon/talk_hosts.txt, then at most six plain
// words ("the last three rounds of", "eighteen months of"), then the
// talk noun that rule rel.noun-between read with its two sides.

//go:embed lexicon/talk_hosts.txt
var talkHostsTxt string

// talkHosts are the verb forms of lexicon/talk_hosts.txt.
var talkHosts = lineList(talkHostsTxt)

// talksHostGap is how many words may stand between the host's verb and
// the talk noun ("the last three rounds of").
const talksHostGap = 6

// talksHost returns the actors who hold the talks at token i (a talk
// noun read by rule rel.noun-between with sides) for others, and the
// token of the verb that says so; nil when no verb of talkHosts governs
// the noun through plain words, or its subject is no actor, or is one
// of the sides.
func (d *doc) talksHost(r *reader, si, i int, s sentence, sides []*actor) ([]*actor, int) {
	v := -1
	for k := i - 1; k >= s.a && k >= i-1-talksHostGap; k-- {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote[k] {
			return nil, -1
		}
		if talkHosts[t.low] {
			v = k
			break
		}
		if t.cap && k > s.a || talksGapStops[t.low] {
			return nil, -1 // "mediated by Qatar, talks between": another phrase
		}
	}
	if v < 0 || v == s.a {
		return nil, -1
	}
	host := d.relativeAntecedent(r, si, v, s)
	if host == nil {
		host = d.clauseSubject(r, si, v, s)
	}
	if len(host) == 0 || slices.ContainsFunc(host, func(a *actor) bool { return slices.Contains(sides, a) }) {
		return nil, -1
	}
	return host, v
}

// talksGapStops end the plain words between a host's verb and the talk
// noun: a new phrase or clause comes between.
var talksGapStops = set("and", "or", "but", "to", "with", "by", "for", "that", "which", "who", "after", "before", "while", "between", "against", "on", "in", "at", "from")

// relativeAntecedent returns the actors of the mention group right
// before ", who" or ", which" when the relative clause holding verb v
// opens there ("Bishop X, who had chaired …"); nil otherwise.
func (d *doc) relativeAntecedent(r *reader, si, v int, s sentence) []*actor {
	k := v - 1
	for k > s.a && (auxWords[d.toks[k].low] || adverbs[d.toks[k].low]) {
		k--
	}
	if k <= s.a+1 || d.toks[k].low != "who" && d.toks[k].low != "which" || d.toks[k-1].text != "," {
		return nil
	}
	return d.actorsOf(r, d.groupEndingAt(r, si, k-1))
}

// auxWords are the auxiliaries between a relative pronoun and its verb
// ("who had chaired", "which has hosted").
var auxWords = set("has", "had", "have", "was", "were", "is", "are", "been", "also", "jointly", "personally")

// hostTalks (rule rel.talks-host) adds the host's consultation with
// each side of the talks at token i.
func (d *doc) hostTalks(r *reader, si, i int, s sentence, sides []*actor, md modal) {
	if len(sides) != 2 {
		return
	}
	host, v := d.talksHost(r, si, i, s, sides)
	if host == nil {
		return
	}
	md.rule = "rel.talks-host"
	md.at = v
	md.nominal = false
	verb := d.span(v, i+1)
	for _, h := range host {
		for _, side := range sides {
			if h == side || h.typ == graph.Person && side.typ == graph.Person && strings.EqualFold(h.canon, side.canon) {
				continue
			}
			d.rels = append(d.rels, rel{src: h, dst: side, class: graph.Consult, sent: si, verb: verb, modal: md})
		}
	}
}

// What was offered, rejected later (rule rel.answered-offer). "Its
// chief executive, X, wrote to the ministry offering 300,000 doses at
// no cost. The Department of Health rejected the offer": the offer is
// X's, and rejecting it rejects X. "An audit by the Revenue Authority
// found that Y owed $212 million. Y rejected the audit": Y REJECT the
// Authority. The surface reading of a REJECT verb whose object is such
// a noun with "the", "this" or "that" and nothing of its own after it
// ("the offer of talks", "the proposal by Z" name their own maker and
// are read by the parse) found no actor as its object; the maker is
// read back in the text (lexicon/answered_offers.tsv).

//go:embed lexicon/answered_offers.tsv
var answeredOffersTSV string

// offerNoun is a row of lexicon/answered_offers.tsv: the noun's forms
// that point back, and the words that made it.
type offerNoun struct {
	forms, makers map[string]bool
}

// answeredOffers maps a form of a noun that points back ("offer",
// "proposals") to its row.
var answeredOffers = mustAnsweredOffers("lexicon/answered_offers.tsv", answeredOffersTSV)

func mustAnsweredOffers(file, src string) map[string]*offerNoun {
	rows, err := tsvRows(file, src, 3, 3)
	if err != nil {
		panic(err)
	}
	out := map[string]*offerNoun{}
	for _, row := range rows {
		n := &offerNoun{forms: map[string]bool{}, makers: map[string]bool{}}
		for _, f := range strings.Split(row.fields[1], ",") {
			n.forms[f] = true
			out[f] = n
		}
		for _, f := range strings.Split(row.fields[2], ",") {
			n.makers[f] = true
		}
	}
	return out
}

// offerWindow is how many sentences before the rejection the maker may
// be named in.
const offerWindow = 3

// answeredOffer returns the makers of what the REJECT verb ending at
// token e (exclusive) rejects, when its object is "the offer", "this
// proposal" (answeredOffers) and nothing of its own follows; nil
// otherwise, or when the maker is one of the rejecters subj.
func (d *doc) answeredOffer(r *reader, si, e int, s sentence, subj []*actor) []*actor {
	toks := d.toks
	if e+1 >= s.b || toks[e].low != "the" && toks[e].low != "this" && toks[e].low != "that" {
		return nil
	}
	n := answeredOffers[toks[e+1].low]
	if n == nil || d.inQuote[e+1] {
		return nil
	}
	if e+2 < s.b && offerOwnWords[toks[e+2].low] {
		return nil // "the offer of talks", "the proposal by Z", "the plan to …"
	}
	for sj := si; sj >= 0 && sj >= si-offerWindow; sj-- {
		end := d.sents[sj].b
		if sj == si {
			end = e
		}
		for k := end - 1; k >= d.sents[sj].a; k-- {
			if d.inQuote[k] || !n.makers[toks[k].low] && !n.forms[toks[k].low] {
				continue
			}
			makers := d.offerMakers(r, sj, k, n)
			makers = slices.DeleteFunc(makers, func(a *actor) bool { return slices.Contains(subj, a) })
			if len(makers) > 0 {
				return makers
			}
			if sj == si {
				return nil // "rejected a proposal and the offer": not reached back past one
			}
		}
	}
	return nil
}

// offerOwnWords after the noun give it a maker, a content or a purpose
// of its own.
var offerOwnWords = set("of", "by", "from", "to", "that", "for", "which", "made", "put", "submitted")

// offerMakers returns who made what word k of sentence sj names: the
// actor after "by" right after the noun ("an audit by Z"), the one
// before "'s" right before it ("Z's offer"), else for a making verb the
// subject of its clause ("X wrote … offering doses", "Z proposed a
// merger").
func (d *doc) offerMakers(r *reader, sj, k int, n *offerNoun) []*actor {
	s := d.sents[sj]
	toks := d.toks
	if n.forms[toks[k].low] {
		if k+2 < s.b && toks[k+1].low == "by" {
			return d.actorsOf(r, d.groupStartingAt(r, sj, d.skipDet(k+2, s)))
		}
		for _, m := range r.mentsBy[sj] {
			if m.poss && m.b >= k-3 && m.b <= k && !m.quote {
				return d.refs(r, m)
			}
		}
		if !n.makers[toks[k].low] {
			return nil
		}
	}
	if k > s.a && (toks[k-1].low == "the" || toks[k-1].low == "this" || toks[k-1].low == "that") {
		return nil // "the offer" again: another mention of the thing, not its making
	}
	if as := d.clauseSubject(r, sj, k, s); len(as) > 0 {
		return as
	}
	return d.sentenceSubject(r, sj, k) // "Its chief executive, X, wrote … offering": X
}

// answeredOfferFor is answeredOffer for a REJECT trigger; nil for any
// other class.
func (d *doc) answeredOfferFor(r *reader, si, e int, s sentence, class graph.EdgeClass, subj []*actor) []*actor {
	if class != graph.Reject {
		return nil
	}
	return d.answeredOffer(r, si, e, s, subj)
}

// A country's name read as an adverb before "and" (part of
// nameAsAdverb, parse.go). The tagger reads a name ending in "-ly"
// ("Italy") opening a clause as an adverb; nameAsAdverb mends it when
// the verb has no subject, but in "Italy and Malta accused each other"
// the parser made the second name the subject and the first an adverb
// of the verb, so the pair was one country. When the name is followed
// by "and" and the verb's subject right after it, the name becomes the
// subject and the other its conjunct.

// nameAsAdverbBeforeAnd mends word i of ds, a gazetteer name tagged as
// an adverb of verb h, when "and" and h's subject follow it; it
// reports whether it changed the parse.
func (d *doc) nameAsAdverbBeforeAnd(ds *depSent, i, h int) bool {
	if i+2 >= len(ds.words) || ds.lemma(i+1) != "and" {
		return false
	}
	subj := ds.children(h, "nsubj")
	if len(subj) != 1 || subj[0] <= i+1 || subj[0] >= h || ds.head(i+1) != subj[0] {
		return false
	}
	ds.words[i].UPOS, ds.words[i].Deprel = "PROPN", "nsubj"
	ds.words[subj[0]].Deprel, ds.words[subj[0]].Head = "conj", i+1
	ds.kids = kidsOf(ds.words)
	return true
}

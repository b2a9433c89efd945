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

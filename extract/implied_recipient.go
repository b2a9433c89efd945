package extract

import (
	"github.com/newsgraph/newsgraph/graph"
)

// Aid pledged without its recipient repeated. At a donor conference, or
// in any run of pledges to one country, the text names the recipient
// once ("Donors pledged $2.1 billion to help Madagascar rebuild") and
// then lists the givers: "The European Union pledged 400 million euros,
// and Japan promised $180 million for roads", "The World Bank made the
// largest pledge, $750 million". Each of them is aid to that recipient
// (docs/ONTOLOGY.md, "Aid pledged in a run of pledges"). The recipient
// is carried only from an aid reading of the sentences just before
// (aidContextSpan), only to a gift of money or aid whose sentence names
// no recipient of its own, and the evidence records the carried end as
// resolved (rule implicit:aid-recipient) with the mention that named it.

// impliedRecipientRule names the rule in explain's output.
const impliedRecipientRule = "aid to the recipient named before"

// ruleImpliedRecipient is the resolution rule of a carried recipient.
const ruleImpliedRecipient = "implicit:aid-recipient"

// aidContextSpan is how many sentences back an aid reading can give its
// recipient to a gift that names none: the sentence before and the one
// before that (a donor conference's lead and its list of pledges).
const aidContextSpan = 2

// aidTopic is the recipient of an aid reading in sentence sent: of an
// AID edge, or of a gift whose giver is no actor ("Donors pledged $2
// billion to help X"); at is the mention that names the recipient.
type aidTopic struct {
	sent int
	act  *actor
	at   *mention
}

// impliedEnd is an edge end the sentence leaves unsaid: the actor, the
// words of the sentence that stand for it (the gift: "$180 million") and
// the mention that named it before.
type impliedEnd struct {
	act  *actor
	a, b int // token span of the gift in the edge's sentence
	ante *mention
}

// moneyWords make a gift money: "$180 million", "400 million euros".
var moneyWords = set("$", "€", "£", "¥", "dollar", "euro", "pound", "yen", "yuan", "franc", "krone",
	"kroner", "krona", "rupee", "million", "billion", "usd", "eur")

// aidWords make a gift aid whatever its amount: "grants and cheap
// loans", "emergency aid".
var aidWords = set("aid", "assistance", "grant", "loan", "funding", "fund", "donation", "contribution",
	"relief", "credit", "financing")

// impliedRecipientArgs (rule "aid to the recipient named before"): a
// verb of giving (a trigger of lexicon/material.tsv with the slot
// recipient) whose subject gives money or aid and whose sentence names
// no recipient, or a gift noun carried by such a verb ("made the largest
// pledge, $750 million"), reads its giver only; depTrigger takes the
// recipient from the aid read just before (impliedAid).
func impliedRecipientArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.class != graph.Aid || !hasSlot(t, "recipient") {
		return depArgs{}, false
	}
	giver := v
	if t.noun {
		h := ds.head(v)
		if h < 0 || ds.words[v].Deprel != "obj" || !giftVerbs[ds.lemma(h)] || !moneyIn(ds, v) && !amountAfter(ds, h, v) {
			return depArgs{}, false
		}
		giver = h
	} else {
		if ds.hasChild(v, "nsubj:pass") || ds.hasChild(v, "iobj") || charged(ds, v) {
			return depArgs{}, false
		}
		gift, with := giftOf(ds, v, t)
		if gift < 0 || with || !moneyIn(ds, gift) && !aidWords[ds.lemma(gift)] || len(firstObjects(ds, v, gift)) > 0 {
			return depArgs{}, false
		}
	}
	if recipientNamed(ds, v, giver) {
		return depArgs{}, false
	}
	s := authorOf(ds, verbSubject(ds, giver))
	if s < 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(s), implied: true}, true
}

// moneyIn reports whether a word of w's phrase, two levels down, is
// money.
func moneyIn(ds *depSent, w int) bool {
	for _, x := range append([]int{w}, ds.subtree(w, 2)...) {
		if moneyWords[ds.lemma(x)] || moneyWords[ds.form(x)] {
			return true
		}
	}
	return false
}

// amountAfter reports whether the amount of gift noun n follows it set
// off by a comma, which the parser may hang on n's verb h ("made the
// largest pledge, $750 million").
func amountAfter(ds *depSent, h, n int) bool {
	for _, c := range ds.children(h, "parataxis", "appos", "obj") {
		if c > n && commaBetween(ds, n, c) && moneyIn(ds, c) {
			return true
		}
	}
	return false
}

// recipientNamed reports whether a gift's sentence says whom it is for:
// a "to" or "for" phrase with a proper name on the trigger v, its
// verb, or under their objects ("$50 million to Laos", "for Laos"),
// or a purpose that names one ("to help Laos").
func recipientNamed(ds *depSent, v, giver int) bool {
	for _, w := range []int{v, giver} {
		for _, x := range append([]int{w}, ds.subtree(w, 3)...) {
			rel := ds.words[x].Deprel
			if (rel == "obl" || rel == "nmod") && ds.words[x].UPOS == "PROPN" {
				if p := ds.caseOf(x); p == "to" || p == "for" {
					return true
				}
			}
		}
	}
	return len(purposeRecipients(ds, giver)) > 0
}

// helpVerbs open a purpose that names the gift's recipient: "pledged $2
// billion to help Madagascar rebuild".
var helpVerbs = set("help", "assist", "aid", "support", "rebuild", "fund", "finance")

// purposeRecipients (rule gift to a recipient, giftArgs): a gift that
// names no recipient goes to whoever its purpose helps: "pledged $2
// billion to help Madagascar rebuild", "lent $300 million to support
// Laos" (the object of a verb of helping after "to" on the gift verb v,
// or on what it gives, where the parser may hang the purpose).
func purposeRecipients(ds *depSent, v int) []int {
	var out []int
	var purposes []int
	for _, w := range append([]int{v}, ds.children(v, "obj")...) {
		purposes = append(purposes, ds.children(w, "advcl", "xcomp", "acl")...)
	}
	for _, c := range purposes {
		if !helpVerbs[ds.lemma(c)] || !ds.hasMark(c, "to") {
			continue
		}
		for _, o := range ds.children(c, "obj") {
			if ds.words[o].UPOS == "PROPN" {
				out = append(out, ds.withConjuncts(o)...)
			}
		}
	}
	return out
}

// impliedAid (rule "aid to the recipient named before") makes the aid of
// the givers src of trigger v in sentence si to the recipient of the aid
// read in the sentences just before, if there is one and it is none of
// the givers.
func (d *doc) impliedAid(r *reader, si int, ds *depSent, v int, src []*actor, md modal) {
	tp := d.aidTopicBefore(si, src)
	if tp == nil {
		d.reject(si, ds.tok[v], md.rule, "no recipient in the sentence and no aid to one in the sentences before")
		return
	}
	a, b := d.giftSpan(ds, v)
	for _, g := range src {
		d.rels = append(d.rels, rel{src: g, dst: tp.act, class: graph.Aid, sent: si, verb: ds.words[v].Form, modal: md,
			implied: &impliedEnd{act: tp.act, a: a, b: b, ante: tp.at}})
	}
	d.noteAidTopic(si, tp.act, tp.at)
}

// giftSpan returns the token span of what trigger v gives (its object,
// or the noun itself) with its amount and qualifiers ("$180 million",
// "400 million euros", "largest pledge"), for the evidence's record of
// the carried end.
func (d *doc) giftSpan(ds *depSent, v int) (int, int) {
	w := v
	if o := ds.children(v, "obj"); len(o) > 0 {
		w = o[0]
	}
	a, b := ds.tok[w], ds.tok[w]+1
	words := []int{w}
	for depth := 0; depth < 2; depth++ {
		var next []int
		for _, x := range words {
			next = append(next, ds.children(x, "compound", "nummod", "amod")...)
		}
		for _, x := range next {
			if t := ds.tok[x]; t >= 0 {
				a, b = min(a, t), max(b, t+1)
			}
		}
		words = next
	}
	return a, b
}

// aidTopicBefore returns the latest aid topic of sentence si and the
// aidContextSpan sentences before it whose recipient is none of the
// givers: an AID edge read there, or a topic noted (noteAidTopic); nil
// when there is none.
func (d *doc) aidTopicBefore(si int, givers []*actor) *aidTopic {
	var best *aidTopic
	for i := len(d.rels) - 1; i >= 0; i-- {
		rl := d.rels[i]
		if rl.class != graph.Aid || rl.sent > si || rl.sent < si-aidContextSpan || rl.dst == nil || containsActor(givers, rl.dst) {
			continue
		}
		best = &aidTopic{sent: rl.sent, act: rl.dst}
		break
	}
	for i := len(d.aidTopics) - 1; i >= 0; i-- {
		tp := d.aidTopics[i]
		if tp.sent > si || tp.sent < si-aidContextSpan || containsActor(givers, tp.act) {
			continue
		}
		if best == nil || tp.sent >= best.sent {
			best = &tp
		}
		break
	}
	if best != nil && best.at == nil {
		best.at = d.lastMentionIn(best.sent, best.act)
	}
	return best
}

// noteGiftTopics remembers the recipients of the gifts of parsed
// sentence si, whoever gives them: "Donors pledged $2 billion to help X
// rebuild" names the recipient of the pledges the next sentences list,
// though "donors" is no actor (or the parser found no giver).
func (d *doc) noteGiftTopics(r *reader, si int, ds *depSent) {
	for v := range ds.words {
		t, ok := triggerAt(ds, v)
		if !ok || t.noun || t.class != graph.Aid || !hasSlot(t, "recipient") || ds.tok[v] < 0 || d.inQuote[ds.tok[v]] {
			continue
		}
		words := purposeRecipients(ds, v)
		for _, c := range ds.modifiersWith(v, "obl", "to") {
			words = append(words, ds.withConjuncts(c)...)
		}
		for _, a := range d.targetActors(r, si, ds, words) {
			d.noteAidTopic(si, a, nil)
		}
	}
}

// noteAidTopic remembers that sentence si gives aid to actor a, named by
// mention at (nil: the last mention of a in si).
func (d *doc) noteAidTopic(si int, a *actor, at *mention) {
	if at == nil {
		at = d.lastMentionIn(si, a)
	}
	d.aidTopics = append(d.aidTopics, aidTopic{sent: si, act: a, at: at})
}

// lastMentionIn returns the last mention of sentence si that refers to
// actor a; nil when none does.
func (d *doc) lastMentionIn(si int, a *actor) *mention {
	var at *mention
	for _, m := range d.ments {
		if m.sent == si && (m.act == a || containsActor(m.ref.actors, a) || containsActor(m.group, a)) {
			at = m
		}
	}
	return at
}

// withImplied returns ev with the record of rl's carried end, if it has
// one: the gift's words, the rule and the mention that named the
// recipient before.
func (d *doc) withImplied(ev graph.Evidence, ids map[*actor]graph.ID, rl rel) graph.Evidence {
	im := rl.implied
	if im == nil || ids[im.act] == "" || im.b <= im.a {
		return ev
	}
	res := graph.Resolution{Actor: ids[im.act], Mention: d.span(im.a, im.b), Start: d.toks[im.a].s, End: d.toks[im.b-1].e, Rule: ruleImpliedRecipient}
	if im.ante != nil {
		res.Antecedent = d.span(im.ante.ha, im.ante.hb)
		res.AntecedentStart, res.AntecedentEnd = d.toks[im.ante.ha].s, d.toks[im.ante.hb-1].e
	}
	ev.Resolved = append(ev.Resolved, res)
	return ev
}

// giftForms are the surface forms of the gift triggers, for
// impliedAidIn's cheap test.
var giftForms = func() map[string]bool {
	m := map[string]bool{}
	for key, t := range triggers {
		if t.class == graph.Aid && hasSlot(t, "recipient") {
			for _, f := range inflections(key[2:]) {
				m[f] = true
			}
		}
	}
	return m
}()

// giftFormsClass and helpVerbsClass are giftForms and helpVerbs as word
// classes, for impliedAidIn's test at every word.
var (
	giftFormsClass = classOf(giftForms)
	helpVerbsClass = classOf(helpVerbs)
)

// impliedAidIn reads the gifts of sentence si, which the general gate
// (mayInteract) leaves unparsed for want of a second name: those that
// an aid topic of the sentences just before may give their recipient
// ("The World Bank made the largest pledge, $750 million"), and those
// that may make one ("Donors pledged $2 billion to help X rebuild",
// "… $2 billion to X": a gift form and a recipient's cue).
func (d *doc) impliedAidIn(r *reader, si int, s sentence) {
	gift, recipient := false, false
	for i := s.a; i < s.b; i++ {
		if d.inQuote[i] {
			continue
		}
		gift = gift || d.toks[i].is(giftFormsClass)
		recipient = recipient || d.toks[i].is(helpVerbsClass) || d.toks[i].low == "to" && i+1 < s.b && d.toks[i+1].cap
	}
	if !gift || !recipient && d.aidTopicBefore(si, nil) == nil {
		return
	}
	for _, ds := range d.parsed(si) {
		for v := range ds.words {
			if t, ok := triggerAt(&ds, v); ok && t.class == graph.Aid && hasSlot(t, "recipient") {
				d.depTrigger(r, si, &ds, v)
			}
		}
		d.noteGiftTopics(r, si, &ds)
	}
}

package extract

import (
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// event is something that happened, read from one sentence.
type event struct {
	typ          string
	sent         int
	at           int // token of the trigger
	participants []*actor
	date         string // the day the sentence gives, or ""
	place        string
	modal        modal
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// addEvent records an event of type typ with its participants, dated and
// placed from the words of its sentence.
func (d *doc) addEvent(typ string, parts []*actor, si, at int, md modal) {
	if typ == "" || len(parts) == 0 {
		if typ != "" {
			d.reject(si, at, md.rule, "event with no participant that is an actor")
		}
		return
	}
	for i := range d.events {
		e := &d.events[i]
		if e.sent == si && e.typ == typ {
			e.participants = appendUnique(e.participants, parts...)
			if graph.MoreFactual(md.mod, e.modal.mod) != e.modal.mod {
				e.modal = md
			}
			return
		}
	}
	s := d.sents[si]
	ev := event{typ: typ, sent: si, at: at, participants: appendUnique(nil, parts...), date: md.when, modal: md}
	for j := s.a; j < s.b; j++ {
		t := d.toks[j]
		if t.low == "in" && j+1 < s.b && d.toks[j+1].cap && ev.place == "" && !d.inQuote[j] {
			k := j + 1
			for k < s.b && d.toks[k].cap && d.toks[k].kind == tWord && !d.toks[k].is(stopCapsClass) {
				k++
			}
			if k > j+1 {
				name := d.span(j+1, k)
				if _, ok := monthNum[strings.ToLower(name[:min(3, len(name))])]; !ok {
					ev.place = name
				}
			}
		}
	}
	d.events = append(d.events, ev)
}

func appendUnique(dst []*actor, as ...*actor) []*actor {
	for _, a := range as {
		dup := false
		for _, x := range dst {
			if x == a {
				dup = true
			}
		}
		if !dup && a != nil {
			dst = append(dst, a)
		}
	}
	return dst
}

// emitEvents adds event nodes with PARTICIPATED_IN and MENTIONS edges:
// one node per happening of the article (see happenings), with evidence
// from every sentence that reports it.
func (d *doc) emitEvents(b *graph.Batch, eb *edgeBuilder, ids map[*actor]graph.ID) {
	for _, group := range d.happenings(ids) {
		first := d.events[group[0]]
		var parts []*actor
		date, place := "", ""
		for _, i := range group {
			e := d.events[i]
			parts = appendUnique(parts, e.participants...)
			date = finerDay(date, e.date)
			if place == "" {
				place = e.place
			}
		}
		var names []string
		for _, p := range parts {
			if ids[p] != "" {
				names = append(names, p.canon)
			}
		}
		id := graph.NodeID(graph.KindEvent, string(d.art), itoa(d.toks[first.at].s))
		label := first.typ + ": " + strings.Join(names, ", ")
		n := graph.Node{ID: id, Kind: graph.KindEvent, Label: label, Type: first.typ, Date: date, Place: place, Article: d.art}
		if first.modal.mod != graph.Asserted {
			// Event lists can tell a strike called off from one held.
			n.Attrs = map[string]string{"modality": first.modal.mod.Name()}
		}
		b.Nodes = append(b.Nodes, n)
		for _, i := range group {
			e := d.events[i]
			s := d.sents[e.sent]
			ev := e.modal.on(graph.Evidence{Article: d.art, Sentence: d.text[s.s:s.e], Start: s.s, End: s.e, Verb: d.toks[e.at].text, Date: d.date})
			for _, p := range e.participants {
				eb.add(ids[p], graph.ParticipatedIn, id, d.withResolved(ev, ids, e.sent, e.sent, p))
			}
			eb.add(d.art, graph.Mentions, id, ev)
		}
	}
}

// happenings groups the article's events (indexes into d.events) that
// report one happening, each group in the order the text gives them:
// the events of one call told in three sentences ("held a call with
// Witkoff and Kushner", "during the call", "the conversation with
// Witkoff") are one node. Events without a stored participant are left
// out.
func (d *doc) happenings(ids map[*actor]graph.ID) [][]int {
	var groups [][]int
	var merged []event // each group's union so far
	for i, e := range d.events {
		var kept []*actor
		for _, p := range e.participants {
			if ids[p] != "" {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			continue
		}
		e.participants = kept
		d.events[i] = e
		joined := false
		for g := range groups {
			if sameHappening(merged[g], e) || d.backToPlanned(merged[g], e) {
				groups[g] = append(groups[g], i)
				m := &merged[g]
				m.participants = appendUnique(m.participants, e.participants...)
				m.date = finerDay(m.date, e.date)
				if m.place == "" {
					m.place = e.place
				}
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, []int{i})
			merged = append(merged, e)
		}
	}
	return groups
}

// sameHappening reports whether event e reports the happening a (the
// union of the events grouped so far): the same type and modality, days
// and places that do not disagree, and participants of which one side
// holds the other or that share two actors.
func sameHappening(a, e event) bool {
	if a.typ != e.typ || a.modal.mod != e.modal.mod {
		return false
	}
	if a.date != "" && e.date != "" && !strings.HasPrefix(a.date, e.date) && !strings.HasPrefix(e.date, a.date) {
		return false
	}
	if a.place != "" && e.place != "" && a.place != e.place {
		return false
	}
	shared := 0
	for _, p := range e.participants {
		for _, q := range a.participants {
			if p == q {
				shared++
			}
		}
	}
	return shared >= 2 || shared == len(e.participants) || shared == len(a.participants)
}

// finerDay returns whichever of two days that agree is the more precise
// ("2026-03-02" over "2026-03"), or a when they disagree.
func finerDay(a, b string) string {
	if a == "" || len(b) > len(a) && strings.HasPrefix(b, a) {
		return b
	}
	return a
}

// object is a plan or document discussed, with the values it was
// revised to.
type object struct {
	label  string
	typ    string
	sent   int
	values []objValue
	by     []*actor // proposers
	rev    []*actor // reviewers
}

type objValue struct {
	label string
	sent  int
}

var (
	rePointPlan = regexp.MustCompile(`(?i)\b(\d+)[-\x{2011}\x{2010} ]point\b`)
	rePoints    = regexp.MustCompile(`(?i)\b(?:to|about|approximately|roughly|around|some|now|only)\s+(\d+)\s+points\b`)
	rePlanWord  = regexp.MustCompile(`(?i)\b(peace plan|plan|proposal|framework|draft|deal|agreement|initiative)\b`)
	reProposed  = regexp.MustCompile(`(?i)\b(put forward|unveiled|proposed|drafted|presented|submitted|drew up|drawn up)\b`)
	reReviewed  = regexp.MustCompile(`(?i)\b(reviewed|under review|analyzing|analysing|studying|examining|considering)\b`)
)

// readObjects finds plans and their point counts: a "28-point plan"
// revised to "20 points" gives the plan object and REVISED_TO edges to
// value objects. Plans merge across articles by their folded label
// ("peace plan"), values by their text.
func (d *doc) readObjects() {
	var plan *object
	for si, s := range d.sents {
		if d.sentRegion[si] != rBody {
			continue
		}
		if !d.mayHavePlan(s) {
			continue
		}
		text := d.text[s.s:s.e]
		pw := "" // the plan's word, read only to name a new plan
		if plan == nil {
			if pw = rePlanWord.FindString(text); pw == "" {
				continue
			}
		}
		var vals []string
		if hasPoint := containsFoldASCII(text, "point"); hasPoint {
			// Both expressions need the word; most sentences lack it.
			for _, m := range rePointPlan.FindAllStringSubmatch(text, -1) {
				vals = append(vals, m[1]+" points")
			}
			for _, m := range rePoints.FindAllStringSubmatch(text, -1) {
				vals = append(vals, m[1]+" points")
			}
		}
		if len(vals) == 0 && plan == nil {
			continue
		}
		if plan == nil {
			label := "peace plan"
			// containsFoldASCII is strings.Contains of the lowered text:
			// only U+0130 and U+212A lower to ASCII ("i", "k").
			if !containsFoldASCII(d.text, "peace") {
				label = strings.ToLower(pw)
			}
			plan = &object{label: label, typ: "plan", sent: si}
		}
		for _, v := range vals {
			dup := false
			for _, x := range plan.values {
				if x.label == v {
					dup = true
				}
			}
			if !dup {
				plan.values = append(plan.values, objValue{label: v, sent: si})
			}
		}
		plan.by = appendUnique(plan.by, d.planActors(si, proposeWords)...)
		plan.rev = appendUnique(plan.rev, d.planActors(si, reviewWords)...)
	}
	if plan != nil {
		d.objs = append(d.objs, *plan)
	}
}

// containsFoldASCII reports whether s contains word (lower-case ASCII
// letters) in any mix of ASCII cases: what a (?i) expression needs to
// match word's letters, which fold to no other letter.
func containsFoldASCII(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && s[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// mayHavePlan is a cheap token test before the plan expressions run.
func (d *doc) mayHavePlan(s sentence) bool {
	for j := s.a; j < s.b; j++ {
		t := d.toks[j]
		switch t.low {
		case "plan", "proposal", "framework", "draft", "deal", "agreement", "initiative", "points", "point":
			return true
		}
		if t.kind == tNum && strings.HasSuffix(t.low, "point") {
			return true
		}
	}
	return false
}

var (
	proposeWords = set("unveiled", "proposed", "drafted", "presented", "submitted", "forward", "drew", "drawn", "tabled", "floated", "offered")
	reviewWords  = set("reviewed", "reviewing", "analyzing", "analysing", "studying", "examining", "considering", "review")
)

// planActors returns who did what the words say to a plan in sentence
// si: the agent after "by" ("submitted by X", "reviewed by X", "under
// review in Moscow") or else the subject of the verb ("X unveiled").
func (d *doc) planActors(si int, words map[string]bool) []*actor {
	s := d.sents[si]
	for i := s.a; i < s.b; i++ {
		if !words[d.toks[i].low] || d.inQuote[i] {
			continue
		}
		j := i + 1
		if j < s.b && (d.toks[j].low == "by" || d.toks[j].low == "in" && d.toks[i].low == "review") {
			for _, m := range d.ments {
				if m.sent == si && m.a == d.skipDet(j+1, s) && m.act != nil && !m.mod {
					return []*actor{m.act}
				}
			}
			continue
		}
		// The subject: the nearest head mention before the verb in its
		// clause.
		var subj *actor
		for _, m := range d.ments {
			if m.sent != si || m.a >= i || m.mod || m.quote || m.act == nil {
				continue
			}
			broken := false
			for k := m.b; k < i; k++ {
				if d.clauseBreak(k) || d.toks[k].text == "," {
					broken = true
				}
			}
			if !broken {
				subj = m.act
			}
		}
		if subj != nil {
			return []*actor{subj}
		}
	}
	return nil
}

// sentActors are the person actors of a sentence outside quotes that
// come right before "put forward by"… are approximated by every actor
// named after "by" or as the first head.
func (d *doc) sentActors(si int) []*actor {
	if as := d.byActors(si); len(as) > 0 {
		return as
	}
	for _, m := range d.ments {
		if m.sent == si && m.act != nil && !m.mod && !m.quote {
			return []*actor{m.act}
		}
	}
	return nil
}

// byActors are the actors named right after "by" in sentence si.
func (d *doc) byActors(si int) []*actor {
	var out []*actor
	for _, m := range d.ments {
		if m.sent != si || m.act == nil || m.mod || m.quote {
			continue
		}
		j := m.a - 1
		if j >= 0 && d.toks[j].low == "the" {
			j--
		}
		if j >= 0 && d.toks[j].low == "by" {
			out = appendUnique(out, m.act)
		}
	}
	return out
}

// emitObjects adds the plan objects, their values and the PROPOSED,
// REVIEWED and REVISED_TO edges.
func (d *doc) emitObjects(b *graph.Batch, eb *edgeBuilder, ids map[*actor]graph.ID) {
	d.readObjects()
	for _, o := range d.objs {
		id := graph.NodeID(graph.KindObject, o.typ, d.fold(o.label))
		attrs := map[string]string{}
		if len(o.values) > 0 {
			attrs["points"] = strings.TrimSuffix(o.values[len(o.values)-1].label, " points")
		}
		b.Nodes = append(b.Nodes, graph.Node{ID: id, Kind: graph.KindObject, Label: o.label, Type: o.typ, Article: d.art, Attrs: attrs})
		eb.add(d.art, graph.Mentions, id, d.evidence(o.sent, ""))
		for _, a := range o.by {
			eb.add(ids[a], graph.Proposed, id, d.evidence(o.sent, "proposed"))
		}
		for _, a := range o.rev {
			eb.add(ids[a], graph.Reviewed, id, d.evidence(o.sent, "reviewed"))
		}
		for _, v := range o.values {
			vid := graph.NodeID(graph.KindObject, "value", d.fold(o.label), v.label)
			b.Nodes = append(b.Nodes, graph.Node{ID: vid, Kind: graph.KindObject, Label: v.label, Type: "value", Article: d.art})
			eb.add(id, graph.RevisedTo, vid, d.evidence(v.sent, v.label))
		}
	}
}

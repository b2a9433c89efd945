package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// This file explains the items of an extraction other than actors:
// statements, interactions, events, roles and the candidates turned
// down, each with the words of the parse it rests on.

// parserReady reports whether the dependency parser is available.
func parserReady() bool {
	_, err := nlp.Greedy()
	return err == nil
}

// explainStatements lists the statements in the order they were read.
func (d *doc) explainStatements(used map[int]bool) []ExplainedStatement {
	var out []ExplainedStatement
	for _, st := range d.stmts {
		es := ExplainedStatement{Speakers: d.refList(st.speakers), Cue: st.verb, Quote: st.quote, Rule: st.rule, Sentences: [2]int{st.sa, st.sb}}
		es.Content = Span{Sentence: st.sa, Start: st.s, End: st.e, Text: d.stmtText(st)}
		start, end := min(d.sents[st.sa].s, st.s), max(d.sents[st.sb].e, st.e)
		es.Evidence = Span{Sentence: st.sa, Start: start, End: end, Text: d.text[start:end]}
		for si := st.sa; si <= st.sb; si++ {
			used[si] = true
		}
		if st.sb != st.sa {
			es.Evidence.Sentence, es.Content.Sentence = -1, -1
		}
		for _, sp := range st.speakers {
			if sid := d.ids[sp]; sid != "" {
				es.Nodes = append(es.Nodes, graph.NodeID(graph.KindStatement, string(d.art), itoa(st.s), itoa(st.e), string(sid)))
			}
		}
		cue, csi := d.cueToken(st)
		if cue >= 0 {
			es.Arcs = d.appendArc(es.Arcs, csi, cue, "cue")
		}
		for _, sp := range st.speakers {
			if m := d.mentionOf(sp, st.sa, st.sb, cue, true); m != nil {
				es.Arcs = d.appendMentionArc(es.Arcs, m, sp, "speaker")
			}
		}
		if w := d.contentHead(st); w.Role != "" {
			es.Arcs = append(es.Arcs, w)
		}
		out = append(out, es)
	}
	return out
}

// cueToken finds the verb of speech of st outside its content, nearest
// to it, and its sentence; -1 when st has none.
func (d *doc) cueToken(st stmt) (int, int) {
	if st.verb == "" || st.verb == "according to" {
		if st.verb == "according to" {
			for si := st.sa; si <= st.sb; si++ {
				s := d.sents[si]
				for k := s.a; k < s.b; k++ {
					if d.toks[k].low == "according" {
						return k, si
					}
				}
			}
		}
		return -1, -1
	}
	best, bsi, dist := -1, -1, 0
	for si := st.sa; si <= st.sb; si++ {
		s := d.sents[si]
		for k := s.a; k < s.b; k++ {
			t := d.toks[k]
			if t.text != st.verb || t.s >= st.s && t.e <= st.e {
				continue
			}
			dd := st.s - t.e
			if t.s >= st.e {
				dd = t.s - st.e
			}
			if best < 0 || dd < dist {
				best, bsi, dist = k, si, dd
			}
		}
	}
	return best, bsi
}

// contentHead is the arc of the head word of a statement's content (the
// word of the content whose head lies outside it), when the content is
// within one sentence.
func (d *doc) contentHead(st stmt) Arc {
	if st.sa != st.sb {
		return Arc{}
	}
	for _, ds := range d.parsed(st.sa) {
		for i, w := range ds.words {
			if w.Start < st.s || w.End > st.e {
				continue
			}
			h := ds.head(i)
			if h < 0 || ds.words[h].Start < st.s || ds.words[h].End > st.e {
				return makeArc(&ds, i, "content")
			}
		}
	}
	return Arc{}
}

// explainRelations lists the interactions in the order they were read.
func (d *doc) explainRelations(used map[int]bool) []ExplainedRelation {
	var out []ExplainedRelation
	for _, rl := range d.rels {
		speaker := rl.src
		var stored bool
		if rl.src, stored = d.storedEnds(rl); !stored {
			continue
		}
		er := ExplainedRelation{Source: d.ref(rl.src), Class: string(rl.class), Target: d.ref(rl.dst), Verb: rl.verb, Rule: rl.modal.rule}
		er.Edge = d.edgeID(d.ids[rl.src], rl.class, d.ids[rl.dst])
		er.Trigger = d.tokSpan(rl.sent, rl.modal.at, rl.modal.at+1)
		er.Modality, er.When = d.modality(rl.sent, rl.modal, used)
		er.Evidence = d.sentSpan(rl.sent, used)
		er.Arcs = d.appendArc(nil, rl.sent, rl.modal.at, "trigger")
		src, dst := "subject", "object"
		if pairwiseRules[rl.modal.rule] {
			src, dst = "party", "party"
		}
		if speaker != rl.src {
			ref := d.ref(speaker)
			er.SpeaksFor = &ref
		}
		if m := d.mentionOf(speaker, rl.sent, rl.sent, rl.modal.at, true); m != nil {
			er.Arcs = d.appendMentionArc(er.Arcs, m, speaker, src)
		}
		if m := d.mentionOf(rl.dst, rl.sent, rl.sent, rl.modal.at, !pairwiseRules[rl.modal.rule]); m != nil {
			er.Arcs = d.appendMentionArc(er.Arcs, m, rl.dst, dst)
		}
		out = append(out, er)
	}
	return out
}

// pairwiseRules relate actors among themselves ("A and B met", "talks
// between A and B"): their ends are parties, not subject and object.
var pairwiseRules = set("rel.coordinated-subject", "rel.noun-between", "rel.verb-between",
	"rel.passive-agreed-by", "rel.agreed-at-meeting", "parse: coordinated subject", "parse: noun between",
	"rel.hosted-for-talks")

// explainEvents lists the event nodes, each with the sentences that
// report it.
func (d *doc) explainEvents(used map[int]bool) []ExplainedEvent {
	var out []ExplainedEvent
	for _, group := range d.happenings(d.ids) {
		first := d.events[group[0]]
		ee := ExplainedEvent{Node: graph.NodeID(graph.KindEvent, string(d.art), itoa(d.toks[first.at].s)), Type: first.typ}
		var parts []*actor
		for _, i := range group {
			e := d.events[i]
			parts = appendUnique(parts, e.participants...)
			ee.Day = finerDay(ee.Day, e.date)
			if ee.Place == "" {
				ee.Place = e.place
			}
			rep := ExplainedEventReport{Trigger: d.tokSpan(e.sent, e.at, e.at+1), Rule: e.modal.rule, Participants: d.refList(e.participants), Place: e.place}
			rep.Modality, rep.When = d.modality(e.sent, e.modal, used)
			rep.Evidence = d.sentSpan(e.sent, used)
			rep.Arcs = d.appendArc(nil, e.sent, e.at, "trigger")
			for _, p := range e.participants {
				if m := d.mentionOf(p, e.sent, e.sent, e.at, true); m != nil {
					rep.Arcs = d.appendMentionArc(rep.Arcs, m, p, "participant")
				}
			}
			ee.Reports = append(ee.Reports, rep)
		}
		ee.Participants = d.refList(parts)
		out = append(out, ee)
	}
	return out
}

// explainRoles lists the ROLE and FAMILY links.
func (d *doc) explainRoles(used map[int]bool) []ExplainedRole {
	var out []ExplainedRole
	for _, rl := range append(append([]roleLink(nil), d.roles...), d.offices...) {
		if rl.person.act == nil || rl.target.act == nil {
			continue
		}
		er := ExplainedRole{Person: d.ref(rl.person.act), Class: string(rl.class), Target: d.ref(rl.target.act), Words: rl.verb, Rule: rl.rule}
		if !(rl.class == graph.Role && rl.target.act.typ == graph.Person) {
			er.Edge = d.edgeID(d.ids[rl.person.act], rl.class, d.ids[rl.target.act])
		}
		er.Evidence = d.sentSpan(rl.sent, used)
		out = append(out, er)
	}
	for _, rl := range d.envoys {
		if rl.person.act == nil || rl.target.act == nil {
			continue
		}
		for _, c := range sortedKeys(rl.target.act.roleCountries) {
			ca := d.byKey[d.fold(c)]
			if ca == nil {
				continue
			}
			er := ExplainedRole{Person: d.ref(rl.person.act), Class: string(graph.Role), Target: d.ref(ca), Words: rl.verb, Rule: rl.rule}
			er.Edge = d.edgeID(d.ids[rl.person.act], graph.Role, d.ids[ca])
			er.Evidence = d.sentSpan(rl.sent, used)
			out = append(out, er)
		}
	}
	return out
}

// explainObjects lists the plans, as emitObjects stores them.
func (d *doc) explainObjects(used map[int]bool) []ExplainedObject {
	var out []ExplainedObject
	for _, o := range d.objs {
		id := graph.NodeID(graph.KindObject, o.typ, d.fold(o.label))
		eo := ExplainedObject{Node: id, Label: o.label, Type: o.typ, Rule: "object.plan", Evidence: d.sentSpan(o.sent, used)}
		for _, v := range o.values {
			vid := graph.NodeID(graph.KindObject, "value", d.fold(o.label), v.label)
			eo.Values = append(eo.Values, ExplainedLink{Edge: d.edgeID(id, graph.RevisedTo, vid), Ref: Ref{ID: vid, Label: v.label}, Evidence: d.sentSpan(v.sent, used)})
		}
		for _, a := range o.by {
			eo.Proposed = append(eo.Proposed, ExplainedLink{Edge: d.edgeID(d.ids[a], graph.Proposed, id), Ref: d.ref(a), Evidence: d.sentSpan(o.sent, used)})
		}
		for _, a := range o.rev {
			eo.Reviewed = append(eo.Reviewed, ExplainedLink{Edge: d.edgeID(d.ids[a], graph.Reviewed, id), Ref: d.ref(a), Evidence: d.sentSpan(o.sent, used)})
		}
		out = append(out, eo)
	}
	return out
}

// explainRejected lists the candidates turned down: those the rules
// noted (tracer), mentions that resolved to no actor and events with no
// stored participant, in text order.
func (d *doc) explainRejected(tr *tracer, used map[int]bool) []Rejected {
	var out []Rejected
	add := func(si, a, b int, rule, reason string) {
		r := Rejected{Rule: rule, Reason: reason, Evidence: d.sentSpan(si, used)}
		r.At = d.tokSpan(si, a, b)
		out = append(out, r)
	}
	for _, rj := range tr.rejects {
		if rj.at >= 0 {
			add(rj.si, rj.at, rj.at+1, rj.rule, rj.reason)
		} else {
			add(rj.si, -1, -1, rj.rule, rj.reason)
		}
	}
	for _, m := range d.ments {
		if m.act != nil || m.group != nil || m.region == rDrop || m.mod {
			continue
		}
		as, asked := tr.refs[m]
		if (m.kind == sPron || m.kind == sDesc) && (!asked || len(as) > 0) {
			continue // never needed by a rule, or resolved
		}
		add(m.sent, m.ha, m.hb, mentionRule(m), unresolvedReason(m))
	}
	grouped := map[int]bool{}
	for _, g := range d.happenings(d.ids) {
		for _, i := range g {
			grouped[i] = true
		}
	}
	for i, e := range d.events {
		if !grouped[i] {
			add(e.sent, e.at, e.at+1, e.modal.rule, "event with no stored participant")
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Evidence.Start != out[j].Evidence.Start {
			return out[i].Evidence.Start < out[j].Evidence.Start
		}
		return out[i].At.Start < out[j].At.Start
	})
	return out
}

// unresolvedReason says why mention m stands for no actor.
func unresolvedReason(m *mention) string {
	switch {
	case m.kind == sPron:
		return "pronoun with no antecedent of its kind"
	case m.kind == sDesc:
		return "description with no actor of its kind named before"
	case m.kind == sName && m.surname != "":
		return "single name that matches no full name and neither speaks nor acts as an organisation"
	case !m.strong && m.region == rBody:
		return "not an actor where it stands (a place after \"in\", a demonym that does not act, a possessive before an organisation) and never named as one in running text"
	case !m.strong:
		return "named only in a heading, list or table, and not in running text"
	}
	return "not resolved to an actor"
}

// mentionOf finds the mention of actor a in sentences [sa, sb] nearest
// token at, preferring one before it (a subject, a speaker) or after it
// (an object); nil when there is none.
func (d *doc) mentionOf(a *actor, sa, sb, at int, before bool) *mention {
	var best *mention
	score := func(m *mention) int {
		dist := m.ha - at
		if dist < 0 {
			dist = -dist
		}
		if (m.ha < at) != before {
			dist += 1000
		}
		if m.mod {
			dist += 2000
		}
		return dist
	}
	for _, m := range d.ments {
		if m.sent < sa || m.sent > sb {
			continue
		}
		in := m.act == a
		for _, g := range m.group {
			in = in || g == a
		}
		if m.act == nil && m.group == nil && d.tr != nil {
			for _, x := range d.tr.refs[m] {
				in = in || x == a
			}
		}
		if in && (best == nil || at >= 0 && score(m) < score(best)) {
			best = m
		}
	}
	return best
}

// appendArc appends the arc of the parse word at token k of sentence si.
func (d *doc) appendArc(arcs []Arc, si, k int, role string) []Arc {
	if k < 0 {
		return arcs
	}
	for _, ds := range d.parsed(si) {
		for i := range ds.words {
			if ds.tok[i] == k {
				return append(arcs, makeArc(&ds, i, role))
			}
		}
	}
	return arcs
}

// appendMentionArc appends the arc of the head word of mention m, which
// stands for actor a: the word of its head span whose head lies outside
// the span, unless it does not name a and another word of the mention
// does ("Ukrainian" in "U.S. and Ukrainian negotiators").
func (d *doc) appendMentionArc(arcs []Arc, m *mention, a *actor, role string) []Arc {
	for _, ds := range d.parsed(m.sent) {
		head := -1
		for i := range ds.words {
			if ds.tok[i] < m.ha || ds.tok[i] >= m.hb {
				continue
			}
			if h := ds.head(i); h < 0 || ds.tok[h] < m.ha || ds.tok[h] >= m.hb {
				head = i
				break
			}
		}
		if head >= 0 && !d.names(a, ds.words[head].Form) {
			for i := range ds.words {
				if ds.tok[i] >= m.a && ds.tok[i] < m.b && d.names(a, ds.words[i].Form) {
					head = i
					break
				}
			}
		}
		if head >= 0 {
			return append(arcs, makeArc(&ds, head, role))
		}
	}
	return arcs
}

// names reports whether word w is a's name, an alias or a word of one.
func (d *doc) names(a *actor, w string) bool {
	f := d.fold(w)
	if f == "" {
		return false
	}
	for _, n := range append([]string{a.canon}, a.aliases...) {
		for _, x := range strings.Fields(d.fold(n)) {
			if x == f {
				return true
			}
		}
	}
	return false
}

// makeArc describes word i of ds.
func makeArc(ds *depSent, i int, role string) Arc {
	w := ds.words[i]
	a := Arc{Role: role, Word: w.Form, Start: w.Start, Lemma: w.Lemma, UPOS: w.UPOS, Label: w.Deprel, Head: "ROOT", HeadStart: -1}
	if h := ds.head(i); h >= 0 {
		a.Head, a.HeadStart = ds.words[h].Form, ds.words[h].Start
	}
	if a.Label == "" {
		a.Label = "root"
	}
	a.Label = strings.ToLower(a.Label)
	return a
}

// words is the parse of sentence si, numbered from 1 across the parse
// sentences it may have been split into.
func (d *doc) words(si int) []Word {
	var out []Word
	for _, ds := range d.parsed(si) {
		base := len(out)
		for _, w := range ds.words {
			head := 0
			if w.Head > 0 {
				head = base + w.Head
			}
			out = append(out, Word{ID: len(out) + 1, Form: w.Form, Lemma: w.Lemma, UPOS: w.UPOS, Head: head, Label: strings.ToLower(w.Deprel), Start: w.Start})
		}
	}
	return out
}

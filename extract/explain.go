package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Explanation says why an extraction made what it made: for each actor,
// statement, interaction, event and role, the evidence sentence with its
// offsets, the rule that read it (docs/EXPLAIN.md lists them), the cue
// words and the dependency arcs of its words; and, when asked, the
// candidates the rules turned down and why. Offsets are byte offsets
// into the article's text, as in graph.Evidence.
type Explanation struct {
	Article ExplainedArticle `json:"article"`
	// Parsed is false when the dependency parser was unavailable: no
	// arcs are shown and the rules that read the parse did not run.
	Parsed     bool                 `json:"parsed"`
	Sentences  []ExplainedSentence  `json:"sentences"`
	Actors     []ExplainedActor     `json:"actors"`
	Statements []ExplainedStatement `json:"statements"`
	Relations  []ExplainedRelation  `json:"relations"`
	Events     []ExplainedEvent     `json:"events"`
	Roles      []ExplainedRole      `json:"roles"`
	Objects    []ExplainedObject    `json:"objects"`
	// Rejected are the candidates rules considered and turned down, in
	// text order.
	Rejected []Rejected `json:"rejected"`
}

// ExplainedArticle is the article node as the batch stores it.
type ExplainedArticle struct {
	ID     graph.ID `json:"id"`
	Title  string   `json:"title"`
	Date   string   `json:"date,omitempty"`
	Source string   `json:"source,omitempty"`
	URL    string   `json:"url,omitempty"`
	Bytes  int      `json:"bytes"`
	// English is false when the text was not read as English, so that
	// nothing but the article was extracted.
	English bool `json:"english"`
}

// ExplainedSentence is one sentence of the text that an item refers to
// (every sentence, with ExplainOptions.Sentences).
type ExplainedSentence struct {
	Index  int    `json:"index"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Region string `json:"region"` // body, title, heading/list, dropped
	Text   string `json:"text"`
	// Words is the sentence's dependency parse, with
	// ExplainOptions.Sentences.
	Words []Word `json:"words,omitempty"`
}

// Word is one word of a parse: ID and Head number the words of the
// sentence from 1 (Head 0 is the root), as CoNLL-U does.
type Word struct {
	ID    int    `json:"id"`
	Form  string `json:"form"`
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	Head  int    `json:"head"`
	Label string `json:"label"`
	Start int    `json:"start"`
}

// ExplainOptions choose what an Explanation holds beyond the items.
type ExplainOptions struct {
	// Sentences lists every sentence of the text, not only those the
	// items name, each with its parse.
	Sentences bool
}

// Span is a piece of the text: [Start, End) in bytes, in sentence
// Sentence (-1 when it spans several).
type Span struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Ref names a stored node.
type Ref struct {
	ID    graph.ID `json:"id,omitempty"` // "" when not stored
	Label string   `json:"label"`
}

// Arc is one word of the dependency parse an item relied on: its role in
// the item (trigger, subject, object, speaker, participant), the word,
// its relation to its head and the head.
type Arc struct {
	Role  string `json:"role"`
	Word  string `json:"word"`
	Start int    `json:"start"`
	Lemma string `json:"lemma"`
	UPOS  string `json:"upos"`
	Label string `json:"label"` // the dependency relation to the head
	Head  string `json:"head"`  // the head word, "ROOT" for the root
	// HeadStart is the head word's offset, -1 for the root.
	HeadStart int `json:"head_start"`
}

// ExplainedActor is an actor with its mentions and where its aliases
// came from.
type ExplainedActor struct {
	Ref
	Type string `json:"type"`
	// Stored is false for actors named only in headings, lists or
	// tables, which the batch leaves out.
	Stored bool `json:"stored"`
	// NotStored says why an actor is not stored.
	NotStored string             `json:"not_stored,omitempty"`
	Aliases   []ExplainedAlias   `json:"aliases"`
	Mentions  []ExplainedMention `json:"mentions"`
	Merged    []ExplainedMerge   `json:"merged,omitempty"`
	Titles    []string           `json:"titles,omitempty"`
	Nouns     []string           `json:"nouns,omitempty"`
	Group     string             `json:"group,omitempty"` // the group class ("protest:", "gov:Russia")
}

// ExplainedAlias is one alias and where it came from.
type ExplainedAlias struct {
	Alias string `json:"alias"`
	From  string `json:"from"`
}

// ExplainedMention is one reference to an actor in the text.
type ExplainedMention struct {
	Span
	Rule string `json:"rule"` // the kind of mention (mention.* rules)
	// How tells how the mention was resolved to its actor.
	How string `json:"how"`
	// Group is true for a plural mention ("the two envoys") that stands
	// for several actors.
	Group bool `json:"group,omitempty"`
}

// ExplainedMerge is an actor folded into another after both were made.
type ExplainedMerge struct {
	From string `json:"from"`
	Rule string `json:"rule"`
}

// ExplainedStatement is a statement with its speakers.
type ExplainedStatement struct {
	Nodes    []graph.ID `json:"nodes"` // one statement node per stored speaker
	Speakers []Ref      `json:"speakers"`
	Content  Span       `json:"content"`
	Cue      string     `json:"cue"` // the verb of speech, "" for a quotation on its own
	Quote    bool       `json:"quote"`
	Rule     string     `json:"rule"`
	Evidence Span       `json:"evidence"`
	// Sentences are the first and last sentence the statement spans.
	Sentences [2]int `json:"sentences"`
	Arcs      []Arc  `json:"arcs"`
}

// Modality tells how the text presents an action and which cue decided.
type Modality struct {
	Modality string `json:"modality"`
	Cue      string `json:"cue,omitempty"`
	Rule     string `json:"rule,omitempty"` // the modality rule ("negation", "auxiliary", …)
}

// When tells the day an action happened and the words that gave it.
type When struct {
	Day string `json:"day,omitempty"`
	// From are the time words; From.Text is "" when the sentence gives
	// no day.
	From *Span `json:"from,omitempty"`
	// How: "nearest time expression to the trigger", or "day of the verb
	// of speech" when only the report was dated.
	How string `json:"how,omitempty"`
}

// ExplainedRelation is one interaction read from a sentence.
type ExplainedRelation struct {
	Edge     graph.ID `json:"edge,omitempty"` // "" when an end is not stored
	Source   Ref      `json:"source"`
	Class    string   `json:"class"`
	Target   Ref      `json:"target"`
	Trigger  Span     `json:"trigger"`
	Verb     string   `json:"verb"`
	Rule     string   `json:"rule"`
	Modality Modality `json:"modality"`
	When     When     `json:"when"`
	Evidence Span     `json:"evidence"`
	Arcs     []Arc    `json:"arcs"`
	// SpeaksFor is the person whose "we" or "our" made the source their
	// country ("our deals with Albania", said by a prime minister); nil
	// when the source acted in person.
	SpeaksFor *Ref `json:"speaks_for,omitempty"`
}

// ExplainedEvent is one event node, with each sentence that reports it.
type ExplainedEvent struct {
	Node         graph.ID               `json:"node"`
	Type         string                 `json:"type"`
	Participants []Ref                  `json:"participants"`
	Day          string                 `json:"day,omitempty"`
	Place        string                 `json:"place,omitempty"`
	Reports      []ExplainedEventReport `json:"reports"`
}

// ExplainedEventReport is one sentence's report of an event.
type ExplainedEventReport struct {
	Trigger      Span     `json:"trigger"`
	Rule         string   `json:"rule"`
	Participants []Ref    `json:"participants"`
	Modality     Modality `json:"modality"`
	When         When     `json:"when"`
	Place        string   `json:"place,omitempty"`
	Evidence     Span     `json:"evidence"`
	Arcs         []Arc    `json:"arcs"`
}

// ExplainedRole is a ROLE or FAMILY link read from a title construction
// or an appositive.
type ExplainedRole struct {
	Edge     graph.ID `json:"edge,omitempty"`
	Person   Ref      `json:"person"`
	Class    string   `json:"class"`
	Target   Ref      `json:"target"`
	Words    string   `json:"words"`
	Rule     string   `json:"rule"`
	Evidence Span     `json:"evidence"`
}

// ExplainedObject is a plan the article discusses, with the values it
// was revised to and who proposed and reviewed it.
type ExplainedObject struct {
	Node     graph.ID        `json:"node"`
	Label    string          `json:"label"`
	Type     string          `json:"type"`
	Rule     string          `json:"rule"`
	Evidence Span            `json:"evidence"`
	Values   []ExplainedLink `json:"values"`
	Proposed []ExplainedLink `json:"proposed"`
	Reviewed []ExplainedLink `json:"reviewed"`
}

// ExplainedLink is one edge of an object: to a value (REVISED_TO) or
// from an actor (PROPOSED, REVIEWED).
type ExplainedLink struct {
	Edge     graph.ID `json:"edge,omitempty"`
	Ref      Ref      `json:"ref"`
	Evidence Span     `json:"evidence"`
}

// Rejected is a candidate a rule considered and turned down.
type Rejected struct {
	Rule   string `json:"rule"`
	Reason string `json:"reason"`
	// At is the word the rule was reading (a trigger, a verb of speech,
	// a mention); its Text is "" when the rule looked at the sentence.
	At       Span `json:"at"`
	Evidence Span `json:"evidence"`
}

// Explain extracts a exactly as Extract does and also says why: it
// returns the batch Extract would return and its Explanation. Tracing
// costs explain alone; Extract runs without it.
func (x *Extractor) Explain(a graph.Article, opts ExplainOptions) (*graph.Batch, *Explanation, error) {
	if err := checkArticle(a); err != nil {
		return nil, nil, err
	}
	tr := &tracer{}
	d := &doc{tr: tr}
	x.run(d, a)
	return d.out, d.explain(a, tr, opts), nil
}

// explain builds the Explanation of a finished extraction.
func (d *doc) explain(a graph.Article, tr *tracer, opts ExplainOptions) *Explanation {
	d.ids = map[*actor]graph.ID{}
	for _, ac := range d.actors {
		if ac.strong {
			d.ids[ac], _ = d.actorID(ac)
		}
	}
	ex := &Explanation{
		Article: ExplainedArticle{ID: d.art, Title: d.pg.title, Date: d.date, Source: d.pg.source, URL: a.URL,
			Bytes: len(d.text), English: looksEnglish(d.toks) && !d.otherScriptOnly()},
		Parsed: parserReady(),
	}
	used := map[int]bool{}
	ex.Actors = d.explainActors(tr, used)
	ex.Statements = d.explainStatements(used)
	ex.Relations = d.explainRelations(used)
	ex.Events = d.explainEvents(used)
	ex.Roles = d.explainRoles(used)
	ex.Objects = d.explainObjects(used)
	ex.Rejected = d.explainRejected(tr, used)
	for si := range d.sents {
		if used[si] || opts.Sentences {
			es := d.explainSentence(si)
			if opts.Sentences {
				es.Words = d.words(si)
			}
			ex.Sentences = append(ex.Sentences, es)
		}
	}
	return ex
}

// regionNames name the kinds of line for readers.
var regionNames = map[region]string{rTitle: "title", rBody: "body", rAux: "heading/list", rDrop: "dropped"}

func (d *doc) explainSentence(si int) ExplainedSentence {
	s := d.sents[si]
	name := regionNames[d.sentRegion[si]]
	if name == "" {
		name = "other"
	}
	return ExplainedSentence{Index: si, Start: s.s, End: s.e, Region: name, Text: d.text[s.s:s.e]}
}

// sentSpan is sentence si as a Span, which marks it used.
func (d *doc) sentSpan(si int, used map[int]bool) Span {
	used[si] = true
	s := d.sents[si]
	return Span{Sentence: si, Start: s.s, End: s.e, Text: d.text[s.s:s.e]}
}

// tokSpan is tokens [a, b) of sentence si as a Span.
func (d *doc) tokSpan(si, a, b int) Span {
	if a < 0 || b <= a || b > len(d.toks) {
		return Span{Sentence: si, Start: -1, End: -1}
	}
	return Span{Sentence: si, Start: d.toks[a].s, End: d.toks[b-1].e, Text: d.text[d.toks[a].s:d.toks[b-1].e]}
}

// ref names actor a as the batch stores it.
func (d *doc) ref(a *actor) Ref {
	if a == nil {
		return Ref{}
	}
	return Ref{ID: d.ids[a], Label: d.label(a)}
}

// label is the stored label of a: its canonical name, or for an
// article's own group the name with the article.
func (d *doc) label(a *actor) string {
	_, l := d.actorID(a)
	return l
}

func (d *doc) refList(as []*actor) []Ref {
	out := make([]Ref, 0, len(as))
	for _, a := range as {
		out = append(out, d.ref(a))
	}
	return out
}

// edgeID is the ID of the stored edge src -class-> dst, "" when an end is
// not stored.
func (d *doc) edgeID(src graph.ID, class graph.EdgeClass, dst graph.ID) graph.ID {
	if src == "" || dst == "" || src == dst {
		return ""
	}
	s, t := graph.Orient(src, class, dst)
	return graph.EdgeID(s, class, t)
}

// modality explains md.
func (d *doc) modality(si int, md modal, used map[int]bool) (Modality, When) {
	_, c, tx := d.modalDetail(si, md.at, md.nominal)
	m := Modality{Modality: md.mod.Name(), Cue: c.cue, Rule: c.rule}
	if md.byParse {
		m.Cue, m.Rule = "", "parse clause"
	}
	w := When{Day: md.when}
	if tx.at >= 0 && tx.day != "" {
		s := d.sents[si]
		sp := d.tokSpan(si, s.a+tx.at, s.a+tx.end)
		w.From = &sp
		w.How = "nearest time expression to the trigger"
		if tx.said {
			w.How = "day of the verb of speech (the sentence gives no other)"
		}
	}
	return m, w
}

// sortedStrings returns the keys of m in order.
func sortedStrings(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// mentionKinds name the rules that make mentions, by segment kind.
var mentionKinds = map[skind]string{
	sGaz: "mention.gazetteer", sOrg: "mention.organisation", sName: "mention.name",
	sPron: "mention.pronoun", sGroup: "mention.group", sDesc: "mention.description",
}

// mentionRule names the rule that made mention m.
func mentionRule(m *mention) string {
	switch {
	case m.kind == sName && m.surname != "":
		return "mention.single-name"
	case m.kind == sName && m.cand.typ == graph.Organization:
		return "mention.name-as-organisation"
	}
	if r := mentionKinds[m.kind]; r != "" {
		return r
	}
	return "mention.other"
}

// mentionHow tells how mention m came to stand for actor a.
func (d *doc) mentionHow(m *mention, a *actor) string {
	if how := d.resolvedHow(m, a); how != "" {
		return how
	}
	n := len(m.group)
	if m.act == nil && m.group == nil {
		n = len(d.tr.refs[m])
	}
	switch {
	case m.kind == sPron && m.act != nil:
		return "possessive \"" + m.pron + "\": the organisation or country named nearest before it"
	case m.kind == sPron:
		return "pronoun \"" + m.pron + "\": the person in focus, or the nearest fitting actor before it"
	case m.kind == sDesc && n > 1:
		return "plural description: the last " + itoa(n) + " actors named together or that dealt with each other"
	case m.kind == sDesc:
		return "description: the nearest actor before it of the kind it names"
	case n > 1:
		return "plural mention standing for " + itoa(n) + " actors"
	}
	if m.kind == sName && m.surname != "" {
		if d.fold(m.surname) == d.fold(a.canon) {
			return "single name that speaks or acts, made an organisation"
		}
		if full := d.x.gaz.leaders[d.fold(m.surname)]; full == a.canon {
			return "surname of a known office holder"
		}
		return "single name matched to a word of the full name " + a.canon
	}
	if m.cand.canon != "" && d.fold(m.cand.canon) != d.fold(a.canon) {
		for _, mg := range d.tr.merges {
			if d.fold(mg.from) == d.fold(m.cand.canon) {
				return "named " + m.cand.canon + ", merged (" + mg.why + ")"
			}
		}
		return "named " + m.cand.canon + ", known by that name or alias"
	}
	if m.kind == sGaz {
		return "gazetteer form of " + a.canon
	}
	return "names the actor"
}

// explainActors lists the actors in order of first mention with their
// mentions, aliases and merges.
func (d *doc) explainActors(tr *tracer, used map[int]bool) []ExplainedActor {
	var out []ExplainedActor
	for _, a := range d.actors {
		ea := ExplainedActor{Ref: d.ref(a), Type: string(a.typ), Stored: d.ids[a] != "", Titles: sortedStrings(a.titles), Nouns: sortedStrings(a.nouns)}
		if !ea.Stored {
			ea.NotStored = notStoredReason(a)
		}
		if a.typ == graph.Group {
			ea.Group = a.class
		}
		for _, m := range d.ments {
			group := false
			for _, g := range m.group {
				group = group || g == a
			}
			resolved := false
			if m.act == nil && m.group == nil {
				for _, x := range tr.refs[m] {
					resolved = resolved || x == a
				}
				group = resolved && len(tr.refs[m]) > 1
			}
			if m.act != a && !group && !resolved {
				continue
			}
			used[m.sent] = true
			em := ExplainedMention{Span: d.tokSpan(m.sent, m.ha, m.hb), Rule: mentionRule(m), How: d.mentionHow(m, a), Group: group}
			ea.Mentions = append(ea.Mentions, em)
		}
		for _, mg := range tr.merges {
			if mg.to == a.canon || a.folded[d.fold(mg.to)] {
				ea.Merged = append(ea.Merged, ExplainedMerge{From: mg.from, Rule: mg.why})
			}
		}
		for _, al := range a.aliases {
			if al == ea.Label {
				continue
			}
			ea.Aliases = append(ea.Aliases, ExplainedAlias{Alias: al, From: d.aliasFrom(a, al, tr)})
		}
		out = append(out, ea)
	}
	return out
}

// aliasFrom tells where alias al of actor a came from.
func (d *doc) aliasFrom(a *actor, al string, tr *tracer) string {
	for _, mg := range tr.merges {
		if mg.to == a.canon && mg.from == al {
			return "the actor " + al + ", merged (" + mg.why + ")"
		}
	}
	for _, m := range d.ments {
		if m.act != a {
			continue
		}
		sp := d.tokSpan(m.sent, m.a, m.b)
		hs := d.tokSpan(m.sent, m.ha, m.hb)
		if sp.Text == al || hs.Text == al || m.cand.alias == al || m.surname == al {
			return "mention in sentence " + itoa(m.sent) + " (" + mentionRule(m) + ")"
		}
	}
	if strings.HasSuffix(al, " "+lastWord(a.canon)) || strings.HasSuffix(a.canon, lastWord(al)) {
		return "title and name, or an earlier shorter name (the fullest is the label)"
	}
	if strings.HasPrefix(a.canon, al+" ") {
		return "the name without its company head or suffix"
	}
	if r := derivedAliasRule(a, al); r != "" {
		return "derived from the name (" + r + ")"
	}
	return "derived from the name (gazetteer or title form)"
}

// Remap rewrites the actor IDs of ex by remap (what graph.Resolve
// returns when the batch is resolved against a store, so that the IDs
// are those stored) and the IDs of the edges that end at them.
func (ex *Explanation) Remap(remap map[graph.ID]graph.ID) {
	if len(remap) == 0 {
		return
	}
	id := func(r *Ref) {
		if to, ok := remap[r.ID]; ok {
			r.ID = to
		}
	}
	edge := func(e *graph.ID, src graph.ID, class graph.EdgeClass, dst graph.ID) {
		if *e != "" {
			s, t := graph.Orient(src, class, dst)
			*e = graph.EdgeID(s, class, t)
		}
	}
	for i := range ex.Actors {
		id(&ex.Actors[i].Ref)
	}
	for i := range ex.Statements {
		for j := range ex.Statements[i].Speakers {
			id(&ex.Statements[i].Speakers[j])
		}
	}
	for i := range ex.Relations {
		r := &ex.Relations[i]
		id(&r.Source)
		id(&r.Target)
		edge(&r.Edge, r.Source.ID, graph.EdgeClass(r.Class), r.Target.ID)
	}
	for i := range ex.Events {
		e := &ex.Events[i]
		for j := range e.Participants {
			id(&e.Participants[j])
		}
		for j := range e.Reports {
			for k := range e.Reports[j].Participants {
				id(&e.Reports[j].Participants[k])
			}
		}
	}
	for i := range ex.Roles {
		r := &ex.Roles[i]
		id(&r.Person)
		id(&r.Target)
		edge(&r.Edge, r.Person.ID, graph.EdgeClass(r.Class), r.Target.ID)
	}
	for i := range ex.Objects {
		o := &ex.Objects[i]
		for j := range o.Proposed {
			id(&o.Proposed[j].Ref)
			edge(&o.Proposed[j].Edge, o.Proposed[j].Ref.ID, graph.Proposed, o.Node)
		}
		for j := range o.Reviewed {
			id(&o.Reviewed[j].Ref)
			edge(&o.Reviewed[j].Edge, o.Reviewed[j].Ref.ID, graph.Reviewed, o.Node)
		}
	}
}

// Focus keeps in ex only what made node or edge id (an actor, a
// statement, an event, an object, or an edge between them) and the
// actors those items name, and reports whether anything did.
func (ex *Explanation) Focus(id graph.ID) bool {
	keep := map[graph.ID]bool{id: true}
	names := func(rs ...Ref) {
		for _, r := range rs {
			keep[r.ID] = true
		}
	}
	has := func(rs ...Ref) bool {
		for _, r := range rs {
			if r.ID == id {
				return true
			}
		}
		return false
	}
	found := false
	var sts []ExplainedStatement
	for _, s := range ex.Statements {
		match := has(s.Speakers...)
		for _, n := range s.Nodes {
			match = match || n == id
		}
		if match {
			sts = append(sts, s)
			names(s.Speakers...)
		}
	}
	var rels []ExplainedRelation
	for _, r := range ex.Relations {
		if r.Edge == id || has(r.Source, r.Target) {
			rels = append(rels, r)
			names(r.Source, r.Target)
		}
	}
	var evs []ExplainedEvent
	for _, e := range ex.Events {
		if e.Node == id || has(e.Participants...) {
			evs = append(evs, e)
			names(e.Participants...)
		}
	}
	var roles []ExplainedRole
	for _, r := range ex.Roles {
		if r.Edge == id || has(r.Person, r.Target) {
			roles = append(roles, r)
			names(r.Person, r.Target)
		}
	}
	var objs []ExplainedObject
	for _, o := range ex.Objects {
		match := o.Node == id
		for _, l := range append(append(o.Values, o.Proposed...), o.Reviewed...) {
			match = match || l.Edge == id || l.Ref.ID == id
		}
		if match {
			objs = append(objs, o)
			for _, l := range append(o.Proposed, o.Reviewed...) {
				names(l.Ref)
			}
		}
	}
	var actors []ExplainedActor
	for _, a := range ex.Actors {
		if keep[a.ID] && a.ID != "" {
			actors = append(actors, a)
		}
	}
	found = len(sts)+len(rels)+len(evs)+len(roles)+len(objs)+len(actors) > 0
	ex.Statements, ex.Relations, ex.Events, ex.Roles, ex.Objects, ex.Actors = sts, rels, evs, roles, objs, actors
	ex.Rejected = nil
	used := map[int]bool{}
	mark := func(s Span) {
		if s.Sentence >= 0 {
			used[s.Sentence] = true
		}
	}
	for _, a := range actors {
		for _, m := range a.Mentions {
			mark(m.Span)
		}
	}
	for _, s := range sts {
		mark(s.Evidence)
	}
	for _, r := range rels {
		mark(r.Evidence)
	}
	for _, e := range evs {
		for _, r := range e.Reports {
			mark(r.Evidence)
		}
	}
	for _, r := range roles {
		mark(r.Evidence)
	}
	for _, o := range objs {
		mark(o.Evidence)
	}
	var sents []ExplainedSentence
	for _, s := range ex.Sentences {
		if used[s.Index] {
			sents = append(sents, s)
		}
	}
	ex.Sentences = sents
	return found
}

// resolvedHow tells how the resolver (resolve.go) took pronoun or
// description m for a: its rule and the mention that named a last
// before it; "" when the resolver did not decide m.
func (d *doc) resolvedHow(m *mention, a *actor) string {
	if m.ref.rule == "" || m.kind != sPron && m.kind != sDesc {
		return ""
	}
	how := "resolved by rule " + m.ref.rule
	for _, x := range m.ref.ante {
		if x.act == a || x.act == nil {
			sp := d.tokSpan(x.sent, x.ha, x.hb)
			return how + ", antecedent " + strconv.Quote(sp.Text) + " in sentence " + itoa(x.sent)
		}
	}
	return how
}

package extract

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/nlp"
)

// KnownActor is an extra gazetteer entry: an actor the extractor should
// recognise by name and aliases (a local party, a company).
type KnownActor struct {
	Name    string
	Type    graph.ActorType // organization when empty
	Aliases []string
}

// Options configure an Extractor. The zero value is the default.
type Options struct {
	// Actors adds entries to the built-in gazetteer of countries,
	// organisations and office holders. A person entry makes its surname
	// alone resolve to the full name.
	Actors []KnownActor
	// NoReportedSpeech keeps only verbatim quotations as statements, not
	// "X said (that) …" clauses.
	NoReportedSpeech bool
	// NoAccordingTo leaves "…, according to X" unread. By default it is a
	// statement of X when X is a named actor (documents and unnamed
	// sources name none).
	NoAccordingTo bool
	// KeepBoilerplate reads every line of the text as running text,
	// skipping the page clean-up (for text known to be clean).
	KeepBoilerplate bool
	// MaxStatementBytes drops statements longer than this (0: 4000).
	MaxStatementBytes int
}

// Extractor turns articles into batches. It is safe for concurrent use:
// its lexicons are built once by New and only read afterwards.
type Extractor struct {
	opts Options
	gaz  *gazetteer
}

// New builds an Extractor with its gazetteers and lexicons.
func New(opts Options) *Extractor {
	if opts.MaxStatementBytes <= 0 {
		opts.MaxStatementBytes = 4000
	}
	return &Extractor{opts: opts, gaz: newGazetteer(opts.Actors)}
}

// doc is the state of one extraction.
type doc struct {
	x          *Extractor
	text       string
	art        graph.ID
	date       string
	pg         page
	toks       []token
	sents      []sentence
	sentRegion []region
	inQuote    []bool
	segs       [][]segment
	// resolveEpoch numbers the calls of resolve made by no other
	// (resolveDepth 0): within one, a mention that found nothing
	// without meeting a mention being resolved is not tried again. A
	// pronoun asks its sentence's subject, which may be a pronoun that
	// asks the subject before it, and so on: with no actor in reach,
	// each retried every one before it, twice the work for each pronoun
	// of the sentence (a 100-token run of "he met them and said" did not
	// end in ten minutes; now 0.2 s, and 250 tokens about 4 s: each call
	// from outside still tries the pronouns before its own once).
	// resolveCycles counts the answers refused to a rule asking about a
	// mention being resolved.
	resolveEpoch  uint32
	resolveDepth  int
	resolveCycles int
	// captionLines says, for each line asked about, whether it is a
	// picture's caption (captionSent).
	captionLines map[int]bool
	orgNames     map[string]bool   // folded names of organisations seen so far
	storms       map[string]bool   // folded given names of storms (stormName)
	unitNames    map[string]string // folded name of a unit → its organisation's name (noteNamedUnit)
	// privateBodies maps a nationality and a noun of privateRoles ("US
	// team") to the body the text named with them ("US team Cloud9";
	// notePrivateBody).
	privateBodies map[string]string
	// dateline is the country the article's dateline names, once
	// datelineDone (datelineCountry).
	dateline     *actor
	datelineName string // the dateline's country, an actor of the article or not
	datelineDone bool
	// wordSurnames are the surnames, and the full names, in lower case,
	// of persons whose surname is also a place or a month ("jordan", "jim
	// jordan"; noteWordSurname).
	wordSurnames map[string]bool
	lineStart    []int // line index → its first token, -1 for a line with none (lineStartOf)

	actors        []*actor
	byKey         map[string]*actor
	ments         []*mention
	roles         []roleLink
	envoys        []roleLink
	pendingTitles []pendingTitle
	// unnamedBodies are the bodies made for descriptions of a kind the
	// text names no body of, by kind and country ("police|Georgia";
	// unnamed_bodies.go).
	unnamedBodies map[string]*actor
	lastUnnamed   map[string]*actor // kind → the body made last for it

	// offices are the national offices written without their country
	// (nationalOfficeRoles), read once after the sentences: reading them
	// may make a country an actor (paragraphCountry), which must happen
	// before the batch gives the actors their IDs.
	offices []roleLink

	parses map[int][]depSent // sentence index → its parse, parsed once (parse.go)
	// lastOrgVerb: sentence index → byte offset, from the sentence's
	// start, of its last word that may be an organisation's verb, -1
	// when none (orgVerbAfter, actors_orgs.go)
	lastOrgVerb map[int]int
	// tagged holds sentences tagged but not parsed yet, whose tags told
	// a reader it need not parse them (taggedSentence); a later reader
	// that asks for the parse parses them from these tags.
	tagged map[int]*nlp.Tagged
	// parseOneByOne leaves every parse to the first reader that asks for
	// it, with no batch ahead (tests compare the two ways).
	parseOneByOne bool
	texts         [][]string        // each sentence's words, when asked for (tokenTexts)
	times         [][2][]timex      // each sentence's time expressions, back and ahead (timesOf)
	timesFound    [][2]bool         // which of times are found
	timeLowered   [][]string        // each sentence's words as the time rules read them (timeLows)
	lower         map[string]bool   // the words written in lower case (lowerWords)
	lowered       []sentenceWords   // each sentence's words and their lower-case forms (sentenceWords)
	gazHits       [][]gazHit        // the gazetteer forms read from each token (gazHitsAt)
	gazDone       []bool            // which tokens' gazHits are read
	folds         map[string]string // graph.Fold of the names folded so far (fold)
	placeAfter    [2][]int          // where " in " and " near " occur in text (writtenAsPlace)
	placeFound    bool              // whether placeAfter is found

	// fields holds strings.Fields of the names split so far (fieldsOf).
	fields map[string][]string

	// readEveryParse parses every sentence a parse's reader may read,
	// also those it provably reads nothing from (maySkipParse; tests
	// compare the two ways).
	readEveryParse bool
	// checkPersons makes personsIn compare each list it keeps for the
	// role rules with the list made afresh (tests: kept_persons_test.go).
	checkPersons bool

	tr *tracer // what the rules did, for Explain; nil when extracting

	stmts  []stmt
	rels   []rel
	events []event
	objs   []object

	// aidTopics are the recipients of gifts whose giver is no actor, and
	// of aid carried to a gift that names no recipient
	// (implied_recipient.go).
	aidTopics []aidTopic

	out *graph.Batch        // the batch made (run)
	ids map[*actor]graph.ID // stored actors' IDs (explain)
}

// Extract reads one article. The text must not be empty; everything else
// is optional (title and date are detected from the text when missing).
func (x *Extractor) Extract(a graph.Article) (*graph.Batch, error) {
	if err := checkArticle(a); err != nil {
		return nil, err
	}
	// The doc stays on the stack: run keeps no pointer to it.
	d := doc{tr: nil}
	x.run(&d, a)
	return d.out, nil
}

// checkArticle refuses an article without text, naming it.
func checkArticle(a graph.Article) error {
	if strings.TrimSpace(a.Text) != "" {
		return nil
	}
	origin := a.Origin
	if origin == "" {
		origin = strconv.Quote(a.Title)
	}
	return graph.Errorf("extract", graph.Invalid, "article %s: empty text", origin)
}

// run extracts a into d, whose tracer (Explain) is set or nil, and
// leaves the batch in d.out.
func (x *Extractor) run(d *doc, a graph.Article) {
	d.x, d.text, d.art = x, a.Text, graph.ArticleID(a.Text)
	d.byKey, d.orgNames = map[string]*actor{}, map[string]bool{}
	d.pg = cleanPage(a.Text, articleMeta{title: a.Title, published: a.Published, source: a.Source})
	if x.opts.KeepBoilerplate {
		for i := range d.pg.lines {
			if d.pg.lines[i].kind != rTitle {
				d.pg.lines[i].kind = rBody
			}
		}
	}
	d.date = d.pg.date
	d.split()
	// The rules read English; other languages are stored as articles
	// without actors rather than with invented ones.
	if looksEnglish(d.toks) {
		d.collect()
		d.resolveNames()
		d.hyphenModifiers() // hyphen_backers.go
		d.read()
		d.seatHosts() // hyphen_backers.go
		d.idleUnnamedBodies()
		d.qualifyNationalBodies()
		d.offices = d.nationalOfficeRoles()
		d.offices = append(d.offices, d.judgeCourtRoles(append(append([]roleLink(nil), d.roles...), d.offices...))...) // judge_court.go
	}
	d.out = d.batch(a)
}

// split tokenises the kept lines and splits them into sentences.
func (d *doc) split() {
	d.toks = make([]token, 0, len(d.text)/5)
	for li, l := range d.pg.lines {
		if l.kind == rDrop {
			continue
		}
		a := len(d.toks)
		d.toks = tokenize(d.text, l.s, l.e, d.toks)
		n0 := len(d.sents)
		d.sents = splitSentences(d.toks, a, len(d.toks), li, d.sents)
		for range d.sents[n0:] {
			d.sentRegion = append(d.sentRegion, l.kind)
		}
	}
	d.segs = make([][]segment, len(d.sents))
	d.lineStart = make([]int, len(d.pg.lines))
	for i := range d.lineStart {
		d.lineStart[i] = -1
	}
	for _, s := range d.sents {
		if d.lineStart[s.line] < 0 {
			d.lineStart[s.line] = s.a
		}
	}
	// Quotation state per token: double quotes, within a line; an
	// unclosed quote runs to the end of its line.
	d.inQuote = make([]bool, len(d.toks)+1)
	for _, s := range d.lineRanges() {
		in := false
		for i := s[0]; i < s[1]; i++ {
			switch d.toks[i].kind {
			case tOpenQ:
				in = true
				continue
			case tCloseQ:
				in = false
				continue
			}
			d.inQuote[i] = in
		}
	}
}

// lineRanges returns the token ranges of the kept lines.
func (d *doc) lineRanges() [][2]int {
	var out [][2]int
	if len(d.sents) == 0 {
		return nil
	}
	cur := [2]int{d.sents[0].a, d.sents[0].b}
	line := d.sents[0].line
	for _, s := range d.sents[1:] {
		if s.line == line {
			cur[1] = s.b
			continue
		}
		out = append(out, cur)
		cur = [2]int{s.a, s.b}
		line = s.line
	}
	return append(out, cur)
}

// evidence builds the evidence of sentence si.
func (d *doc) evidence(si int, verb string) graph.Evidence {
	s := d.sents[si]
	return graph.Evidence{Article: d.art, Sentence: d.text[s.s:s.e], Start: s.s, End: s.e, Verb: verb, Date: d.date}
}

// batch assembles the graph batch.
func (d *doc) batch(a graph.Article) *graph.Batch {
	title := d.pg.title
	b := &graph.Batch{Text: d.text}
	b.Article = graph.Node{ID: d.art, Kind: graph.KindArticle, Label: title, Date: d.date, URL: a.URL, Source: d.pg.source}
	ids := map[*actor]graph.ID{}
	for _, ac := range d.actors {
		if !ac.strong {
			continue
		}
		id, label := d.actorID(ac)
		aliases := append([]string(nil), ac.aliases...)
		if label != ac.canon {
			// The bare name stays an alias for readers; graph.Resolve
			// looks up one-word aliases only for one-word labels, so it
			// merges nothing into this group.
			aliases = append(aliases, ac.canon)
		}
		ids[ac] = id
		aliases = dedupeFold(label, aliases)
		b.Nodes = append(b.Nodes, graph.Node{ID: id, Kind: graph.KindActor, Label: label, Type: string(ac.typ), Aliases: aliases})
	}
	// About the edges the batch will hold (a mention for each actor,
	// a speaker's and a topic's for each statement, the participants of
	// each event and object): room made once rather than grown.
	eb := newEdgeBuilder(b, len(d.actors)+len(d.roles)+len(d.envoys)+len(d.rels)+3*(len(d.stmts)+len(d.events)+len(d.objs)))
	// MENTIONS: first mention of each actor, in running text first.
	firstSent := map[*actor]int{}
	for _, m := range d.ments {
		if m.act == nil || ids[m.act] == "" {
			continue
		}
		if s, ok := firstSent[m.act]; !ok || (d.sentRegion[s] != rBody && d.sentRegion[m.sent] == rBody && false) {
			firstSent[m.act] = m.sent
		}
	}
	for _, ac := range d.actors {
		if si, ok := firstSent[ac]; ok {
			eb.add(d.art, graph.Mentions, ids[ac], d.evidence(si, ""))
		}
	}
	for _, rl := range d.roles {
		if rl.person.act == nil || rl.target.act == nil || ids[rl.person.act] == "" || ids[rl.target.act] == "" || rl.person.act == rl.target.act {
			continue
		}
		if rl.class == graph.Role && rl.target.act.typ == graph.Person {
			continue
		}
		eb.add(ids[rl.person.act], rl.class, ids[rl.target.act], d.withResolved(d.evidence(rl.sent, rl.verb), ids, rl.sent, rl.sent, rl.person.act, rl.target.act))
	}
	// Envoys act for their sender's country.
	for _, rl := range d.envoys {
		if rl.person.act == nil || rl.target.act == nil || ids[rl.person.act] == "" {
			continue
		}
		for _, c := range sortedKeys(rl.target.act.roleCountries) {
			if ca := d.byKey[d.fold(c)]; ca != nil && ids[ca] != "" {
				eb.add(ids[rl.person.act], graph.Role, ids[ca], d.withResolved(d.evidence(rl.sent, rl.verb), ids, rl.sent, rl.sent, rl.person.act, ca))
			}
		}
	}
	d.emitStatements(b, eb, ids)
	d.emitRelations(eb, ids)
	d.emitEvents(b, eb, ids)
	d.emitObjects(b, eb, ids)
	b.Edges = eb.edges()
	return b
}

// actorID returns the ID and label actor ac is stored under.
func (d *doc) actorID(ac *actor) (graph.ID, string) {
	if ac.typ == graph.Group && strings.HasSuffix(ac.class, ":") {
		// Unqualified groups ("protesters") are the article's own:
		// protesters in Tokyo are not protesters in Nairobi. The label
		// says where they come from, so that neither the ID nor the name
		// index merges them across articles.
		return graph.NodeID(graph.KindActor, string(d.art)+"|"+d.fold(ac.canon)), ac.canon + " (" + d.scopeName() + ")"
	}
	return graph.ActorID(ac.canon), ac.canon
}

// scopeName names the article for article-scoped actors: the first words
// of its title, or its ID.
func (d *doc) scopeName() string {
	w := strings.Fields(d.pg.title)
	if len(w) == 0 {
		return string(d.art)
	}
	if len(w) > 6 {
		return strings.Join(w[:6], " ") + "…"
	}
	return strings.Join(w, " ")
}

func dedupeFold(canon string, in []string) []string {
	seen := map[string]bool{canon: true}
	var out []string
	for _, s := range in {
		if seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// edgeBuilder merges edges with the same (source, class, target) and
// keeps them in first-seen order. An edge's pieces of evidence are
// appended as they come and merged once, by graph.MergeEvidence, in
// edges(): merging each new piece into the whole list, sorted again,
// cost the square of an edge's evidence (one edge stated by each of
// 2,000 sentences took seconds), and merging them all at once gives
// the same list.
type edgeBuilder struct {
	b     *graph.Batch
	index map[graph.ID]int
	list  []graph.Edge
}

// newEdgeBuilder makes an edge builder with room for about n edges.
func newEdgeBuilder(b *graph.Batch, n int) *edgeBuilder {
	return &edgeBuilder{b: b, index: make(map[graph.ID]int, n), list: make([]graph.Edge, 0, n)}
}

func (e *edgeBuilder) add(src graph.ID, class graph.EdgeClass, dst graph.ID, ev graph.Evidence) {
	if src == "" || dst == "" || src == dst {
		return
	}
	src, dst = graph.Orient(src, class, dst)
	id := graph.EdgeID(src, class, dst)
	if i, ok := e.index[id]; ok {
		e.list[i].Evidence = append(e.list[i].Evidence, ev)
		return
	}
	e.index[id] = len(e.list)
	e.list = append(e.list, graph.Edge{ID: id, Source: src, Target: dst, Class: class, Verb: ev.Verb, Evidence: []graph.Evidence{ev}})
}

// edges returns the edges built, nil when there are none (as before the
// list had room made for it: a batch's Edges is nil, not empty), each
// one's evidence in graph.MergeEvidence's order (article, then offsets:
// no two pieces have the same).
func (e *edgeBuilder) edges() []graph.Edge {
	if len(e.list) == 0 {
		return nil
	}
	for i := range e.list {
		if len(e.list[i].Evidence) > 1 {
			e.list[i].Evidence = graph.MergeEvidence(e.list[i].Evidence, nil)
		}
	}
	return e.list
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// fold is graph.Fold, remembered for the article: the name rules fold
// the same names again and again (every mention's, every actor's).
func (d *doc) fold(name string) string {
	if f, ok := d.folds[name]; ok {
		return f
	}
	if d.folds == nil {
		d.folds = map[string]string{}
	}
	f := graph.Fold(name)
	d.folds[name] = f
	return f
}

// fieldsOf is strings.Fields, remembered for the article: the name
// rules split the same canonical names at every actor, and some at
// every mention or every other actor. Callers only read the words.
func (d *doc) fieldsOf(s string) []string {
	if w, ok := d.fields[s]; ok {
		return w
	}
	if d.fields == nil {
		d.fields = map[string][]string{}
	}
	w := strings.Fields(s)
	d.fields[s] = w
	return w
}

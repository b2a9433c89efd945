package graph

import "sort"

// ID identifies a node or an edge. IDs are opaque to clients but
// deterministic, so that re-ingesting an article reproduces them.
type ID string

// NodeKind is one of the five kinds of node of the ontology.
type NodeKind string

// The node kinds of ONTOLOGY.md.
const (
	KindActor     NodeKind = "actor"
	KindStatement NodeKind = "statement"
	KindEvent     NodeKind = "event"
	KindObject    NodeKind = "object"
	KindArticle   NodeKind = "article"
)

// NodeKinds lists every node kind in a stable order.
var NodeKinds = []NodeKind{KindActor, KindStatement, KindEvent, KindObject, KindArticle}

// Valid reports whether k is one of the known kinds.
func (k NodeKind) Valid() bool {
	for _, x := range NodeKinds {
		if k == x {
			return true
		}
	}
	return false
}

// ActorType says what sort of actor an Actor node is.
type ActorType string

// The actor types of ONTOLOGY.md.
const (
	Person       ActorType = "person"
	Organization ActorType = "organization"
	Country      ActorType = "country"
	Group        ActorType = "group"
)

// ActorTypes lists every actor type in a stable order.
var ActorTypes = []ActorType{Person, Organization, Country, Group}

// EdgeClass is the closed set of edge classes of ONTOLOGY.md.
type EdgeClass string

// Interaction classes between actors (PLOVER-aligned).
const (
	Consult   EdgeClass = "CONSULT"
	Agree     EdgeClass = "AGREE"
	Support   EdgeClass = "SUPPORT"
	Request   EdgeClass = "REQUEST"
	Accuse    EdgeClass = "ACCUSE"
	Reject    EdgeClass = "REJECT"
	Threaten  EdgeClass = "THREATEN"
	Protest   EdgeClass = "PROTEST"
	Sanction  EdgeClass = "SANCTION"
	Assault   EdgeClass = "ASSAULT"
	Cooperate EdgeClass = "COOPERATE"
	Aid       EdgeClass = "AID"
)

// Structural classes between actors.
const (
	Role   EdgeClass = "ROLE"
	Family EdgeClass = "FAMILY"
)

// Other edges: speech, aboutness, participation, proposals and provenance.
const (
	Stated         EdgeClass = "STATED"
	About          EdgeClass = "ABOUT"
	ParticipatedIn EdgeClass = "PARTICIPATED_IN"
	Proposed       EdgeClass = "PROPOSED"
	Reviewed       EdgeClass = "REVIEWED"
	RevisedTo      EdgeClass = "REVISED_TO"
	Mentions       EdgeClass = "MENTIONS"
)

// EdgeClasses lists every class in a stable order: interactions first,
// then structural, then the others.
var EdgeClasses = []EdgeClass{
	Consult, Agree, Support, Request, Accuse, Reject, Threaten, Protest,
	Sanction, Assault, Cooperate, Aid, Role, Family,
	Stated, About, ParticipatedIn, Proposed, Reviewed, RevisedTo, Mentions,
}

// Valid reports whether c is one of the known classes.
func (c EdgeClass) Valid() bool {
	for _, x := range EdgeClasses {
		if c == x {
			return true
		}
	}
	return false
}

// Symmetric reports whether the class has no direction (A CONSULT B is
// B CONSULT A); such edges are stored once, with the smaller ID as source.
func (c EdgeClass) Symmetric() bool {
	switch c {
	case Consult, Agree, Cooperate, Family:
		return true
	}
	return false
}

// BetweenActors reports whether the class links two actors (the
// interaction and structural classes).
func (c EdgeClass) BetweenActors() bool {
	switch c {
	case Stated, About, ParticipatedIn, Proposed, Reviewed, RevisedTo, Mentions:
		return false
	}
	return c.Valid()
}

// Node is a vertex of the graph. Kind-specific fields are empty for the
// kinds they do not apply to.
type Node struct {
	ID   ID       `json:"id"`
	Kind NodeKind `json:"kind"`
	// Label is what a user sees: an actor's canonical name, an article's
	// title, a short form of a statement, an event's or object's name.
	Label string `json:"label"`
	// Type is the actor type for actors, the event type for events
	// ("call", "meeting", "attack", ...) and the object type for objects
	// ("plan", "document", "facility", "value").
	Type string `json:"type,omitempty"`
	// Aliases are the other surface forms of an actor.
	Aliases []string `json:"aliases,omitempty"`
	// Text is a statement's exact words.
	Text string `json:"text,omitempty"`
	// Date is an event's date or an article's publication date (YYYY-MM-DD).
	Date string `json:"date,omitempty"`
	// Place is where an event happened.
	Place string `json:"place,omitempty"`
	// URL and Source describe an article.
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	// Article is the article a statement, event or object was read from.
	Article ID `json:"article,omitempty"`
	// Attrs holds further kind-specific values (an object's point count).
	Attrs map[string]string `json:"attrs,omitempty"`
}

// Evidence ties an edge to the place in an article it was read from.
// Start and End are byte offsets into the article's text, and
// text[Start:End] is exactly Sentence.
type Evidence struct {
	Article  ID     `json:"article"`
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	// Verb is the raw phrase this piece of evidence was read from.
	Verb string `json:"verb,omitempty"`
	// Date is the article's publication date, so that edges know when
	// they were first and last seen without loading the article.
	Date string `json:"date,omitempty"`
	// Modality is how the sentence presents the fact (asserted when
	// empty); see Modality.
	Modality Modality `json:"modality,omitempty"`
	// When is the date the action happened or is to happen, when the
	// sentence gives one, normalised against Date: "2026-11-27", or
	// coarser, "2026-11" or "2026".
	When string `json:"when,omitempty"`
	// Resolved tells, for each end of the edge (or speaker of a
	// statement) that the sentence does not name but refers to with a
	// pronoun, a description or a metonym, how it was found: "he"
	// (pronoun rule) ← "Rustem Umerov" in the sentence before. Empty
	// when the sentence names every end.
	Resolved []Resolution `json:"resolved,omitempty"`
}

// Resolution records how a mention that does not name its actor ("he",
// "the company", "the Kremlin") was taken to refer to Actor. Offsets
// are byte offsets into the article's text, as Evidence's are.
type Resolution struct {
	// Actor is the actor the mention was resolved to (an end of the
	// edge).
	Actor ID `json:"actor"`
	// Mention is the text of the mention in the evidence, and Start and
	// End its offsets.
	Mention string `json:"mention"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	// Rule names the resolution rule that decided (docs/EXPLAIN.md):
	// "pronoun:personal", "description:organisation", "metonym", ….
	Rule string `json:"rule"`
	// Antecedent is the last mention before Mention that names Actor,
	// with its offsets; empty for a metonym, which its lexicon resolves.
	Antecedent      string `json:"antecedent,omitempty"`
	AntecedentStart int    `json:"antecedentStart,omitempty"`
	AntecedentEnd   int    `json:"antecedentEnd,omitempty"`
}

// Day is the date ev's fact is placed at: When when the sentence gives
// one, else the article's Date.
func (ev Evidence) Day() string {
	if ev.When != "" {
		return ev.When
	}
	return ev.Date
}

// Edge is a directed (or, for symmetric classes, undirected) relation.
type Edge struct {
	ID     ID        `json:"id"`
	Source ID        `json:"source"`
	Target ID        `json:"target"`
	Class  EdgeClass `json:"class"`
	// Verb is the raw verb phrase of the first evidence.
	Verb     string     `json:"verb,omitempty"`
	Evidence []Evidence `json:"evidence"`
	// Articles, First, Last and Modality summarise the evidence of an
	// edge loaded without it (see EdgeHeadReader): the number of distinct
	// articles, the earliest and latest evidence days (Evidence.Day) and
	// the most factual modality. They are zero on an edge loaded with its
	// evidence, which the methods below read instead.
	Articles int      `json:"articles,omitempty"`
	First    string   `json:"first,omitempty"`
	Last     string   `json:"last,omitempty"`
	Modality Modality `json:"modality,omitempty"`
}

// summarised reports whether e is a head whose evidence was not loaded
// but summarised in Articles, First and Last.
func (e Edge) summarised() bool { return len(e.Evidence) == 0 && e.Articles > 0 }

// Support is the number of distinct articles that give evidence for e.
func (e Edge) Support() int {
	if e.summarised() {
		return e.Articles
	}
	seen := map[ID]bool{}
	for _, ev := range e.Evidence {
		seen[ev.Article] = true
	}
	return len(seen)
}

// MostFactual is the most factual modality among e's evidence: an edge
// is a fact (shown by default) when one of its pieces of evidence is.
func (e Edge) MostFactual() Modality {
	if e.summarised() || len(e.Evidence) == 0 {
		return e.Modality
	}
	m := Negated
	for _, ev := range e.Evidence {
		m = MoreFactual(m, ev.Modality)
	}
	return m
}

// Factual reports whether e has evidence that presents it as a fact
// (asserted or planned).
func (e Edge) Factual() bool { return e.MostFactual().Factual() }

// FirstSeen and LastSeen are the earliest and latest days among e's
// evidence: the action's date when the sentence gives one, else the
// publication date ("" when no evidence is dated).
func (e Edge) FirstSeen() string {
	if e.summarised() {
		return e.First
	}
	return first(e.dates())
}

// LastSeen is the latest day among e's evidence.
func (e Edge) LastSeen() string {
	if e.summarised() {
		return e.Last
	}
	return last(e.dates())
}

func (e Edge) dates() []string {
	var d []string
	for _, ev := range e.Evidence {
		if day := ev.Day(); day != "" {
			d = append(d, day)
		}
	}
	sort.Strings(d)
	return d
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func last(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[len(s)-1]
}

// Article is a source document as it enters the system.
type Article struct {
	Title     string `json:"title"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD when known
	Text      string `json:"text"`
	// Origin names where the article came from (a file path, "stdin:3",
	// "api"), for error messages; it is not stored.
	Origin string `json:"-"`
}

// Batch is everything the extractor read out of one article: the article
// node, the nodes it mentions and the edges between them, each edge with
// evidence from this article. A store writes a batch all or nothing.
type Batch struct {
	Article Node // Kind == KindArticle; ID == ArticleID(text)
	// Text is the article's full text; evidence offsets index into it.
	Text  string
	Nodes []Node
	Edges []Edge
}

// IngestResult says what a store did with a batch.
type IngestResult struct {
	Article ID
	// Duplicate is true when the article was already stored and nothing
	// changed.
	Duplicate    bool
	NodesCreated int
	NodesUpdated int
	EdgesCreated int
	EdgesUpdated int
	// Resolved maps batch actor IDs to the stored actors they were merged
	// into, where those differ.
	Resolved map[ID]ID
	// Warnings say what a reader of the article should know though it
	// was stored: that nothing could be extracted from it, and why. The
	// ingest pipeline sets them; stores leave them empty.
	Warnings []string
}

package extract

import (
	_ "embed"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds the parse rules of stance and speech acts (ACCUSE,
// SUPPORT, REJECT, REQUEST, THREATEN, PROTEST) that deprel.go's general
// readings of subjects and objects leave out: a stance taken on what an
// actor did or said stands for a stance on that actor ("condemned the
// attack by X", "rejected the claims made by X", "a policy which Y
// criticised"), whoever the act's agent is written as.

// actNouns name what an actor did, said or decided; their agent stands
// for them as a target: "rejected the ministry's appeal", "disappointed
// with NASA's decision", "condemned the attack by X", "dismissed the
// accusations of X".
var actNouns = set("decision", "decisions", "appeal", "remarks", "remark", "comments", "comment",
	"statement", "proposal", "plan", "policy", "policies", "move", "actions", "action", "request",
	"requests", "demand", "demands", "offer", "claim", "claims", "refusal", "handling", "response",
	"conduct", "behaviour", "behavior", "stance", "position", "role", "efforts", "effort", "choice",
	"ruling", "announcement", "bid", "application",
	"accusation", "accusations", "allegation", "allegations", "charge", "charges", "criticism",
	"attack", "attacks", "threat", "threats", "ultimatum", "invitation", "initiative", "bill",
	"measure", "measures", "sanctions", "tariffs", "crackdown", "invasion", "intervention", "war",
	"strike", "strikes", "remarks", "suggestion", "call", "calls", "law", "reform", "reforms",
	"resignation", "apology", "explanation", "withdrawal",
	"petition", "petitions", "lawsuit", "suit", "complaint", "motion", "nomination", "merger",
	"takeover", "acquisition")
var actNounsClass = classOf(actNouns)

// targetActors maps a trigger's target words to actors as wordActors
// does, and an act noun among them to its agent: "condemned the attack
// by X" targets X, and a free relative the owner of the act it names
// ("condemned what he called "piracy" by X", rule rel.what-called).
// (Speakers are read by wordActors alone: "criticism
// from X for suggesting …" is not X suggesting.)
func (d *doc) targetActors(r *reader, si int, ds *depSent, words []int) []*actor {
	out := d.wordActors(r, si, ds, words)
	for _, w := range words {
		if owners, ok := d.namedActOwnersAt(r, si, ds, w); ok {
			// "did not condemn what he called "piracy" by X": X.
			out = appendUnique(out, owners...)
			continue
		}
		out = appendUnique(out, d.actAgentActors(r, si, ds, w)...)
		if assetNouns[ds.lemma(w)] {
			out = appendUnique(out, d.possessorActors(r, si, ds, w)...)
		}
	}
	return out
}

// assetNouns are things an actor owns whose attack, visit or seizure
// reaches the owner: "attacked X's website", "struck X's power grid",
// "toured X's headquarters".
var assetNouns = set("website", "site", "server", "network", "system", "embassy", "consulate",
	"headquarters", "office", "base", "ship", "vessel", "tanker", "convoy", "plane", "aircraft",
	"drone", "position", "territory", "infrastructure", "facility", "plant", "grid", "refinery",
	"port", "airport", "pipeline", "asset", "property", "account", "computer")

// actAgentActors returns the actors who did the act word w names, when w
// is an act noun: its possessor ("NASA's decision"), a by-agent on it or
// on a participle after it ("the attack by X", "the claims made by X"),
// an actor after "of" ("the request of X"), or the subject of a relative
// clause on it ("the plan X proposed").
func (d *doc) actAgentActors(r *reader, si int, ds *depSent, w int) []*actor {
	agents := authorWords(ds, w)
	if actNouns[ds.lemma(w)] || actNouns[lowerForm(ds, w)] {
		agents = actAgentWords(ds, w)
	}
	for _, agent := range agents {
		var out []*actor
		for _, y := range ds.withConjuncts(agent) {
			if m := d.mentionAtTok(r, si, ds.tok[y]); m != nil {
				out = append(out, d.refs(r, m)...)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	if len(agents) == 0 && pointsBack(ds, w) {
		return d.lastClaimants(si)
	}
	if len(agents) == 0 && answersBack(ds, w) {
		return d.lastAuthors(r, si, ds.lemma(w), d.answererActors(r, si, ds, w))
	}
	if len(agents) == 0 && answersSpeech(ds, w) {
		return d.lastSpeakers(si, d.answererActors(r, si, ds, w))
	}
	return nil
}

// answeredNouns are what one answers of another's, with the classes of
// the act that made it: "rejected the accusation" answers the last
// accusation (ACCUSE), "rejected the ultimatum" the last demand or
// threat made.
var answeredNouns = map[string][]graph.EdgeClass{
	"accusation": {graph.Accuse}, "allegation": {graph.Accuse}, "claim": {graph.Accuse},
	"criticism": {graph.Accuse},
	"ultimatum": {graph.Request, graph.Threaten}, "demand": {graph.Request, graph.Threaten},
	"request": {graph.Request}, "call": {graph.Request},
}

// answersBack (part of rule "parse: verb subject and object") reports whether w is a noun of
// answeredNouns with "the", "this" or "that" and no other words of its
// own after it ("the claim that …" says what is claimed): one whose
// author an earlier sentence named ("X accused Y of … Y rejected the
// accusation"). Charges are left out: "denied the charges" answers a
// prosecutor, whom the annotations give no edge.
func answersBack(ds *depSent, w int) bool {
	l := strings.TrimSuffix(ds.lemma(w), "s")
	if answeredNouns[l] == nil {
		return false
	}
	return hasDefiniteDet(ds, w) && !ds.hasChild(w, "acl", "acl:relcl", "ccomp")
}

// hasDefiniteDet reports whether w has a definite or demonstrative
// determiner ("the", "this", "that", "these", "those"): a noun that
// points back at something the text has already said.
func hasDefiniteDet(ds *depSent, w int) bool {
	for _, c := range ds.children(w, "det") {
		switch lowerForm(ds, c) {
		case "the", "this", "that", "these", "those":
			return true
		}
	}
	return false
}

// lastAuthors returns, for answered noun n, the sources of the last fact
// of its classes (answeredNouns) read in the six sentences before
// sentence si (a lead's accusation is often answered after the accuser's
// evidence: "Pakistan accused India of … [four sentences of Pakistan's
// case] India's ministry rejected the accusation"), else for a claim
// whoever made the last statement about the answerer (claimantsAbout):
// "Italy blamed Malta for the deaths. … Malta rejected the accusation"
// answers Italy.
func (d *doc) lastAuthors(r *reader, si int, n string, answerer []*actor) []*actor {
	classes := answeredNouns[strings.TrimSuffix(n, "s")]
	var out []*actor
	at := -1
	for k := len(d.rels) - 1; k >= 0; k-- {
		rl := d.rels[k]
		if rl.sent >= si || rl.sent < si-6 || at >= 0 && rl.sent < at {
			continue
		}
		if !slices.Contains(classes, rl.class) || rl.modal.mod != graph.Asserted {
			continue
		}
		at = rl.sent
		out = appendUnique(out, rl.src)
	}
	if len(out) == 0 && classes[0] == graph.Accuse {
		return d.claimantsAbout(r, si, answerer)
	}
	return out
}

// claimNouns are what someone said against another; "these
// allegations", "such claims" point back to whoever made them.
var claimNouns = set("allegation", "claim", "accusation", "charge", "criticism", "complaint")

// pointsBack reports whether w is a claim noun that refers back to
// claims already reported: with "these", "those" or "such" and no
// agent of its own ("denied these allegations").
func pointsBack(ds *depSent, w int) bool {
	if !claimNouns[ds.lemma(w)] && !claimNouns[strings.TrimSuffix(lowerForm(ds, w), "s")] {
		return false
	}
	for _, c := range ds.children(w, "det", "amod") {
		switch lowerForm(ds, c) {
		case "these", "those", "such":
			return true
		}
	}
	return false
}

// answersClaims tells whether sentence si, with one mention at least,
// may answer claims reported before it ("X denied these allegations"):
// a trigger word and "these", "those" or "such" right before a claim
// noun. Such a sentence names one side only, so mayInteract lets it
// pass unparsed.
func (d *doc) answersClaims(r *reader, si int, s sentence) bool {
	if len(r.mentsBy[si]) == 0 {
		return false
	}
	trigger, back := false, false
	for i := s.a; i+1 < s.b; i++ {
		w := d.toks[i].low
		trigger = trigger || d.toks[i].is(triggerFormsClass)
		n := strings.TrimSuffix(d.toks[i+1].low, "s")
		if w == "these" || w == "those" || w == "such" {
			back = back || claimNouns[n]
		}
		if w == "the" || w == "this" || w == "that" {
			back = back || answeredNouns[n] != nil || spokenNouns[d.toks[i+1].low] // answersBack, answersSpeech
		}
	}
	return trigger && back
}

// lastClaimants returns the speakers of the last statement read in the
// three sentences before sentence si, or in the six before it when its
// verb claims or alleges ("Paris claims that …", a story of her own,
// then "the Church denied these allegations"): whom "these
// allegations" answer.
func (d *doc) lastClaimants(si int) []*actor {
	if k := d.lastClaimStatement(si); k >= 0 {
		return d.stmts[k].speakers
	}
	return nil
}

// lastClaimStatement returns the index in d.stmts of the statement
// lastClaimants reads, or -1.
func (d *doc) lastClaimStatement(si int) int {
	best := -1
	for k, st := range d.stmts {
		back := 3
		if allegingVerbs[strings.ToLower(st.verb)] {
			back = 6
		}
		if st.sb < si && st.sb >= si-back && len(st.speakers) > 0 && (best < 0 || st.sb > d.stmts[best].sb) {
			best = k
		}
	}
	return best
}

// allegingVerbs report a statement as a claim or an allegation, which a
// later "these allegations" answers from further away than a plain
// "said".
var allegingVerbs = set("claim", "claims", "claimed", "claiming", "allege", "alleges", "alleged", "alleging",
	"accuse", "accuses", "accused", "accusing", "charge", "charges", "charged", "charging")

// actAgentWords lists the words that may name the agent of act noun w,
// the likeliest first.
func actAgentWords(ds *depSent, w int) []int {
	out := ds.children(w, "nmod:poss")
	out = append(out, ds.modifiersWith(w, "nmod", "by")...)
	out = append(out, ds.modifiersWith(w, "nmod", "from")...) // "calls from X"
	for _, c := range ds.children(w, "acl") {
		// "the claims made by X", "the plan put forward by X"
		out = append(out, ds.modifiersWith(c, "obl", "by")...)
	}
	out = append(out, ds.modifiersWith(w, "nmod", "of")...)
	if h := ds.head(w); h >= 0 && ds.words[w].Deprel == "obj" && holdVerbs[ds.lemma(h)] {
		// "X kept a policy of …, which Y criticised": X's policy.
		if s := verbSubject(ds, h); s >= 0 {
			out = append(out, s)
		}
	}
	for _, c := range ds.children(w, "acl:relcl") {
		if s := ds.children(c, "nsubj"); len(s) > 0 && !isRelativePronoun(ds.lemma(s[0])) {
			out = append(out, s[0]) // "the plan X proposed", "the policy which X keeps"
		}
	}
	return out
}

// holdVerbs make an act noun their subject's: "X maintained a policy",
// "X adopted a plan", "X took a decision".
var holdVerbs = set("maintain", "keep", "adopt", "pursue", "introduce", "implement", "enforce",
	"announce", "unveil", "take", "make", "impose", "continue")

// authorVerbs put a thing forward: "a system backed by X", "the bill
// introduced by X" stand for X as the target of a stance.
var authorVerbs = set("back", "propose", "support", "sponsor", "submit", "introduce", "draft",
	"put", "table", "make", "issue", "present", "launch", "suggest", "advance", "announce",
	"endorse", "champion", "push", "file", "bring", "design", "devise", "offer", "write")

// authorWords returns the by-agents of authorship participles on any
// noun w: "a fast-track system backed by X", "the bill introduced by X".
func authorWords(ds *depSent, w int) []int {
	var out []int
	for _, c := range ds.children(w, "acl") {
		if authorVerbs[ds.lemma(c)] || authorVerbs[ds.lemma(c)+"e"] {
			out = append(out, ds.modifiersWith(c, "obl", "by")...)
		}
	}
	return out
}

func lowerForm(ds *depSent, w int) string { return ds.form(w) }

// relativeObject: in "a policy which X criticised" (or "the plan X
// rejected") the object of the relative clause's verb v is the noun the
// clause hangs on; when that noun names an act with no agent of its own
// in its phrase, the agent is the subject of the verb that holds it ("Y
// maintained a policy which X criticised" is X on Y). It returns the
// words that stand for the object, or nil when v is no such clause.
func relativeObject(ds *depSent, v int) []int {
	if ds.words[v].Deprel != "acl:relcl" {
		return nil
	}
	objs := ds.children(v, "obj")
	switch {
	case len(objs) > 0 && !isRelativePronoun(ds.lemma(objs[0])):
		return nil
	case len(objs) == 0:
		s := ds.children(v, "nsubj")
		if len(s) == 0 || isRelativePronoun(ds.lemma(s[0])) {
			return nil // "the man who criticised": the noun is the subject
		}
	}
	n := ds.head(v)
	out := []int{n}
	if actNouns[ds.lemma(n)] && len(actAgentWords(ds, n)) == 0 && ds.words[n].Deprel == "obj" {
		if s := verbSubject(ds, ds.head(n)); s >= 0 {
			out = append(out, s)
		}
	}
	return out
}

// verbByAgent: "condemned the attack by X", "rejected calls from X":
// the parser may hang the by- or from-phrase of an act noun on the
// active verb that takes the noun as object; the phrase names the act's
// agent, not the verb's.
func verbByAgent(ds *depSent, v int) []int {
	if !ds.hasChild(v, "nsubj") {
		return nil
	}
	for _, o := range ds.children(v, "obj") {
		if actNouns[ds.lemma(o)] && len(actAgentWords(ds, o)) == 0 {
			return append(ds.modifiersWith(v, "obl", "by"), ds.modifiersWith(v, "obl", "from")...)
		}
	}
	return nil
}

// objectIsAct reports whether a direct object of verb v names an act
// ("attacked the court's decision"): an attack on it is made with words.
func objectIsAct(ds *depSent, v int) bool {
	for _, o := range ds.children(v, "obj") {
		if actNouns[ds.lemma(o)] || actNouns[lowerForm(ds, o)] {
			return true
		}
	}
	return false
}

// requestNouns name a request made of someone.
var requestNouns = set("request", "requests", "demand", "demands", "call", "calls", "appeal",
	"appeals", "plea", "pleas", "ultimatum", "order", "orders", "petition")

// answerVerbs answer a request: who complies with, grants, heeds,
// refuses or ignores X's request is whom X asked.
var answerVerbs = set("comply", "grant", "heed", "obey", "accept", "meet", "answer", "reject",
	"refuse", "deny", "ignore", "dismiss", "rebuff", "decline", "fulfil", "fulfill", "honour", "honor")

// answeredRequest returns the verb that answers request noun n ("Y
// complied with X's request", "Y refused X's demands"), or -1.
func answeredRequest(ds *depSent, n int) int {
	if !requestNouns[ds.lemma(n)] && !requestNouns[lowerForm(ds, n)] {
		return -1
	}
	h := ds.head(n)
	if h < 0 || ds.words[n].Deprel != "obj" && ds.words[n].Deprel != "obl" && ds.words[n].Deprel != "nsubj:pass" {
		return -1
	}
	if !answerVerbs[ds.lemma(h)] && !answerVerbs[ds.lemma(h)+"e"] {
		return -1
	}
	return h
}

// answeredRequestArgs: "YouTube complied with the Church's requests",
// "Y refused X's demand": X REQUEST Y, the request's author its source
// and the answering verb's subject (or by-agent) its target.
func answeredRequestArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	h := answeredRequest(ds, n)
	if h < 0 || t.class != graph.Request {
		return depArgs{}, false
	}
	var dst []int
	if ds.words[n].Deprel == "nsubj:pass" {
		dst = ds.modifiersWith(h, "obl", "by")
	} else if s := verbSubject(ds, h); s >= 0 {
		dst = []int{s}
	}
	agents := actAgentWords(ds, n)
	if len(dst) == 0 || len(agents) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(agents[0]), dst: ds.withConjuncts(dst[0])}, true
}

// threatRule names threatArgs; a threat is read beside the act it
// threatens ("threatened to impose sanctions on X" is also a
// hypothetical SANCTION), so only a threat read before stops it.
const threatRule = "threat of force or penalties"

// relatedAs reports whether sentence si already relates an actor of as
// to one of bs with class.
func (d *doc) relatedAs(si int, as, bs []*actor, class graph.EdgeClass) bool {
	for _, rl := range d.rels {
		if rl.sent == si && rl.class == class && slices.Contains(as, rl.src) && slices.Contains(bs, rl.dst) {
			return true
		}
	}
	return false
}

// threatPronouns stand for the one who warns in "X warned that it would
// impose tariffs on Y".
var threatPronouns = set("it", "we", "they", "he", "she", "i")

// threatArgs: "X threatened to impose sanctions on Y", "X warned that it
// could impose tariffs on Y": a warning of force or penalties the
// warner would itself use is a threat to their target. The clause after
// "that" must be the warner's own (a pronoun or no subject) and under a
// modal ("could", "would", "will"): "X warned that Russia attacked Y"
// is no threat of X's.
func threatArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || t.adj || t.class != graph.Threaten {
		return depArgs{}, false
	}
	subj := verbSubject(ds, v)
	if subj < 0 {
		return depArgs{}, false
	}
	for _, c := range ds.children(v, "xcomp", "ccomp") {
		tc, ok := triggerAt(ds, c)
		if !ok || tc.noun || !threatening(tc, ds.lemma(c)) || !objectFits(ds, c, tc) {
			continue
		}
		if ds.words[c].Deprel == "ccomp" && !ownModalClause(ds, c) {
			continue
		}
		dst := targetsOf(ds, c, tc)
		if len(dst) == 0 && tc.objects != nil {
			dst = objectModifiers(ds, c, tc) // "impose tariffs on X" with "on X" on the noun
		}
		if len(dst) > 0 {
			return depArgs{src: ds.withConjuncts(subj), dst: dst}, true
		}
	}
	return depArgs{}, false
}

// threatening tells whether a trigger is one a threat can announce:
// force, penalties, or a lawsuit.
func threatening(t trigger, lemma string) bool {
	return t.class == graph.Assault || t.class == graph.Sanction || lemma == "sue"
}

// ownModalClause reports whether clause c is under a modal and has a
// pronoun subject, or none: "that it could impose …".
func ownModalClause(ds *depSent, c int) bool {
	modal := false
	for _, a := range ds.children(c, "aux") {
		modal = modal || modalAux[ds.lemma(a)]
	}
	s := ds.children(c, "nsubj")
	return modal && (len(s) == 0 || threatPronouns[ds.lemma(s[0])])
}

// objectModifiers reads a light trigger's target slots on its object
// noun, where the parser may hang them ("imposed tariffs on X").
func objectModifiers(ds *depSent, v int, t trigger) []int {
	var out []int
	for _, o := range ds.children(v, "obj") {
		for _, slot := range t.targets {
			if rel, prep, ok := strings.Cut(slot, ":"); ok && rel == "obl" {
				for _, f := range ds.modifiersWith(o, "nmod", prep) {
					out = append(out, ds.withConjuncts(f)...)
				}
			}
		}
	}
	return out
}

// threatForms are the words of a warning or threat, for which a
// sentence is parsed even when the surface patterns read it (they read
// the threatened act, not the threat).
var threatForms = set("threatened", "threatens", "threatening", "warned", "warns", "warning")
var threatFormsClass = classOf(threatForms)

// threatCue reports whether sentence s has a word of threatForms.
func (d *doc) threatCue(s sentence) bool {
	for i := s.a; i < s.b; i++ {
		if d.toks[i].is(threatFormsClass) && !d.inQuote[i] {
			return true
		}
	}
	return false
}

//go:embed lexicon/blame.tsv
var blameTSV string

// blameWord is one line of lexicon/blame.tsv.
type blameWord struct {
	adj     bool
	objects map[string]bool // lemmas the direct object must have, if any
}

// blameWords maps "v:lemma", "a:lemma" and "j:verdict" to their entry.
var blameWords = mustBlame("lexicon/blame.tsv", blameTSV)

// blameVerbForms and blameVerdictForms are the words of blameWords' "v:"
// and "j:" entries: judgedSubject asks at every parsed word, by form,
// without joining a key.
var blameVerbForms, blameVerdictForms = keysAfter(blameWords, "v:"), keysAfter(blameWords, "j:")
var blameVerbFormsClass, blameVerdictFormsClass = classOf(blameVerbForms), classOf(blameVerdictForms)

func mustBlame(file, src string) map[string]blameWord {
	m, err := parseBlame(file, src)
	if err != nil {
		panic(err) // the embedded file is checked by TestBlameParse
	}
	return m
}

// parseBlame reads lexicon/blame.tsv's format (see its header).
func parseBlame(file, src string) (map[string]blameWord, error) {
	rows, err := tsvRows(file, src, 2, 3)
	if err != nil {
		return nil, err
	}
	out := map[string]blameWord{}
	for _, r := range rows {
		f := r.fields
		if f[1] != "verb" && f[1] != "adj" && f[1] != "verdict" && f[1] != "prep" {
			return nil, r.errorf("kind %q is none of verb, adj, verdict, prep", f[1])
		}
		w := blameWord{adj: f[1] == "adj"}
		if len(f) == 3 {
			w.objects = map[string]bool{}
			for _, o := range strings.Split(f[2], ",") {
				w.objects[o] = true
			}
			if w.objects[harmToken] {
				for h := range harmNouns {
					w.objects[h] = true // lexicon/harm_nouns.txt (blame_for.go)
				}
			}
		}
		kind := f[1][:1]
		if f[1] == "verdict" {
			kind = "j" // "v" is the verbs'
		}
		out[kind+":"+f[0]] = w
	}
	return out, nil
}

// blameForms are the surface forms of the words blames reads, for
// blameCue's cheap test.
var blameForms = func() map[string]bool {
	m := map[string]bool{"lying": true, "stole": true, "stolen": true, "misled": true, "shot": true,
		"hit": true, "fought": true, "struck": true}
	for key := range blameWords {
		for _, f := range inflections(key[2:]) {
			m[f] = true
		}
	}
	for key, t := range triggers {
		if t.class == graph.Assault && !t.noun {
			for _, f := range inflections(key[2:]) {
				m[f] = true
			}
		}
	}
	return m
}()
var blameFormsClass = classOf(blameForms)

// blameCue tells whether sentence si is worth parsing for accusations
// in reported speech: a name besides the speaker's and a blame word in
// the words of a statement.
func (d *doc) blameCue(r *reader, si int, s sentence) bool {
	named := 0
	for _, m := range r.mentsBy[si] {
		if !m.mod && m.kind != sPron {
			named++
		}
	}
	if named < 2 {
		return false
	}
	for i := s.a; i < s.b; i++ {
		if d.toks[i].is(blameFormsClass) {
			if st := d.statementAt(si, i); st != nil && len(st.speakers) > 0 {
				return true
			}
		}
	}
	return false
}

// accusationRule names the rule of reportedAccusations in explain.
const accusationRule = "parse: accusation in reported speech"

// blames reports whether word v of ds blames its subject: a word of
// lexicon/blame.tsv (with a fitting object) or a verb of force.
func blames(ds *depSent, v int) bool {
	l := ds.lemma(v)
	switch ds.words[v].UPOS {
	case "VERB":
		w, ok := blameWords["v:"+l]
		if !ok {
			w, ok = blameWords["v:"+l+"e"] // a lemma cut short ("imprisoned" → "imprison" is fine, "caus" is not)
		}
		if !ok {
			// force, on someone: "shot down a missile" blames no one
			t, isTrigger := triggerAt(ds, v)
			return isTrigger && !t.noun && t.class == graph.Assault && hasNamedTarget(ds, v, t)
		}
		if w.objects == nil {
			return true
		}
		for _, o := range ds.children(v, "obj") {
			if w.objects[ds.lemma(o)] {
				return true
			}
		}
	case "ADJ":
		w, ok := blameWords["a:"+l]
		return ok && ds.hasChild(v, "cop") && (w.objects == nil || blamedFor(ds, v, w.objects))
	case "NOUN":
		return harmBehind(ds, v) // blame_for.go
	}
	return false
}

// judgedSubject returns the subject of the clause a verdict word v
// judges with an expletive "it" ("it was shameful that Y ignored the
// ruling", "it is damning that Y isn't doing this"), or -1.
func judgedSubject(ds *depSent, v int) int {
	if ds.formIs(v, blameVerbFormsClass) {
		return -1 // a verb of blame read as such
	}
	if !ds.formIs(v, blameVerdictFormsClass) || !ds.hasChild(v, "cop") {
		return -1
	}
	it := ds.children(v, "nsubj", "expl")
	if len(it) == 0 || ds.lemma(it[0]) != "it" {
		return -1
	}
	for _, c := range ds.children(v, "ccomp", "csubj") {
		if ds.hasMark(c, "that") {
			if s := ds.children(c, "nsubj", "nsubj:pass"); len(s) > 0 {
				return s[0]
			}
		}
	}
	return -1
}

// hasNamedTarget reports whether trigger v has a target word that is a
// proper name.
func hasNamedTarget(ds *depSent, v int, t trigger) bool {
	for _, w := range targetsOf(ds, v, t) {
		if ds.words[w].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// denialCues report words they reject or question: "X denied that Y
// lied" accuses no one.
var denialCues = set("denied", "denies", "deny", "denying", "doubted", "doubts", "questioned",
	"asked", "asks", "wondered", "rejected", "disputed")

// reportedAccusations: in words the text reports of a speaker, a named
// third party as the subject of a word of blame is accused by the
// speaker: "X said Y had failed the workers", "X claimed that the
// church imprisoned her" are X ACCUSE Y (the claim, not the act, is the
// fact). Only sentences already parsed are read.
func (d *doc) reportedAccusations(r *reader, si int, ds *depSent) {
	for v := range ds.words {
		judged := judgedSubject(ds, v)
		if ds.tok[v] < 0 || judged < 0 && !blames(ds, v) || !factual(ds, v) {
			continue
		}
		st := d.statementAt(si, ds.tok[v])
		if st == nil || len(st.speakers) == 0 || denialCues[strings.ToLower(st.verb)] {
			continue
		}
		subj := verbSubject(ds, v)
		if judged >= 0 {
			subj = judged
		}
		if subj < 0 || isFirstPerson(ds.words[subj].Form) {
			continue
		}
		var blamed []*actor
		for _, w := range ds.withConjuncts(subj) {
			if st.quote || d.inQuote[ds.tok[w]] {
				// also a quoted fragment of a reported clause: said it
				// was "damning that Y …"
				blamed = appendUnique(blamed, d.quotedNames(r, si, ds, w)...)
			} else if m := d.mentionAtTok(r, si, ds.tok[w]); m != nil && m.kind != sPron {
				blamed = appendUnique(blamed, d.refs(r, m)...)
			} else if m == nil {
				blamed = appendUnique(blamed, d.actAgentActors(r, si, ds, w)...)
			}
		}
		d.accuse(si, ds, v, st.speakers, blamed)
	}
}

// accuse adds speakers ACCUSE blamed for word v, leaving out the
// speakers themselves and what the sentence already relates.
func (d *doc) accuse(si int, ds *depSent, v int, speakers, blamed []*actor) {
	var dst []*actor
	for _, b := range blamed {
		if !party(speakers, []*actor{b}) && !namedInSpeaker(speakers, b) {
			dst = append(dst, b)
		}
	}
	if len(dst) == 0 {
		return
	}
	md := d.modalAt(si, ds.tok[v], false)
	md.mod, md.rule = graph.Asserted, accusationRule
	if d.relatedIn(si, speakers, dst, graph.Accuse) {
		d.reject(si, ds.tok[v], md.rule, "already read by the surface patterns")
		return
	}
	for _, a := range speakers {
		for _, o := range dst {
			d.rels = append(d.rels, rel{src: a, dst: o, class: graph.Accuse, sent: si, verb: ds.words[v].Form, modal: md})
		}
	}
}

// namedInSpeaker reports whether a speaker's name holds b's name or
// alias as words ("US Central Command" and the United States, as "US"):
// the speaker speaks for b's side and reports its acts, not blame.
func namedInSpeaker(speakers []*actor, b *actor) bool {
	for _, sp := range speakers {
		words := strings.Fields(sp.canon)
		for _, n := range append([]string{b.canon}, b.aliases...) {
			if sp != b && len(n) > 1 && containsWords(words, strings.Fields(n)) {
				return true
			}
		}
	}
	return false
}

// containsWords reports whether ws holds part as consecutive words.
func containsWords(ws, part []string) bool {
	for i := 0; i+len(part) <= len(ws) && len(part) > 0; i++ {
		if slices.Equal(ws[i:i+len(part)], part) {
			return true
		}
	}
	return false
}

// statementAt returns the statement whose words cover extraction token
// k of sentence si, or nil.
func (d *doc) statementAt(si, k int) *stmt {
	at := d.toks[k].s
	for i := len(d.stmts) - 1; i >= 0; i-- {
		st := &d.stmts[i]
		if st.sa > si {
			continue
		}
		if st.sb < si {
			break
		}
		if st.s <= at && at < st.e {
			return st
		}
	}
	return nil
}

package extract

import (
	_ "embed"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file reads the material interactions from the parse: what is
// given (AID), imposed (SANCTION), done together (COOPERATE), fought
// (ASSAULT), agreed (AGREE) and kin (FAMILY), in the constructions the
// general rules of deprel.go do not read: "awarded a grant to Y", "Y
// was a recipient of items from X", "barring citizens of A and B",
// "covered by the ban", "A and B exchanged fire", "a joint project of A
// and B", "X, the son of Y". Its triggers are lexicon/material.tsv; its
// rules come before deprel.go's (materialRules) and each reads only its
// own construction, leaving everything else to the general rules.

//go:embed lexicon/material.tsv
var materialTSV string

// materialLexicon is lexicon/material.tsv; it wins over the other
// trigger files for the lemmas it lists.
var materialLexicon = lexiconFile{"lexicon/material.tsv", materialTSV}

// materialRules are tried before the general depRules.
var materialRules = []depRule{
	{"gift to a recipient", giftArgs},
	{"funded in a place", fundedInArgs},
	{"gift noun to a recipient", giftNounArgs},
	{giftFromRule, giftFromArgs}, // told_to.go
	{armsSaleRule, armsSaleArgs}, // arms_sales.go
	{"recipient of a gift", recipientArgs},
	{"gift received from", receivedGoodsArgs},
	{"sanction as agent", sanctionAgentArgs},
	{"sanction on a proxy", sanctionProxyArgs},
	{sanctionNounRule, sanctionNounArgs},
	{exchangeRule, exchangeArgs},
	{"exchange of captives", swapArgs},
	{"exchange of words", wordsArgs},
	{"reciprocal object", reciprocalArgs},
	{"mediation", mediationArgs},
	{"joint work", jointArgs},
	{"work done together", coWorkArgs},
	{"members with a stray conjunct", looseMembersArgs},
	{"attack owned", ownedAttackArgs},
	{"kin noun", kinArgs},
	{"tie noun", tieArgs},
	{"agreement under", underArgs},
}

// giftArgs: "X awarded a grant to Y", "X supplied weapons to Y", "X
// provided Y with aid", "Y was given a loan by X", "the items were
// donated to Y by X". A trigger with objects gives only those things.
func giftArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "recipient") || charged(ds, v) {
		return depArgs{}, false
	}
	src, passive := giverOf(ds, v)
	gift, with := giftOf(ds, v, t)
	if len(src) == 0 || gift < 0 && t.objects != nil {
		return depArgs{}, false
	}
	var dst []int
	for _, w := range append(ds.modifiersWith(v, "obl", "to"), ds.children(v, "iobj")...) {
		dst = append(dst, ds.withConjuncts(w)...)
	}
	dst = append(dst, hoistedRecipients(ds, v)...) // pledges.go
	if gift >= 0 {
		if _, c := carriedGoods(ds, gift); c >= 0 {
			// "sent planes carrying tents to Nepal": the parser may
			// hang the recipient on the participle.
			for _, w := range ds.modifiersWith(c, "obl", "to") {
				dst = append(dst, ds.withConjuncts(w)...)
			}
		}
		for _, w := range ds.subtree(gift, 3) {
			if ds.words[w].Deprel == "nmod" && ds.caseOf(w) == "to" {
				dst = append(dst, ds.withConjuncts(w)...)
			}
		}
	}
	if gift >= 0 && !with {
		dst = append(dst, firstObjects(ds, v, gift)...)
		if len(dst) == 0 {
			dst = namedCompoundRecipients(ds, gift)
		}
	}
	if with {
		// "provided Kenya with aid": the object receives; the parser
		// may hang the name on the gift as a compound before "with".
		for _, o := range ds.children(v, "obj") {
			dst = append(dst, ds.withConjuncts(o)...)
		}
		for _, c := range ds.children(gift, "compound") {
			if ds.words[c].UPOS == "PROPN" && c < firstCase(ds, gift) {
				dst = append(dst, c)
			}
		}
	}
	if passive && gift >= 0 && !with && ds.words[gift].Deprel == "obj" {
		dst = append(dst, ds.withConjuncts(ds.children(v, "nsubj:pass")[0])...) // "Y was given a loan"
	}
	if len(dst) == 0 {
		dst = requestingRecipients(ds, v) // pledges.go
	}
	if len(dst) == 0 {
		dst = purposeRecipients(ds, v) // implied_recipient.go
	}
	if len(dst) == 0 && gift >= 0 {
		dst = moneyForRecipients(ds, v, gift) // gift_for.go
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// giverOf returns who gives with verb v, with conjuncts: the agent
// after "by" when v is passive ("Y was given a loan by X"), else v's
// subject (a document's author: "a decree sent aid to Y" is its
// issuer's); and whether v is passive.
func giverOf(ds *depSent, v int) ([]int, bool) {
	if ds.hasChild(v, "nsubj:pass") {
		for _, c := range ds.modifiersWith(v, "obl", "by") {
			return ds.withConjuncts(c), true
		}
		return nil, true
	}
	if s := authorOf(ds, verbSubject(ds, v)); s >= 0 {
		return ds.withConjuncts(s), false
	}
	return nil, false
}

// receivedGoodsArgs: "Y received weapons from X", "Y secured a loan from
// X and Z": what the verb's subject receives, if a thing its trigger
// lists, is the aid of whoever gave it, after "from" on the verb or on
// the thing. Support, praise and criticism received are read by
// receivedArgs.
func receivedGoodsArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "giver") || charged(ds, v) {
		return depArgs{}, false
	}
	gift, _ := giftOf(ds, v, t)
	if gift < 0 || ds.words[gift].Deprel != "obj" {
		return depArgs{}, false
	}
	subj := authorOf(ds, verbSubject(ds, v))
	if subj < 0 {
		return depArgs{}, false
	}
	var src []int
	for _, w := range append(ds.modifiersWith(v, "obl", "from"), ds.modifiersWith(gift, "nmod", "from")...) {
		src = append(src, ds.withConjuncts(w)...)
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: ds.withConjuncts(subj)}, true
}

// firstObjects (rule gift to a recipient, double object) returns the
// objects of verb v before its gift: in "granted Egypt a loan" the
// parser may take the recipient for a second object rather than an
// indirect one.
func firstObjects(ds *depSent, v, gift int) []int {
	var out []int
	for _, o := range ds.children(v, "obj") {
		if o < gift {
			out = append(out, ds.withConjuncts(o)...)
		}
	}
	return out
}

// namedCompoundRecipients (rule gift to a recipient, double object):
// in "granted Hector Ruiz asylum" the parser may read the recipient's
// name as a compound of the gift; names before a gift of protection
// (protectionGifts), with nothing else receiving it, are the recipient.
// ("Red Cross aid" names the giver: only protection is so read.)
func namedCompoundRecipients(ds *depSent, gift int) []int {
	if !protectionGifts[ds.lemma(gift)] {
		return nil
	}
	var out []int
	for _, c := range ds.children(gift, "compound") {
		if c < gift && ds.words[c].UPOS == "PROPN" {
			out = append(out, c)
		}
	}
	return out
}

// protectionGifts are what a state grants a person it shelters
// (CAMEO 075, "grant asylum", is material aid).
var protectionGifts = set("asylum", "refuge", "sanctuary", "shelter", "protection")

// charged reports whether verb v is what someone is accused of or
// blamed for ("accused of supplying drones to X"): a charge, not a fact.
func charged(ds *depSent, v int) bool {
	return ds.hasMark(v, "of") || ds.hasMark(v, "for")
}

// giftOf returns the thing verb v gives, if it is one t allows (any
// object when t lists none), and whether it comes after "with"; -1 when
// none.
func giftOf(ds *depSent, v int, t trigger) (int, bool) {
	fits := func(w int) bool {
		if t.objects == nil {
			return true
		}
		if thingFits(ds, w, t.objects) || qualifiedGoods(ds, w, t.objects) {
			return true
		}
		// "$2 million in aid", "300 tonnes of food": the thing after
		// "in" or "of" on a quantity.
		for _, c := range ds.children(w, "nmod") {
			if p := ds.caseOf(c); (p == "in" || p == "of") && t.objects[ds.lemma(c)] {
				return true
			}
		}
		// "planes carrying tents": the vehicle gives what it carries.
		goods, _ := carriedGoods(ds, w)
		for _, g := range goods {
			if thingFits(ds, g, t.objects) {
				return true
			}
		}
		return false
	}
	objs := ds.children(v, "obj", "nsubj:pass")
	if t.objects == nil && len(ds.children(v, "obj")) == 2 {
		return secondObject(ds, v), false // told_to.go: "lent Laos $300 million"
	}
	for _, o := range objs {
		if fits(o) {
			return o, false
		}
		for _, c := range splitCompound(ds, o) {
			if fits(c) {
				return c, false
			}
		}
	}
	for _, o := range ds.modifiersWith(v, "obl", "with") {
		if fits(o) {
			return o, true
		}
	}
	for _, o := range ds.modifiersWith(v, "obl", "in") {
		if t.objects != nil && t.objects[ds.lemma(o)] {
			return o, false // "gave $10 million in aid"
		}
	}
	for _, o := range ds.children(v, "obl:unmarked") {
		if t.objects != nil && t.objects[ds.lemma(o)] && ds.hasChild(v, "obj") {
			return o, false // "granted him asylum": the parser took the thing for an oblique
		}
	}
	if t.objects == nil && len(objs) > 0 {
		return objs[0], false
	}
	return -1, false
}

// firstCase returns the position of the first preposition of word w,
// or w itself when it has none.
func firstCase(ds *depSent, w int) int {
	for _, c := range ds.children(w, "case") {
		return c
	}
	return w
}

// giftVerbs carry a gift noun from its giver: "made a donation to Y",
// "gave a grant to Y", "approved a loan to Y".
var giftVerbs = set("make", "give", "award", "grant", "provide", "send", "deliver", "approve",
	"extend", "disburse", "donate", "contribute", "transfer", "pay", "announce", "issue")

// giftNounArgs: "X's donation to Y", "a grant from X to Y", "X made a
// donation of computers to Y", "a loan by X to Y".
func giftNounArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "recipient") {
		return depArgs{}, false
	}
	h := ds.head(n)
	var dst []int
	for _, w := range append([]int{n}, ds.subtree(n, 2)...) {
		for _, c := range ds.modifiersWith(w, "nmod", "to") {
			dst = append(dst, ds.withConjuncts(c)...)
		}
	}
	carried := h >= 0 && ds.words[n].Deprel == "obj" && giftVerbs[ds.lemma(h)]
	if carried {
		for _, c := range ds.modifiersWith(h, "obl", "to") {
			dst = append(dst, ds.withConjuncts(c)...)
		}
	}
	if len(dst) == 0 && carried {
		dst = moneyForRecipients(ds, h, n) // gift_for.go: "approved a $1 billion loan for X"
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	var src []int
	switch p, by, from := amountPossessor(ds, n), ds.modifiersWith(n, "nmod", "by"), ds.modifiersWith(n, "nmod", "from"); {
	case len(p) > 0:
		src = ds.withConjuncts(p[0])
	case len(by) > 0:
		src = ds.withConjuncts(by[0])
	case len(from) > 0:
		src = ds.withConjuncts(from[0])
	case carried:
		if s := verbSubject(ds, h); s >= 0 {
			src = ds.withConjuncts(s)
		}
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// recipientArgs: "Y was a recipient of items from X", "Y, one of the
// recipients of grants from X,": the giver after "from" anywhere in the
// noun's phrase, the recipient the noun's subject or the word it
// describes.
func recipientArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "from") {
		return depArgs{}, false
	}
	var src []int
	for _, w := range ds.subtree(n, 3) {
		if ds.words[w].Deprel == "nmod" && ds.caseOf(w) == "from" {
			src = append(src, ds.withConjuncts(w)...)
		}
	}
	// The parser may hang "from X" on the recipient's own noun.
	var dst []int
	if s := ds.children(n, "nsubj"); len(s) > 0 {
		subj := s[0]
		if isRelativePronoun(ds.lemma(subj)) {
			if subj = ds.head(n); subj < 0 {
				return depArgs{}, false
			}
		}
		dst = ds.withConjuncts(subj)
	} else if d := ds.words[n].Deprel; d == "appos" {
		dst = ds.withConjuncts(ds.head(n))
	}
	if len(dst) > 0 && len(src) == 0 {
		for _, c := range ds.modifiersWith(dst[0], "nmod", "from") {
			src = append(src, ds.withConjuncts(c)...)
		}
	}
	if len(src) == 0 || len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// proxyTargets are what a sanction hits in place of the actor they
// belong to: "barring citizens of A", "tariffs on Chinese imports",
// "froze the assets of X", "revoked the licence of X" (licenceHolder).
var proxyTargets = set("citizen", "national", "resident", "traveler", "traveller", "visitor",
	"immigrant", "migrant", "refugee", "passport", "import", "export", "good", "goods", "product", "car",
	"vehicle", "steel", "aluminium", "aluminum", "asset", "account", "property", "airline", "flight",
	"ship", "vessel", "bank", "company", "firm", "entity", "individual", "official", "diplomat",
	"fund", "reserve", "holding", "wealth", "deposit", "yacht", "licence", "license", "permit",
	"concession", "accreditation", "registration", "right") // licenceWords too

// sanctionProxyArgs: a sanction whose object is a proxy of an actor
// ("an order barring citizens of Iran and Syria", "imposed tariffs on
// Chinese-made cars") hits that actor.
func sanctionProxyArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.class != graph.Sanction {
		return depArgs{}, false
	}
	var args depArgs
	found := false
	for _, read := range []func(*depSent, int, trigger) (depArgs, bool){passiveArgs, verbArgs, nounArgs} {
		if args, found = read(ds, v, t); found {
			break
		}
	}
	if !found {
		return depArgs{}, false
	}
	var dst []int
	proxied := false
	for _, w := range args.dst {
		if !proxyTargets[ds.lemma(w)] {
			dst = append(dst, w)
			continue
		}
		proxied = true
		if licenceWords[ds.lemma(w)] {
			dst = append(dst, licenceHolders(ds, w)...)
			continue
		}
		dst = append(dst, w)
		dst = append(dst, ds.owners(w)...)
		dst = append(dst, strayOrigin(ds, w)...)
	}
	if !proxied {
		return depArgs{}, false
	}
	args.dst = dst
	return args, true
}

// licenceWords are the proxies a holder owns by right, not by origin:
// a licence, permit or concession.
var licenceWords = set("licence", "license", "permit", "concession", "accreditation", "registration", "right")

// licenceHolders (rule licenceHolder) returns the holders of licence w:
// its possessor or the proper names after "of" right under it ("revoked
// the licence of Kafue Copper", "suspended Andes Pharma's licence"). A
// nationality before a described holder ("the licence of Australian
// gold producer X") only describes it and is no holder, so common nouns
// and their modifiers give none.
func licenceHolders(ds *depSent, w int) []int {
	var out []int
	for _, c := range ds.children(w, "nmod:poss", "nmod") {
		if ds.words[c].Deprel == "nmod" && ds.caseOf(c) != "of" {
			continue
		}
		if ds.words[c].Deprel == "nmod" && ds.words[c].UPOS != "PROPN" {
			// "of Australian gold producer X": a described holder, X
			// (licence_holders.go); the nationality is none.
			if k := describedHolderName(ds, c); k >= 0 {
				out = append(out, ds.withConjuncts(k)...)
			}
			continue
		}
		out = append(out, ds.withConjuncts(c)...)
	}
	return out
}

// strayOrigin: in "a tariff on goods from Canada" the parser may hang
// the goods' origin on the noun or verb that carries them, or on the
// verb above that noun ("imposed a tariff on goods from Canada" with
// "from Canada" on "imposed"); a "from" phrase right after proxy w on
// w's head or that head's head is where w comes from.
func strayOrigin(ds *depSent, w int) []int {
	var out []int
	for h, hops := ds.head(w), 0; h >= 0 && hops < 2; h, hops = ds.head(h), hops+1 {
		for _, c := range ds.children(h, "nmod", "obl") {
			if c > w && ds.caseOf(c) == "from" && c-w <= 3 {
				out = append(out, ds.withConjuncts(c)...)
			}
		}
	}
	return out
}

// owners returns the words naming whom word w belongs to: its possessor,
// its modifiers after "of" or "from", and its nationality adjectives
// and name compounds ("Chinese-made cars", "Iranian banks").
func (ds *depSent) owners(w int) []int {
	var out []int
	for _, c := range ds.children(w, "nmod:poss", "nmod", "amod", "compound") {
		switch ds.words[c].Deprel {
		case "nmod":
			if p := ds.caseOf(c); p != "of" && p != "from" {
				continue
			}
		case "amod", "compound":
			if ds.words[c].UPOS != "PROPN" && ds.words[c].UPOS != "ADJ" || c > w {
				continue
			}
		}
		out = append(out, ds.withConjuncts(c)...)
		// "Chinese-made cars", "imports of Russian oil": the
		// nationality may modify the modifier.
		for _, cc := range ds.children(c, "amod", "compound", "obl:npmod", "nmod:npmod", "nmod") {
			if p := ds.caseOf(cc); cc < c || p == "from" || p == "of" {
				out = append(out, cc)
			}
		}
	}
	// "assets belonging to X", "funds held by X"
	for _, a := range ds.children(w, "acl") {
		if ownerVerbs[ds.lemma(a)] {
			for _, p := range []string{"to", "by"} {
				for _, c := range ds.modifiersWith(a, "obl", p) {
					out = append(out, ds.withConjuncts(c)...)
				}
			}
		}
	}
	return out
}

// ownerVerbs tie a thing to its owner: "assets belonging to X", "funds
// held by X".
var ownerVerbs = set("belong", "own", "hold", "link", "tie", "control")

// sanctionNouns are measures that act as the subject of what they do:
// "the ban covers X", "the sanctions freeze the assets of X".
var sanctionNouns = set("ban", "sanction", "sanctions", "embargo", "tariff", "tariffs", "restriction",
	"restrictions", "measure", "measures", "order", "blacklist", "boycott")

// sanctionAgentArgs: "X is covered by Y's travel ban", "the sanctions
// freeze the assets of X": the source is who imposed the measure, its
// possessor or, for "the ban", whoever an earlier sentence said
// imposed it (doc.sanctionOwner, resolved when the rule's words are
// mapped to actors); the target the object, or the passive subject.
func sanctionAgentArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "sanctioned") {
		return depArgs{}, false
	}
	var measure int = -1
	var dst []int
	if subj := ds.children(v, "nsubj:pass"); len(subj) > 0 {
		for _, c := range ds.modifiersWith(v, "obl", "by") {
			if sanctionNouns[ds.lemma(c)] {
				measure = c
			}
		}
		dst = ds.withConjuncts(authorOf(ds, subj[0]))
		if isRelativePronoun(ds.lemma(subj[0])) && ds.words[v].Deprel == "acl:relcl" {
			dst = ds.withConjuncts(ds.head(v))
		}
	} else if s := verbSubject(ds, v); s >= 0 && sanctionNouns[ds.lemma(s)] {
		measure = s
		for _, o := range ds.children(v, "obj") {
			dst = append(dst, ds.withConjuncts(o)...)
		}
	}
	if ds.words[v].Deprel == "acl" && measure < 0 {
		// "the nations covered by X's ban": the participle on its noun.
		for _, c := range ds.modifiersWith(v, "obl", "by") {
			if sanctionNouns[ds.lemma(c)] {
				measure = c
				dst = ds.withConjuncts(ds.head(v))
			}
		}
	}
	if measure < 0 || len(dst) == 0 {
		return depArgs{}, false
	}
	var expanded []int
	for _, w := range dst {
		expanded = append(expanded, w)
		if proxyTargets[ds.lemma(w)] {
			expanded = append(expanded, ds.owners(w)...)
		}
	}
	return depArgs{src: []int{measure}, dst: expanded, measure: true}, true
}

// measureOwners returns who imposed the measure word w of sentence si
// stands for: its possessor ("Trump's travel ban"), its agent ("the
// sanctions imposed by the EU"), else the nearest earlier owner of the
// same measure in the article: a possessor before the same word, or
// the source of a sanction read before.
func (d *doc) measureOwners(r *reader, si int, ds *depSent, w int) []*actor {
	if p := ds.children(w, "nmod:poss"); len(p) > 0 {
		return imposers(d, d.wordActors(r, si, ds, ds.withConjuncts(p[0])))
	}
	for _, a := range ds.children(w, "acl") {
		for _, c := range ds.modifiersWith(a, "obl", "by") {
			return d.wordActors(r, si, ds, ds.withConjuncts(c))
		}
	}
	for _, c := range ds.modifiersWith(w, "nmod", "by") {
		return d.wordActors(r, si, ds, ds.withConjuncts(c))
	}
	if as := d.namedOwners(r, si, ds, w); len(as) > 0 {
		return imposers(d, as) // "U.S. duties", "American tariffs" (measures.go)
	}
	form := ds.form(w)
	for sj := si; sj >= 0 && sj > si-8; sj-- {
		ms := r.mentsBy[sj]
		for k := len(ms) - 1; k >= 0; k-- {
			m := ms[k]
			if !m.poss || m.quote || sj == si && m.a >= ds.tok[w] {
				continue
			}
			for j := m.b; j < m.b+4 && j < len(d.toks); j++ {
				if d.toks[j].low == form {
					return imposers(d, d.refs(r, m))
				}
			}
		}
		for k := len(d.rels) - 1; k >= 0; k-- {
			if rl := d.rels[k]; rl.sent == sj && sj < si && rl.class == graph.Sanction {
				return []*actor{rl.src}
			}
		}
	}
	return nil
}

// imposers keeps the possessors of a measure that can have imposed it:
// countries, organisations and office holders ("President X's travel
// ban"); a person without an office is more likely its target ("X's
// travel ban was lifted").
func imposers(d *doc, as []*actor) []*actor {
	var out []*actor
	for _, a := range as {
		if a.typ != graph.Person || d.roleOrg(a) != nil || holdsOffice(a) {
			out = append(out, a)
		}
	}
	return out
}

// holdsOffice reports whether person a carries a title that is no
// family tie ("President", "Minister").
func holdsOffice(a *actor) bool {
	for t := range a.titles {
		if !familyNoun(t) {
			return true
		}
	}
	return false
}

// fireObjects are what sides exchange when they fight.
var fireObjects = set("fire", "gunfire", "shot", "shots", "blow", "blows", "artillery", "rocket",
	"rockets", "missile", "missiles", "strike", "strikes", "shelling")

// exchangeArgs: "A and B exchanged fire", "A exchanged fire with B":
// each side attacks the other. One subject may hold both sides
// exchangeRule is the name of the parse rule of an exchange of fire.
const exchangeRule = "exchange of fire"

// ("Armenian and Azerbaijani troops exchanged fire").
func exchangeArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	fired, _, sides := exchangeSides(ds, v, t)
	if !fired || len(sides) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: sides, dst: sides}, true
}

// swapArgs: "A and B exchanged prisoners", "A swapped detainees with
// B": a verb of exchanging whose object is a thing the trigger lists
// other than fire is a swap, its sides pairwise in the class of the
// trigger's swap slot (lexicon/material.tsv: COOPERATE).
func swapArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	c, ok := t.slotClass["swap"]
	_, swapped, sides := exchangeSides(ds, v, t)
	if !ok || !swapped || len(sides) == 0 {
		return depArgs{}, false
	}
	return depArgs{pairwise: sides, class: c}, true
}

// wordsArgs (rule "parse: exchange of words"): "A and B traded
// accusations", "A exchanged insults with B", "the two sides traded
// threats": a verb of exchanging whose object is a word of blame or
// threat is that act of each side on the other, in the class of the
// word as a trigger noun (lexicon/interactions.tsv: accusation ACCUSE,
// threat THREATEN), else the class of the trigger's words slot
// (lexicon/material.tsv: insults, barbs, blame are ACCUSE).
func wordsArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	c, ok := t.slotClass["words"]
	if !ok || t.noun || !hasSlot(t, "fire") || charged(ds, v) {
		return depArgs{}, false
	}
	word := -1
	for _, o := range ds.children(v, "obj") {
		if t.objects[ds.lemma(o)] && exchangedWords[ds.lemma(o)] {
			word = o
		}
	}
	_, _, sides := exchangeSides(ds, v, t)
	if word < 0 || len(sides) == 0 {
		return depArgs{}, false
	}
	if nt, ok := triggers["n:"+ds.lemma(word)]; ok {
		c = nt.class
	}
	return depArgs{src: sides, dst: sides, class: c}, true
}

// exchangedWords are what sides trade when they blame or threaten each
// other ("traded accusations", "exchanged threats").
var exchangedWords = set("accusation", "allegation", "charge", "blame", "insult", "barb", "jibe",
	"recrimination", "criticism", "threat", "warning", "ultimatum", "invective", "abuse")

// reciprocalArgs (rule "parse: reciprocal object"): "A and B accused
// each other of …", "the two governments blamed one another": a
// trigger whose object is "each other" or "one another" is the act of
// each of its subject's sides on the other, both ways.
func reciprocalArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun {
		return depArgs{}, false
	}
	if !mayHaveReciprocal(ds) {
		return depArgs{}, false // no target can be "each other": targetsOf not asked
	}
	mutual := false
	for _, w := range targetsOf(ds, v, t) {
		mutual = mutual || reciprocalWord(ds, w)
	}
	s := verbSubject(ds, v)
	if !mutual || s < 0 {
		return depArgs{}, false
	}
	sides := ds.withConjuncts(s)
	return depArgs{src: sides, dst: sides}, true
}

// mayHaveReciprocal reports whether the sentence has a word
// reciprocalWord can accept: each of its pairs has "other" or "another"
// for a lemma, so a sentence without one (nearly every sentence) needs
// no list of a trigger's targets.
func mayHaveReciprocal(ds *depSent) bool {
	for _, l := range ds.lemmas {
		if l == "other" || l == "another" {
			return true
		}
	}
	return false
}

// reciprocalWord reports whether word w is "each other" or "one
// another" (however the parser joined the two words).
func reciprocalWord(ds *depSent, w int) bool {
	var pair string
	switch ds.lemma(w) {
	case "each", "one":
		if w+1 < len(ds.words) {
			pair = ds.lemma(w) + " " + ds.lemma(w+1)
		}
	case "other", "another":
		if w > 0 {
			pair = ds.lemma(w-1) + " " + ds.lemma(w)
		}
	}
	return pair == "each other" || pair == "one another"
}

// exchangeSides reads a verb of exchanging (slot fire): whether its
// object is fire or blows, whether it is another thing the trigger
// lists, and the sides: the subject with its conjuncts and those after
// "with" (on the verb or on the thing exchanged).
func exchangeSides(ds *depSent, v int, t trigger) (fired, swapped bool, sides []int) {
	if t.noun || !hasSlot(t, "fire") || charged(ds, v) {
		return false, false, nil
	}
	worded := false // words exchanged: the sides are read the same way (wordsArgs)
	for _, o := range ds.children(v, "obj") {
		l := ds.lemma(o)
		fired = fired || fireObjects[l]
		swapped = swapped || t.objects[l] && !fireObjects[l] && !exchangedWords[l]
		worded = worded || t.objects[l] && exchangedWords[l]
	}
	s := verbSubject(ds, v)
	if !fired && !swapped && !worded || s < 0 {
		return false, false, nil
	}
	sides = ds.withConjuncts(s)
	withs := ds.modifiersWith(v, "obl", "with")
	for _, o := range ds.children(v, "obj") {
		withs = append(withs, ds.modifiersWith(o, "nmod", "with")...) // the parser may hang "with B" on the thing
	}
	for _, c := range withs {
		sides = append(sides, ds.withConjuncts(c)...)
	}
	return fired, swapped, sides
}

// jointMarks make a noun joint work: "a joint project", "a
// collaborative study".
var jointMarks = set("joint", "collaborative", "cooperative", "co-operative", "bilateral", "trilateral")

// jointArgs: "a joint project of A and B", "A and B's joint study", "A
// and B launched a joint venture", "A launched a joint venture with B":
// the members, pairwise.
func jointArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "joint") {
		return depArgs{}, false
	}
	joint := false
	for _, c := range ds.children(n, "amod", "compound") {
		joint = joint || jointMarks[ds.lemma(c)] || jointMarks[ds.form(c)]
	}
	if !joint {
		return depArgs{}, false
	}
	var m []int
	for _, prep := range []string{"of", "between", "by", "from", "with"} {
		for _, c := range ds.modifiersWith(n, "nmod", prep) {
			m = append(m, ds.withConjuncts(c)...)
		}
	}
	if p := ds.children(n, "nmod:poss"); len(p) > 0 {
		m = append(m, ds.withConjuncts(p[0])...)
	}
	if h := ds.head(n); h >= 0 && ds.words[n].Deprel == "obj" {
		if s := verbSubject(ds, h); s >= 0 {
			m = append(m, ds.withConjuncts(s)...)
		}
		for _, c := range ds.modifiersWith(h, "obl", "with") {
			m = append(m, ds.withConjuncts(c)...)
		}
	}
	if len(m) < 2 {
		return depArgs{}, false
	}
	return depArgs{pairwise: m}, true
}

// coWorkArgs: "A and B co-authored the paper", "A co-founded the firm
// with B", "the study was co-written by A and B": the subject or agent
// with its conjuncts and partners after "with", pairwise.
func coWorkArgs(ds *depSent, v int, t trigger) (depArgs, bool) {
	if t.noun || !hasSlot(t, "co-work") {
		return depArgs{}, false
	}
	var m []int
	if ds.hasChild(v, "nsubj:pass") {
		for _, c := range ds.modifiersWith(v, "obl", "by") {
			m = append(m, ds.withConjuncts(c)...)
		}
	} else if s := verbSubject(ds, v); s >= 0 {
		m = ds.withConjuncts(s)
	}
	with := ds.modifiersWith(v, "obl", "with")
	for _, o := range ds.children(v, "obj") {
		// "co-authored the report with X": the parser may hang the
		// partner on the work.
		with = append(with, ds.modifiersWith(o, "nmod", "with")...)
	}
	for _, c := range with {
		m = append(m, ds.withConjuncts(c)...)
	}
	if len(m) < 2 {
		return depArgs{}, false
	}
	return depArgs{pairwise: m}, true
}

// looseMembersArgs: "a team from A and B and C" where the parser hung
// the later members on the noun itself as its conjuncts, not on the
// first member.
func looseMembersArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "members:from") {
		return depArgs{}, false
	}
	var m []int
	from := -1
	for _, c := range ds.modifiersWith(n, "nmod", "from") {
		from = c
		m = append(m, ds.withConjuncts(c)...)
		break
	}
	if from < 0 {
		return depArgs{}, false
	}
	for _, c := range ds.children(n, "conj") {
		if c > from && ds.words[c].UPOS == "PROPN" {
			m = append(m, ds.withConjuncts(c)...)
		}
	}
	if len(m) < 2 || len(m) == len(ds.members(n, "from")) {
		return depArgs{}, false // the general rule reads it
	}
	return depArgs{pairwise: m}, true
}

// kinArgs: "X is the son of Y", "X, the wife of Y,", "the father of Y,
// X,": the person the family noun describes and the one after "of" (or
// its possessor: "X is Y's brother").
func kinArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "kin") {
		return depArgs{}, false
	}
	return describedNounArgs(ds, n, false)
}

// tieArgs (rule "parse: tie noun"): a noun of a standing tie between
// bodies, read as kin is: "X, a treaty ally of Y,", "X is a close
// partner of Y", "X, Y's partner in the bloc," (lexicon/material.tsv,
// slot tie).
func tieArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "tie") {
		return depArgs{}, false
	}
	if args, ok := describedNounArgs(ds, n, true); ok {
		return args, true
	}
	if args, ok := oneOfTieArgs(ds, n); ok {
		return args, true // one_of_tie.go
	}
	return possessedTieArgs(ds, n) // possessed_object.go
}

// describedNounArgs reads a noun of relation n said of someone, in an
// apposition or after "be", and the one it relates them to, after "of"
// or as its possessor. An apposition needs a determiner ("X, the son of
// Y,"), or with possApposition a possessor ("X, Y's partner,"; for kin
// the role rules read "X, Y's husband," and know a former one).
func describedNounArgs(ds *depSent, n int, possApposition bool) (depArgs, bool) {
	var of []int
	for _, c := range ds.modifiersWith(n, "nmod", "of") {
		// "the son of Y", not "son-in-law" split into words.
		if firstCase(ds, c) == n+1 {
			of = ds.withConjuncts(c)
		}
		break
	}
	if p := ds.children(n, "nmod:poss"); len(of) == 0 && len(p) > 0 && ds.words[p[0]].UPOS == "PROPN" {
		of = ds.withConjuncts(p[0])
	}
	if len(of) == 0 {
		return depArgs{}, false
	}
	var who []int
	switch {
	case ds.hasChild(n, "cop") && ds.hasChild(n, "nsubj"):
		who = ds.withConjuncts(ds.children(n, "nsubj")[0])
	case ds.words[n].Deprel == "appos" && (ds.hasChild(n, "det") || possApposition && ds.hasChild(n, "nmod:poss")):
		who = []int{ds.head(n)} // "X, the son of Y,", "X, Y's partner,"
	default:
		for _, c := range ds.children(n, "appos") {
			who = append(who, c)
		}
	}
	if len(who) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: who, dst: of}, true
}

// underArgs: "under a deal with X, Y returns migrants": the deal is
// the subject's, with X.
func underArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || !hasSlot(t, "under") || !strings.HasPrefix(ds.words[n].Deprel, "obl") || ds.caseOf(n) != "under" {
		return depArgs{}, false
	}
	h := ds.head(n)
	s := verbSubject(ds, h)
	if s < 0 {
		return depArgs{}, false
	}
	var dst []int
	for _, c := range ds.modifiersWith(n, "nmod", "with") {
		dst = append(dst, ds.withConjuncts(c)...)
	}
	if len(dst) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: ds.withConjuncts(s), dst: dst}, true
}

// surfaceFix corrects, in sentence si, a reading of the surface
// patterns (relations.go) that a material construction turns around or
// reclassifies; it reports whether it changed rl.
type surfaceFix struct {
	name string
	fix  func(d *doc, s sentence, rl *rel) bool
}

// surfaceFixes are applied to each surface relation of a sentence
// before the parse is read (materialFixes).
var surfaceFixes = []surfaceFix{
	{"material.hit-with-sanctions", hitWithSanctions},
	{"material.welcomed-to", welcomedToPlace},
	{"rel.protested-to", protestedTo}, // designations.go
}

// surfaceDrops remove, in sentence si, a reading of the surface patterns
// that the words of its trigger show to be none (materialFixes).
var surfaceDrops = []surfaceFix{
	{"material.received-from", receivedFrom},
	{"rel.message-not-aid", messageNotAid},             // designations.go
	{"rel.dismissed-from-office", dismissedFromOffice}, // dismissal.go
	{"rel.appeal-to-court", appealedToCourt},           // deprel.go
}

// welcomedToPlace: "X welcomed Y to Beijing", "… to the White House" is X
// hosting Y, a consultation; the surface pattern read praise. A named
// body one joins ("welcomed Y to NATO", "to the European Union") or an
// infinitive ("welcomed Y's decision to join") leaves the praise.
func welcomedToPlace(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Support {
		return false
	}
	i := d.triggerTok(s, rl)
	if i < 0 || !strings.HasPrefix(d.toks[i].low, "welcom") {
		return false
	}
	for j := i + 1; j+1 < s.b && j <= i+7; j++ {
		if d.toks[j].kind == tPunct || d.clauseBreak(j) {
			return false
		}
		if d.toks[j].low != "to" {
			continue
		}
		k := j + 1
		if d.toks[k].low == "the" && k+1 < s.b {
			k++
		}
		end := k
		for end+1 < s.b && d.toks[end+1].cap {
			end++
		}
		if !d.toks[k].cap || d.toks[end].is(memberBodiesClass) {
			return false
		}
		rl.class = graph.Consult
		return true
	}
	return false
}

// materialIn runs before the parse rules of sentence si: it corrects the
// surface readings (materialFixes) and reads a measure acting on a
// single named actor ("Syria is covered by the ban"), which the general
// gate (mayInteract) leaves unparsed for want of a second name.
func (d *doc) materialIn(r *reader, si int, s sentence) {
	d.materialFixes(si)
	if !d.measureCue(r, si, s) || d.mayInteract(r, si, s) || d.mayInteractQuoted(r, si, s) {
		return
	}
	for _, ds := range d.parsed(si) {
		for v := range ds.words {
			if t, ok := triggerAt(&ds, v); ok && hasSlot(t, "sanctioned") {
				d.depTrigger(r, si, &ds, v)
			}
		}
	}
}

// measureForms are the forms of the triggers a measure acts through
// ("covered", "freezes").
var measureForms = func() map[string]bool {
	m := map[string]bool{}
	for key, t := range triggers {
		if hasSlot(t, "sanctioned") {
			for _, f := range inflections(key[2:]) {
				m[f] = true
			}
		}
	}
	return m
}()
var measureFormsClass = classOf(measureForms)

// measureCue tells whether sentence si names an actor outside quotes
// and has a measure word and a verb it acts through.
func (d *doc) measureCue(r *reader, si int, s sentence) bool {
	named := false
	for _, m := range r.mentsBy[si] {
		named = named || !m.mod && !m.quote
	}
	if !named {
		return false
	}
	measure, verb := false, false
	for i := s.a; i < s.b; i++ {
		if !d.inQuote[i] {
			measure = measure || d.toks[i].is(sanctionWordsClass)
			verb = verb || d.toks[i].is(measureFormsClass)
		}
	}
	return measure && verb
}

// materialFixes applies surfaceFixes to the relations read from
// sentence si; each changed relation names the fix as its rule.
func (d *doc) materialFixes(si int) {
	s := d.sents[si]
	d.dropSurface(si, s)
	for k := len(d.rels) - 1; k >= 0 && d.rels[k].sent >= si; k-- {
		rl := &d.rels[k]
		if rl.sent != si {
			continue
		}
		for _, f := range surfaceFixes {
			if f.fix(d, s, rl) {
				rl.modal.rule = f.name
				break
			}
		}
	}
}

// dropSurface removes the relations of sentence si that a surfaceDrops
// rule refuses, noting the rule in the trace.
func (d *doc) dropSurface(si int, s sentence) {
	first := len(d.rels)
	for first > 0 && d.rels[first-1].sent >= si {
		first--
	}
	kept := d.rels[:first]
	for _, rl := range d.rels[first:] {
		dropped := false
		for _, f := range surfaceDrops {
			if rl.sent == si && f.fix(d, s, &rl) {
				d.reject(si, d.triggerTok(s, &rl), f.name, "the surface reading is none: "+rl.verb)
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, rl)
		}
	}
	d.rels = kept
}

// triggerTok returns the first token of sentence s that starts rl's
// verb phrase, or -1.
func (d *doc) triggerTok(s sentence, rl *rel) int {
	first, _, _ := strings.Cut(strings.ToLower(rl.verb), " ")
	for i := s.a; i < s.b; i++ {
		if d.toks[i].low == first {
			return i
		}
	}
	return -1
}

// receiveForms are verbs whose subject gets what follows.
var receiveForms = set("received", "receives", "receive", "receiving", "got", "gets", "won", "wins",
	"secured", "secures", "obtained", "obtains", "accepted", "accepts", "attracted", "attracts")
var receiveFormsClass = classOf(receiveForms)

// receivedFrom (rule material.received-from): "Y received funding
// from X" is X's aid to Y, which the parse reads (rule "gift received
// from", with Y the subject of "received"); the surface pattern read
// "funding" as the act of whatever actor it found before it, in an
// earlier clause or sentence when Y is no actor ("The clinic received
// funding from X" credited the last person named), so its reading is
// dropped.
func receivedFrom(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Aid {
		return false
	}
	i := d.triggerTok(s, rl)
	if i < 0 {
		return false
	}
	received := false
	for j := i - 1; j >= s.a && j >= i-4 && !received; j-- {
		received = d.toks[j].is(receiveFormsClass)
	}
	from := false
	for j := i + 1; j < s.b && j <= i+6; j++ {
		from = from || d.toks[j].low == "from"
	}
	return received && from
}

// sanctionWords are the measures one is "hit with".
var sanctionWords = set("sanctions", "sanction", "tariffs", "tariff", "fines", "fine", "penalties",
	"penalty", "ban", "bans", "embargo", "restrictions", "duties", "levies")
var sanctionWordsClass = classOf(sanctionWords)

// hitWithSanctions: "X was hit with sanctions by Y", "Y hit X with
// tariffs" are sanctions, not force.
func hitWithSanctions(d *doc, s sentence, rl *rel) bool {
	if rl.class != graph.Assault {
		return false
	}
	i := d.triggerTok(s, rl)
	if i < 0 || d.toks[i].low != "hit" && d.toks[i].low != "struck" && d.toks[i].low != "slapped" {
		return false
	}
	for j := i + 1; j < s.b && j <= i+4; j++ {
		if d.toks[j].low != "with" {
			continue
		}
		for k := j + 1; k < s.b && k <= j+4; k++ {
			if d.toks[k].is(sanctionWordsClass) {
				rl.class = graph.Sanction
				return true
			}
		}
	}
	return false
}

// attackCarriers carry an attack noun in the passive ("the attack was
// carried out by X"); claimVerbs take responsibility for one.
var (
	attackCarriers = set("carry", "launch", "conduct", "stage", "mount", "perpetrate", "commit")
	claimVerbs     = set("claim", "accept", "admit", "take", "acknowledge")
)

// claimsResponsibility reports whether verb v has "responsibility" as
// its object.
func claimsResponsibility(ds *depSent, v int) bool {
	for i := range ds.words {
		if ds.head(i) == v && ds.words[i].Deprel == "obj" && ds.lemma(i) == "responsibility" {
			return true
		}
	}
	return false
}

// ownedAttackArgs: "the attack on X was carried out by Y", "Y claimed
// responsibility for the attack on X": Y attacked X.
func ownedAttackArgs(ds *depSent, n int, t trigger) (depArgs, bool) {
	if !t.noun || t.class != graph.Assault {
		return depArgs{}, false
	}
	var dst []int
	for _, prep := range []string{"on", "against"} {
		for _, c := range ds.modifiersWith(n, "nmod", prep) {
			dst = append(dst, ds.withConjuncts(c)...)
		}
	}
	h := ds.head(n)
	if len(dst) == 0 || h < 0 {
		return depArgs{}, false
	}
	var src []int
	switch rel := ds.words[n].Deprel; {
	case rel == "nsubj:pass" && attackCarriers[ds.lemma(h)]:
		for _, c := range ds.modifiersWith(h, "obl", "by") {
			src = ds.withConjuncts(c)
		}
	case rel == "nmod" && ds.caseOf(n) == "for" && ds.lemma(h) == "responsibility":
		if v := ds.head(h); v >= 0 && ds.words[h].Deprel == "obj" && claimVerbs[ds.lemma(v)] {
			if s := verbSubject(ds, v); s >= 0 {
				src = ds.withConjuncts(s)
			}
		}
	case rel == "obl" && ds.caseOf(n) == "for" && claimVerbs[ds.lemma(h)] && claimsResponsibility(ds, h):
		// "for the attack" hung on the verb rather than on
		// "responsibility": the same claim.
		if s := verbSubject(ds, h); s >= 0 {
			src = ds.withConjuncts(s)
		}
	}
	if len(src) == 0 {
		return depArgs{}, false
	}
	return depArgs{src: src, dst: dst}, true
}

// goodsOrigin: "imposed tariffs on Chinese-made cars", "banned Russian
// oil": a measure on goods (the target words ws, none an actor) that a
// nationality adjective qualifies falls on that country, when the
// article names it as an actor.
func (d *doc) goodsOrigin(ds *depSent, ws []int) []*actor {
	var out []*actor
	for _, w := range ws {
		for _, m := range ds.subtree(w, 2) {
			// "Russian oil imports", "Chinese - made cars"
			if rel := ds.words[m].Deprel; rel != "amod" && rel != "compound" {
				continue
			}
			if a := d.demonymActor(ds.words[m].Form); a != nil {
				out = appendUnique(out, a)
			}
		}
	}
	return out
}

// demonymActor returns the country actor a nationality adjective
// ("Chinese", "Chinese-made") names, or nil.
func (d *doc) demonymActor(word string) *actor {
	w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(word, "-made"), "-built"))
	for _, f := range d.x.gaz.forms[w] {
		if f.kind != gDemonym {
			continue
		}
		for _, a := range d.actors {
			if a.canon == f.canon {
				return a
			}
		}
	}
	return nil
}

// sanctionsGoods tells whether sentence si, with one mention at least,
// may impose a measure on a country's goods (goodsOrigin): a measure
// word and a nationality adjective. Such a sentence may name one actor
// only, so mayInteract lets it pass unparsed. A measure word with two
// mentions is parsed too, as the surface patterns may have read only a
// stance on the measure ("Canada welcomed U.S. tariffs on Mexico").
func (d *doc) sanctionsGoods(r *reader, si int, s sentence) bool {
	if len(r.mentsBy[si]) == 0 {
		return false
	}
	measure, demonym := false, false
	for i := s.a; i < s.b; i++ {
		w := d.toks[i].low
		measure = measure || d.toks[i].is(sanctionWordsClass) || w == "banned"
		demonym = demonym || d.isDemonymTok(i)
	}
	return measure && (demonym || len(r.mentsBy[si]) >= 2)
}

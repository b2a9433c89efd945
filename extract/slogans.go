package extract

import "github.com/newsgraph/newsgraph/graph"

// sloganNouns are things that display words ("a banner reading "…"",
// "placards saying "…"").
var sloganNouns = set("banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters",
	"slogan", "slogans", "t-shirt", "t-shirts", "shirt", "shirts", "flag", "flags", "sticker", "stickers",
	"graffiti", "message", "messages", "billboard", "billboards")
var sloganNounsClass = classOf(sloganNouns)

// displayVerbs say what a sign displays or a crowd chants.
var displayVerbs = set("reading", "read", "reads", "saying", "said", "says", "bearing", "with",
	"declaring", "proclaiming")
var chantVerbs = set("chanting", "chanted", "chant", "chants", "shouting", "shouted", "shouts", "singing", "sang", "sing")

// sloganQuote (rule sloganPersons) reports whether token i lies inside a
// quotation that a sign displays or a crowd chants: "a banner reading
// "Stop Drilling, Start Paying"", "placards saying "Free Tibet"",
// "chanting "Down With Lies"". Its capitalised words are a slogan's, no
// names of persons.
func (d *doc) sloganQuote(i int) bool {
	if i >= len(d.toks) || !d.inQuote[i] {
		return false
	}
	j := i - 1
	for j > 0 && d.toks[j].kind != tOpenQ && i-j < 12 {
		j--
	}
	if j < 1 || d.toks[j].kind != tOpenQ {
		return false
	}
	v := d.toks[j-1]
	if v.kind == tPunct && v.text == ":" && j >= 2 {
		v = d.toks[j-2]
	}
	if v.kind != tWord || v.cap {
		return false
	}
	if chantVerbs[v.low] {
		return true
	}
	if !displayVerbs[v.low] {
		return false
	}
	for k := j - 2; k >= 0 && k >= j-5; k-- {
		if d.toks[k].kind == tWord && d.toks[k].is(sloganNounsClass) {
			return true
		}
	}
	return false
}

// sloganPersons makes weak the names taken for persons that are written
// only inside slogans (sloganQuote) and that nothing shows to be persons
// (personEvidence).
func (d *doc) sloganPersons() {
	only := map[*actor]bool{}
	for _, m := range d.ments {
		if m.act == nil || m.act.typ != graph.Person {
			continue
		}
		c, seen := only[m.act]
		only[m.act] = (c || !seen) && d.sloganQuote(m.a)
	}
	for a, c := range only {
		if c && a.strong && !d.personEvidence(a) {
			a.weaken("sloganPersons")
		}
	}
}

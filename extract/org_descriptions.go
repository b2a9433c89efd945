package extract

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Organisation descriptions: "the fund", "the office", "the board", "the
// agency" refer back to the organisation of that kind named before them
// (description:organisation, resolveOrgNoun). A name with the noun is one
// of its kind ("the fund" after "the Global Resilience Fund", also
// through an alias: "the agency" after Frontex, the European Border and
// Coast Guard Agency); failing that, "the agency" is a body whose name
// ends in one of an agency's heads (lexicon/description_heads.tsv: the
// World Food Programme, the United Nations Children's Fund), and "the
// board" is the organisation whose board the text named ("the board of
// Danish brewer X", "X's board"), else the last organisation named that
// is no public body ("Shareholders of X met … backed the board").

//go:embed lexicon/description_heads.tsv
var descriptionHeadsTSV string

// descriptionHeads maps a description noun to the last words of names
// of its kind.
var descriptionHeads = mustDescriptionHeads(descriptionHeadsTSV)

func mustDescriptionHeads(src string) map[string]map[string]bool {
	m, err := parseDescriptionHeads(src)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return m
}

func parseDescriptionHeads(src string) (map[string]map[string]bool, error) {
	rows, err := tsvRows("lexicon/description_heads.tsv", src, 2, 2)
	if err != nil {
		return nil, fmt.Errorf("%w (noun, heads)", err)
	}
	out := map[string]map[string]bool{}
	for _, r := range rows {
		noun, heads := strings.ToLower(r.fields[0]), bars(r.fields[1])
		if noun == "" || len(heads) == 0 || out[noun] != nil {
			return nil, r.errorf("want a noun listed once and its heads")
		}
		out[noun] = map[string]bool{}
		for _, h := range heads {
			out[noun][strings.ToLower(h)] = true
		}
	}
	return out, nil
}

// ofOwnedNouns are the nouns "the fund", "the office" and "the board"
// that refer back to an organisation only after "the", unlike
// orgDescNouns, which also mark the name before them as an
// organisation's ("the FNV union"): a fund, an office or a board after a
// name is as often a part of it ("the Malaysia Tourism board"). Followed
// by "of" they name someone else's body ("the office of the prime
// minister", "the board of Acme"), no organisation named before.
var ofOwnedNouns = set("office", "board", "fund")

// ofOwnedNounsClass is ofOwnedNouns as a word class.
var ofOwnedNounsClass = classOf(ofOwnedNouns)

// ownedDescription reports whether the description noun at token i is
// followed by "of" and is one of ofOwnedNouns.
func (d *doc) ownedDescription(i int, s sentence) bool {
	return d.toks[i].is(ofOwnedNounsClass) && i+1 < s.b && d.toks[i+1].low == "of"
}

// namedWithNoun reports whether organisation a's name or one of its
// aliases has noun among its words, or the text used noun with it ("the
// FNV union").
func namedWithNoun(a *actor, noun string) bool {
	if strings.Contains(strings.ToLower(a.canon), noun) || a.nouns[noun] {
		return true
	}
	for _, al := range a.aliases {
		if strings.Contains(strings.ToLower(al), noun) {
			return true
		}
	}
	return false
}

// knownNames are a's name, its aliases in the article and the forms the
// gazetteer knows it by ("Frontex": "European Border and Coast Guard
// Agency"; "UNICEF": "United Nations Children's Fund").
func (d *doc) knownNames(a *actor) []string {
	out := append([]string{a.canon}, a.aliases...)
	for _, fs := range d.x.gaz.forms {
		for _, f := range fs {
			if f.canon == a.canon && f.text != a.canon {
				out = append(out, f.text)
			}
		}
	}
	return out
}

// ofKind reports whether organisation a is one "the <noun>" describes
// although the article's forms of its name lack the noun: a form the
// gazetteer knows it by has the noun, or ends in a head of the noun's
// kind or has one before its "of"/"for" phrase (descriptionHeads: "the
// agency" and the World Food Programme, the International Organization
// for Migration).
func (d *doc) ofKind(a *actor, noun string) bool {
	heads := descriptionHeads[noun]
	if heads == nil {
		return false
	}
	for _, n := range d.knownNames(a) {
		if heads[strings.ToLower(lastWord(n))] || heads[nameHead(n)] || strings.Contains(strings.ToLower(n), noun) {
			return true
		}
	}
	return false
}

// nameHead is the lower-case word before a name's first "of", "for"
// or "on" ("organization" of "International Organization for
// Migration"), "" when it has none.
func nameHead(name string) string {
	w := strings.Fields(strings.ToLower(name))
	for i := 1; i < len(w); i++ {
		if w[i] == "of" || w[i] == "for" || w[i] == "on" {
			return w[i-1]
		}
	}
	return ""
}

// orgOfKindBefore is the organisation named last before m that is of
// the kind of m's noun (ofKind), for "the agency" when no name before
// it in the article has the noun itself; nil when none.
func (d *doc) orgOfKindBefore(m *mention, noun string) *actor {
	var best *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		if a := o.act; a != nil && a.typ == graph.Organization && o.kind != sDesc && d.ofKind(a, noun) {
			best = a
		}
	}
	return best
}

// boardOwnerBefore is, for "the board", the organisation named last
// before m whose board the text named ("the board of Danish brewer X",
// "X's board", "X board"), else the last organisation named before m
// that is no public body; nil when none.
func (d *doc) boardOwnerBefore(m *mention) *actor {
	var owner, last *actor
	for _, o := range d.ments {
		if o.a >= m.a {
			break
		}
		a := o.act
		if a == nil || a.typ != graph.Organization || o.kind == sDesc || o.kind == sPron {
			continue
		}
		if !stateBody(a.canon) {
			last = a
		}
		if d.boardNamedWith(o) {
			owner = a
		}
	}
	if owner != nil {
		return owner
	}
	return last
}

// boardNamedWith reports whether the text names the board of o's
// organisation at o: "board" right after it (past a possessive), or
// "board of" up to six words before it in its sentence.
func (d *doc) boardNamedWith(o *mention) bool {
	s := d.sents[o.sent]
	k := o.b
	if k < s.b && d.toks[k].kind == tPoss {
		k++
	}
	if k < s.b && d.toks[k].low == "board" {
		return true
	}
	for j := o.a - 2; j >= s.a && j >= o.a-7; j-- {
		if d.toks[j].low == "board" && d.toks[j+1].low == "of" {
			return true
		}
	}
	return false
}

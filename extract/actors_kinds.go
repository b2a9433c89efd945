package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// This file holds rules that tell actors from names of other kinds:
// a body's common noun written with a capital ("the Administration's
// decision") and a storm's given name ("Hurricane Katrina").

// bodyNouns are common nouns of public bodies that news writes with a
// capital when they stand alone ("the Administration's decision", "the
// Government said", "the Ministry confirmed"): a description of a body,
// no name of one.
var bodyNouns = set("administration", "government", "ministry", "department", "commission",
	"committee", "council", "agency", "authority", "court", "office", "bureau", "board",
	"tribunal", "directorate", "secretariat", "municipality", "executive", "inquiry")

// bareBodyNouns makes weak the organisations named only by one word of
// bodyNouns, as a name rule reads a capitalised word ("the
// Administration's decision"), when no organisation of the article has a
// name ending in it (the short-form merge, actor.short-form, has already
// folded "the Commission" into "European Commission" when there is one).
// A gazetteer's body ("Congress", "Senate") names itself and stays.
func (d *doc) bareBodyNouns() {
	for _, a := range d.actors {
		if a.typ != graph.Organization || !a.strong || strings.Contains(a.canon, " ") || !bodyNouns[strings.ToLower(a.canon)] {
			continue
		}
		if d.namedOnlyWhere(a, func(m *mention) bool { return m.kind == sName }) {
			a.weaken("bareBodyNouns")
		}
	}
}

// stormWords open the names of storms ("Hurricane Katrina", "Typhoon
// Haiyan", "Storm Ciara", "Tropical Storm Alberto", "the storm Gloria").
var stormWords = set("hurricane", "typhoon", "cyclone", "storm", "superstorm", "windstorm", "tornado")

// stormName reports whether the capitalised run [a, b) names a storm:
// it opens with a word of stormWords and has a name after it, or a storm
// word in lower case comes right before it. The name after the storm
// word is noted (noteStorm) so that the name alone later ("Katrina
// flooded the city") is no organisation either.
func (d *doc) stormName(a, b int, s sentence) bool {
	if b-a >= 2 && stormWords[d.toks[a].low] && d.toks[a].cap {
		d.noteStorm(a+1, b)
		return true
	}
	if b-a >= 3 && d.toks[a].low == "tropical" && d.toks[a+1].low == "storm" {
		d.noteStorm(a+2, b)
		return true
	}
	if a-1 >= s.a && stormWords[d.toks[a-1].low] && !d.toks[a-1].cap {
		d.noteStorm(a, b)
		return true
	}
	return false
}

func (d *doc) noteStorm(a, b int) {
	if d.storms == nil {
		d.storms = map[string]bool{}
	}
	d.storms[graph.Fold(d.span(a, b))] = true
}

// familyPlurals makes weak the organisations named by one word that is
// the plural of the surname of a person of the article ("the Sams
// continued" after "Thomas Sam and his wife Manju Sam", "the Obamas"):
// a family, which "the" made an organisation.
func (d *doc) familyPlurals() {
	surnames := map[string]bool{}
	for _, a := range d.actors {
		if a.typ == graph.Person {
			if w := strings.Fields(a.canon); len(w) >= 2 {
				surnames[strings.ToLower(w[len(w)-1])] = true
			}
		}
	}
	for _, a := range d.actors {
		low := strings.ToLower(a.canon)
		if a.typ != graph.Organization || !a.strong || strings.Contains(low, " ") || !strings.HasSuffix(low, "s") {
			continue
		}
		if surnames[low[:len(low)-1]] || strings.HasSuffix(low, "es") && surnames[low[:len(low)-2]] {
			a.weaken("familyPlurals")
		}
	}
}

package extract

// This file records why an actor the rules made is left out of the
// batch, for explain: the pass that made it weak names itself, and
// Explain says why in words.

// weaken leaves actor a out of the batch (unless a later mention makes
// it strong again) and records the rule that did, one of weakReasons'
// keys.
func (a *actor) weaken(rule string) {
	a.strong = false
	a.weakBy = rule
}

// weakReasons say, for each rule that makes actors weak, why the actor
// is not stored; docs/EXPLAIN.md names the rules.
var weakReasons = map[string]string{
	"unevidencedPersons:place": "a name taken for a person that the text also writes as a place (\"in Los Angeles\") and nothing shows to be a person (unevidencedPersons)",
	"unevidencedPersons":       "a name taken for a person that looks like a thing's and nothing shows to be a person (unevidencedPersons)",
	"captionPersons":           "a person named only in pictures' captions and nothing shows to be a person (captionPersons)",
	"sloganPersons":            "a name written only inside a slogan a sign displays or a crowd chants (\"a banner reading \"Stop Drilling\"\") and nothing shows to be a person (sloganPersons)",
	"idleAcronyms":             "an acronym that never acts, speaks or holds anyone (idleAcronyms)",
	"idleArticleNames":         "an organisation only its \"the\" made one, which never acts (idleArticleNames)",
	"versionedProducts":        "a product line, written with a version number and without (versionedProducts)",
	"placeOnlyFacilities":      "a facility named only where something happens (placeOnlyFacilities)",
	"companyOwnerCountries":    "a country named only as the owner of a company, a paper or another body not of its state (\"Norway's Aftenposten\") (companyOwnerCountries)",
	"modifierOnlyNames":        "named only as the modifier of a common noun (modifierOnlyNames)",
	"namedAfterPerson":         "a thing named after a person of the article (namedAfterPerson)",
	"familyPlurals":            "the plural of a person's surname (\"the Sams\"): a family, no organisation (familyPlurals)",
	"idleUnnamedBodies":        "a country's body made for a description (\"the army said\") that neither speaks nor takes part in a relation (idleUnnamedBodies)",
	"bareBodyNouns":            "a body's common noun written with a capital (\"the Administration's decision\") and no organisation of the article named with it (bareBodyNouns)",
}

// notStoredReason says why actor a is not stored: the reason of the rule
// that made it weak, or that only headings, lists or tables name it.
func notStoredReason(a *actor) string {
	if r, ok := weakReasons[a.weakBy]; ok {
		return r
	}
	return "named only in headings, lists or tables"
}

package extract

import "strings"

// commaParticiple (clauseModality) reports whether word i is a
// participle clause set off by a comma from the verb it hangs on,
// with no mark of its own: "Rwanda rejected the resolution, accusing
// the council of bias", "Zambia suspended the permit, accusing it of
// polluting". Such a clause tells what the subject did besides, so the
// meaning of the verb before it (rejected, suspended, refused) does not
// make it undone or unreal; a negator or modal of that verb still
// counts, as clauseModality reads on up.
func commaParticiple(ds *depSent, i int) bool {
	if ds.words[i].Deprel != "advcl" || !strings.HasSuffix(strings.ToLower(ds.form(i)), "ing") || ds.hasChild(i, "mark") {
		return false
	}
	for _, c := range ds.children(i, "punct") {
		if c < i && ds.form(c) == "," {
			return true
		}
	}
	return i > 0 && ds.form(i-1) == ","
}

package extract

// objectPartners (rule "parse: verb subject and object", through
// targetsOf): "coordinated its plan with X and with Y", "discussed the
// matter with X": the parser may hang the "with" partners of a verb
// that takes one on the verb's object; they are the verb's. Only for
// "with", and only for a trigger whose object is no qualifier (a light
// verb's object, "sought help from X", is read by targetsOf itself).
func objectPartners(ds *depSent, v int, t trigger, prep string) []int {
	if prep != "with" || t.objects != nil {
		return nil
	}
	var out []int
	for _, o := range ds.children(v, "obj") {
		out = append(out, ds.modifiersWith(o, "nmod", "with")...)
		for _, c := range ds.children(o, "conj") {
			if ds.caseOf(c) == "with" {
				out = append(out, c) // "discussed the dispute with X and with Y", Y hung on "dispute"
			}
		}
	}
	return out
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestSpokenForSubject: a verb after "and" right after a clause a
// spokesperson reports is the act of the body the clause's subject
// names, when the spokesperson speaks for it (spokenForSubject); a
// minister's or another body's spokesperson's stays the speaker's.
func TestSpokenForSubject(t *testing.T) {
	runTriggerCases(t, []triggerCase{
		{"spokesman of the body in the clause",
			"EU spokesman Tom Berg said the European Union was alarmed and called on Serbia to show restraint.",
			"European Union REQUEST Serbia", graph.Asserted, "Tom Berg REQUEST Serbia"},
		{"spokeswoman of the country's ministry, the country as a seat",
			"Australian Foreign Ministry spokeswoman Ann Lee said Canberra rejected the sanctions and urged Beijing to lift them.",
			"Australia REQUEST China", graph.Asserted, "Ann Lee REQUEST China"},
		{"another verb: accuse",
			"NATO spokeswoman Lina Holt said the alliance had no troops there and accused Belarus of spreading lies.",
			"NATO ACCUSE Belarus", graph.Asserted, "Lina Holt ACCUSE Belarus"},
		{"a minister acts in her own name",
			"Foreign Minister Ana Ruiz said Peru was ready and called on Chile to resume talks.",
			"Ana Ruiz REQUEST Chile", graph.Asserted, "Peru REQUEST Chile"},
		{"a spokesman of another body",
			"Interpol spokesman Jan Dorn said the European Union had not acted and urged Turkey to hand over the suspects.",
			"", "", "European Union REQUEST Turkey"},
		{"negated act of the body",
			"EU spokesman Tom Berg said the European Union was alarmed but did not call on Serbia to withdraw.",
			"", "", "European Union REQUEST Serbia"},
	})
}

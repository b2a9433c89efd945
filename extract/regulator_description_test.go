package extract

import "testing"

// TestSanctionerBefore (sanctionerBefore, in resolveOrgNoun): "the
// regulator", "the watchdog" after a body whose name has no regulator's
// head is the organisation that imposed the last sanction before; not
// one that imposed none, nor a sanction only threatened.
func TestSanctionerBefore(t *testing.T) {
	runEdgeListCases(t, []edgeListCase{
		{"the regulator after an acronym that fined",
			"BaFin fined Rhenus Privatbank 3 million euros on Friday. The regulator also fined Albrecht Securities in October.",
			[]string{"BaFin SANCTION Albrecht Securities"}, nil},
		{"the watchdog after a central bank that fined",
			"The Bank of Lithuania fined Siauliu Credit on Friday. The watchdog also fined Baltic Payments Group in October.",
			[]string{"Bank of Lithuania SANCTION Baltic Payments Group"}, nil},
		{"a body that sanctioned no one is no regulator",
			"Rhenus Privatbank met BaFin on Friday. The regulator later fined Albrecht Securities.",
			nil, []string{"Rhenus Privatbank SANCTION Albrecht Securities"}},
		{"a threatened fine makes no regulator",
			"Rhenus Privatbank said it might fine Albrecht Securities. The regulator later fined Kessler Trade.",
			nil, []string{"Rhenus Privatbank SANCTION Kessler Trade"}},
	})
}

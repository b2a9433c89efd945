package extract

import (
	"strings"
	"testing"
)

func TestEchoDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, word, want string
	}{
		{"a lower-case echo of a named commission",
			"The Central Electoral Commission counted the ballots overnight. Turnout was low, the electoral commission said.",
			"the electoral commission", "Central Electoral Commission by description:echo ← Central Electoral Commission"},
		{"the words of the echo may stand in another order in the name",
			"The Ministry of Emergency Situations sent rescuers to the valley. Nine people died, the emergency situations ministry said.",
			"the emergency situations ministry", "Ministry of Emergency Situations by description:echo ← Ministry of Emergency Situations"},
		{"a nationality before the echo of a body named with its country's possessive",
			"Moldova's State Border Service closed two crossings. Traders were stranded, the Moldovan border service said.",
			"the Moldovan border service", "State Border Service by description:echo ← State Border Service"},
		{"the echo is the body named last that has its words",
			"The Federal Customs Service seized the cargo. The Federal Tax Service fined the firm. Officials erred, the customs service said.",
			"the customs service", "Federal Customs Service by description:echo ← Federal Customs Service"},
		{"a body of another country is no echo",
			"The Polish Border Guard Service closed a crossing. Trucks queued, the Czech border service said.",
			"the Czech border service", " by "},
		{"words the name does not have echo nothing",
			"The Central Electoral Commission counted the ballots. The regional commission said turnout was low.",
			"The regional commission", " by "},
		{"a noun used with the name is a head of its echo",
			"The Danish charity Sea Shepherd Relief rescued 40 people. The people were safe, the Danish charity said.",
			"the Danish charity", "Sea Shepherd Relief by description:echo ← Sea Shepherd Relief"},
		{"a phrase going on as a modifier is no echo",
			"The Central Electoral Commission met. The electoral commission chairman said turnout was low.",
			"The electoral commission", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkResolution(t, tc.text, tc.word, tc.want)
		})
	}
}

func TestEchoSpeaks(t *testing.T) {
	text := "The Central Electoral Commission counted the ballots overnight. Turnout was 61 percent, the electoral commission said."
	want := "STATED: the electoral commission (description:echo) ← Central Electoral Commission = Central Electoral Commission"
	got := resolvedEvidence(t, text)
	for _, g := range got {
		if g == want {
			return
		}
	}
	t.Errorf("evidence of %q records %q, want %q among them", text, got, want)
}

func TestImpliedMinistry(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"the ministry of a minister the sentence names",
			"Peruvian Trade Minister Ana Ruiz met her Chilean counterpart on Monday, the trade ministry said.",
			"Peruvian Trade Ministry"},
		{"a nationality's bare ministry is the ministry of its minister named before",
			"Chilean Foreign Minister Pablo Soto phoned his counterpart on Friday, the Chilean ministry said.",
			"Chilean Foreign Ministry"},
		{"the ministry in a capital is that country's",
			"Danish Foreign Minister Lars Holm called his counterpart, the foreign ministry in Copenhagen said.",
			"Danish Foreign Ministry"},
		{"with no minister named, the dateline's country",
			"LIMA, May 4 (Wire) - Police searched the transport ministry on Monday, prosecutors said.",
			"Peruvian Transport Ministry"},
		{"a bare ministry in a capital is a place, no ministry of its own",
			"Danish Trade Minister Lars Holm spoke on Monday. Farmers protested outside the ministry in Copenhagen.",
			""},
		{"a seat of international bodies is no home of the ministry",
			"GENEVA, May 4 (Wire) - Police searched the transport ministry on Monday, prosecutors said.",
			""},
		{"a minister of another portfolio gives no ministry",
			"Peruvian Trade Minister Ana Ruiz met her counterpart on Monday, the foreign ministry said.",
			""},
		{"a ministry named before is the echo's, no new one",
			"LIMA, May 4 (Wire) - The Ministry of Transport of Chile fined the firm. The firm will appeal, the transport ministry said.",
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range actorNames(t, tc.text) {
				if name, ok := strings.CutSuffix(a, " Ministry (organization)"); ok {
					got = append(got, name+" Ministry")
				}
			}
			if tc.want == "" && len(got) == 0 {
				return
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("ministries of %q: %q, want [%q]", tc.text, got, tc.want)
			}
		})
	}
}

func TestImpliedMinistrySpeaks(t *testing.T) {
	text := "Peruvian Trade Minister Ana Ruiz met her Chilean counterpart on Monday, the trade ministry said."
	want := "Peruvian Trade Ministry: Peruvian Trade Minister Ana Ruiz met her Chilean counterpart on Monday"
	got := statementsOf(t, text)
	if !contains(got, want) {
		t.Errorf("statements of %q: %q, want %q among them", text, got, want)
	}
}

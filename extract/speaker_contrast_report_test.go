package extract

import "testing"

// TestContrastReport: ", while X said B" after a reported clause opens
// X's own statement; a "while" clause with no verb of speech stays in
// the first.
func TestContrastReport(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a second speaker after while: the first ends",
			"Finland's transport ministry said it backed the new tolls on the bridge, while Sweden's consulate in Turku said Stockholm wanted the fees cut.",
			"Finnish Transport Ministry: it backed the new tolls on the bridge", []string{"Finnish Transport Ministry: it backed the new tolls on the bridge, while"}},
		{"a second speaker after while: its own statement",
			"Finland's transport ministry said it backed the new tolls on the bridge, while Sweden's consulate in Turku said Stockholm wanted the fees cut.",
			"Swedish Consulate: Stockholm wanted the fees cut", nil},
		{"whereas with a named person",
			"Mayor Anja Lund said the bridge would reopen in May, whereas transport minister Pekka Virta said repairs could last until July.",
			"Pekka Virta: repairs could last until July", []string{"Anja Lund: the bridge would reopen in May, whereas"}},
		{"no verb of speech after while: one statement",
			"Mayor Anja Lund said toll revenue rose in the spring, while traffic on the old ferry route fell by a third.",
			"Anja Lund: toll revenue rose in the spring, while traffic on the old ferry route fell by a third", nil},
	})
}

// TestQuotedAsideBut: a partly quoted clause goes on after "…", X said,
// but SUBJECT …; the speaker's own act after "but" does not.
func TestQuotedAsideBut(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"but with a subject of its own",
			"Finance Minister Lena Borg spoke in Uppsala on Monday. Sweden would not accept \"a tax on thrift\", she said, but it remained open to a common budget.",
			"Lena Borg: Sweden would not accept \"a tax on thrift\", but it remained open to a common budget", nil},
		{"but with the speaker's own act stays the quoted clause",
			"Finance Minister Lena Borg spoke in Uppsala on Monday. Sweden would not accept \"a tax on thrift\", she said, but gave no date for the vote.",
			"Lena Borg: Sweden would not accept \"a tax on thrift", []string{"Lena Borg: Sweden would not accept \"a tax on thrift\", but"}},
		{"and after the aside is no continuation",
			"Finance Minister Lena Borg spoke in Uppsala on Monday. Sweden would not accept \"a tax on thrift\", she said, and the cabinet agreed.",
			"Lena Borg: Sweden would not accept \"a tax on thrift", []string{"Lena Borg: Sweden would not accept \"a tax on thrift\", and"}},
	})
}

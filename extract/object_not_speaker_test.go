package extract

import "testing"

// TestObjectNotSpeaker: after "and said", an actor that is only the
// object of the first verb does not speak.
func TestObjectNotSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an unresolved description accused an actor and said",
			"The fishermen's cooperative accused the Norwegian Coast Guard of \"bullying small boats\" and said its members would stay in port.",
			"", []string{"Norwegian Coast Guard: its members would stay in port"}},
		{"a named subject still speaks",
			"Brenvik Foods thanked the Latvian veterinary board for its review and said the dairy would reopen in May.",
			"Brenvik Foods: the dairy would reopen in May", nil},
	})
}

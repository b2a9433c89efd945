package extract

import (
	"strings"
	"testing"
)

// TestTranscriptLabelPersons: in a transcript, a speaker label in
// capitals that names nobody the article names in full is a person whose
// lines are statements; labels of parts, lone labels and labels outside
// a transcript make no one.
func TestTranscriptLabelPersons(t *testing.T) {
	const intro = "Mayor Lena Holm spoke about the harbour on Sunday's radio programme.\n\nA partial transcript follows:\n\n"
	tests := []struct {
		name, text string
		want       string // "speaker: words" a statement must start with; "" for none
		notWant    string // a "speaker: words" prefix no statement may have
	}{
		{"a host named only by the label",
			intro + "\"VIKSTROM: Let us start with the storm that closed the harbour last week.\n\n\"HOLM: The harbour will open again before the winter storms arrive.\n\n\"VIKSTROM: Will you also rebuild the old pier before the summer?\n\n\"HOLM: We will rebuild the pier if the council finds the money.",
			"Vikstrom: Let us start with the storm", "Lena Holm: Let us"},
		{"the named guest keeps her lines",
			intro + "VIKSTROM: Let us start with the storm that closed the harbour last week.\n\nHOLM: The harbour will open again before the winter storms arrive.\n\nVIKSTROM: Will you also rebuild the old pier before the summer?",
			"Lena Holm: The harbour will open again", "Vikstrom: The harbour"},
		{"a label of a part names no one",
			intro + "HOST: Let us start with the storm that closed the harbour last week.\n\nHOLM: The harbour will open again before the winter storms arrive.\n\nHOST: Will you also rebuild the old pier before the summer?",
			"", "Host:"},
		{"a label heading one line only names no one",
			intro + "VIKSTROM: Let us start with the storm that closed the harbour last week.\n\nHOLM: The harbour will open again before the winter storms arrive.\n\nHOLM: We will rebuild the pier if the council finds the money.",
			"", "Vikstrom:"},
		{"no transcript without a named speaker among the labels",
			"The harbour closed after the storm.\n\nUPDATE: The harbour will open again before the winter storms arrive.\n\nWARNING: Ferries will run late on Monday and Tuesday because of the wind.\n\nUPDATE: The old pier stays closed until the spring.",
			"", "Update:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOf(t, tc.text)
			var unwanted func(string) bool
			if tc.notWant != "" {
				unwanted = func(g string) bool { return strings.HasPrefix(g, tc.notWant) }
			}
			checkStatements(t, got, tc.want, unwanted)
		})
	}
}

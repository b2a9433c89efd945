package editdist

import "testing"

func TestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"abc", "", 3},
		{"zelensky", "zelensky", 0},
		{"zelensky", "zelenskyy", 1},  // insertion
		{"zelenskiy", "zelensky", 1},  // deletion
		{"zelensky", "zelenski", 1},   // substitution
		{"bauchtman", "buchtmann", 2}, // a letter moved
		{"kitten", "sitting", 3},
		{"Łukasz", "Lukasz", 1}, // letters, not bytes
	} {
		if got := Levenshtein([]rune(tc.a), []rune(tc.b)); got != tc.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// digestByHash is digest as first written: the parts written one by one
// into a hash, zero bytes between them, the whole sum in hex, cut to 16.
func digestByHash(prefix string, parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return prefix + hex.EncodeToString(h.Sum(nil))[:16]
}

// TestDigestIsTheSumOfTheJoinedParts checks digest's stack buffer and
// its pieces of long parts against the plain hash, at every length
// around the buffer's size and the hash's block size, so that no ID
// changes.
func TestDigestIsTheSumOfTheJoinedParts(t *testing.T) {
	text := strings.Repeat("Kestrel Air said on Tuesday that it would sue Meridian. ", 40)
	cases := [][]string{nil, {""}, {"", ""}, {"act_x", "rel", ""}, {"zelensky"}}
	for n := 0; n <= 600; n++ {
		cases = append(cases, []string{text[:n]}, []string{text[:n/2], "ROLE", text[n/2 : n]})
	}
	cases = append(cases, []string{text}, []string{text, text[:77], "x"})
	for _, parts := range cases {
		for _, prefix := range []string{"", "act_", "rel_"} {
			if got, want := digest(prefix, parts...), digestByHash(prefix, parts...); got != want {
				t.Fatalf("digest(%q, %d parts of %d bytes) = %s, want %s", prefix, len(parts), joinedLen(parts), got, want)
			}
		}
	}
	if got := ActorID("Zelensky"); got != ID(digestByHash("act_", Fold("Zelensky"))) {
		t.Errorf("ActorID = %s", got)
	}
}

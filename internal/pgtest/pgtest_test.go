package pgtest

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a testing.TB that records how a test was ended instead of
// ending it.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()                           {}
func (r *recorder) Skip(args ...any)                  { r.skipped = fmt.Sprint(args...) }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = fmt.Sprintf(format, args...) }

func TestUnavailableSkipsUnlessRequired(t *testing.T) {
	for _, c := range []struct {
		required string
		fails    bool
	}{{"", false}, {"1", true}} {
		t.Run("required="+c.required, func(t *testing.T) {
			t.Setenv(EnvRequired, c.required)
			r := &recorder{TB: t}
			unavailable(r, "PostgreSQL is not available (no initdb)")
			got := r.skipped
			if c.fails {
				got = r.failed
			}
			if got == "" || (r.skipped != "") == (r.failed != "") {
				t.Fatalf("skipped %q, failed %q; want only one, failed=%v", r.skipped, r.failed, c.fails)
			}
			if !strings.Contains(got, "PostgreSQL is not available (no initdb)") {
				t.Errorf("message %q does not say why", got)
			}
			if c.fails && !strings.Contains(got, EnvRequired) {
				t.Errorf("failure %q does not name %s", got, EnvRequired)
			}
		})
	}
}

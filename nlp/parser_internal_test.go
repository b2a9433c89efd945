package nlp

import (
	"os"
	"path/filepath"
	"testing"
	"unicode"
)

// heads builds a 1-based head array (index 0 unused) from a list.
func heads(hs ...int32) []int32 { return append([]int32{0}, hs...) }

func TestProjectiveHeadsLiftsCrossingArcs(t *testing.T) {
	cases := []struct {
		name string
		in   []int32
		want []int32
	}{
		{"projective stays", heads(2, 0, 2), heads(2, 0, 2)},
		// 1 ← 3 crosses 2 → 4: token 2 (head 4) lies under arc 3→1 but
		// does not descend from 3; the shortest crossing arc is lifted.
		{"crossing arc lifted", heads(3, 4, 0, 3), heads(3, 3, 0, 3)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := make([]Token, len(c.in)-1)
			for i := range toks {
				toks[i].Head = int(c.in[i+1])
			}
			got, _ := projectiveHeads(toks, nil, nil, map[string]int{})
			for i := 1; i < len(got); i++ {
				if got[i] != c.want[i] {
					t.Fatalf("heads = %v, want %v", got[1:], c.want[1:])
				}
			}
			if shortestNonProjective(got) >= 0 {
				t.Errorf("heads %v still cross", got[1:])
			}
		})
	}
}

// followOracle parses with the dynamic oracle alone, always taking the
// first zero-cost move, and returns the heads it builds.
func followOracle(t *testing.T, gold []int32) []int32 {
	t.Helper()
	var st parseState
	st.reset(len(gold) - 1)
	var ok [nMoves]bool
	var cost [nMoves]int
	for steps := 0; !st.terminal(); steps++ {
		if steps > 4*len(gold) {
			t.Fatalf("oracle loops on %v", gold[1:])
		}
		st.valid(&ok)
		st.costs(gold, &ok, &cost)
		mv := -1
		for m := 0; m < nMoves; m++ {
			if ok[m] && cost[m] == 0 {
				mv = m
				break
			}
		}
		if mv < 0 {
			t.Fatalf("no zero-cost move for %v at stack %v buffer %d", gold[1:], st.stack, st.b)
		}
		st.apply(mv, 0)
	}
	return st.heads
}

func TestOracleRebuildsEveryProjectiveTreeOfTheTreebank(t *testing.T) {
	dir, err := FindUD()
	if err != nil {
		t.Skip(err.Error())
	}
	f, err := os.Open(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := ReadCoNLLU(f, "dev")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		gold, _ := projectiveHeads(r.Sentence.Tokens, nil, nil, map[string]int{})
		got := followOracle(t, gold)
		for i := 1; i < len(gold); i++ {
			if got[i] != gold[i] {
				t.Fatalf("%s: oracle heads %v, gold %v", r.ID, got[1:], gold[1:])
			}
		}
	}
}

func TestFeatTableFindsWhatItHolds(t *testing.T) {
	tab := newFeatTable(4)
	for k := uint64(1); k <= 1000; k++ {
		if r := tab.add(k * 0x9e3779b97f4a7c15); r != int32(k-1) {
			t.Fatalf("add(%d) = row %d, want %d", k, r, k-1)
		}
	}
	for k := uint64(1); k <= 1000; k++ {
		if r := tab.get(k * 0x9e3779b97f4a7c15); r != int32(k-1) {
			t.Fatalf("get(%d) = %d, want %d", k, r, k-1)
		}
	}
	if tab.get(12345) != -1 {
		t.Error("get of an absent key found a row")
	}
}

func TestHashLowerMatchesHashOfLowercase(t *testing.T) {
	for _, s := range []string{"Hello", "ÉCOLE", "école", "ΣΊΣΥΦΟΣ", "", "don't"} {
		want := hashString(toLowerForTest(s))
		if got := hashLower(s); got != want {
			t.Errorf("hashLower(%q) = %x, want %x", s, got, want)
		}
	}
}

func toLowerForTest(s string) string {
	var out []rune
	for _, r := range s {
		out = append(out, unicode.ToLower(r))
	}
	return string(out)
}

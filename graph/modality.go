package graph

import "strings"

// Modality says how a sentence presents the fact a piece of evidence
// was read from: as having happened, as planned, as denied, as possible,
// or as something one side asks of another. It is a closed set, ordered
// from the most factual to the least (see Rank):
//
//	""             asserted: it happened ("X met Y", "X's talks with Y")
//	"planned"      announced or scheduled: "X will meet Y", "plans to",
//	               "is expected to", "agreed to hold talks next week",
//	               "said it would meet Y on Monday"
//	"demanded"     asked for or proposed by someone, not done: "called for
//	               talks with Y", "urged X to meet Y", "has proposed
//	               negotiations", "demanded that X withdraw"
//	"hypothetical" possible, conditional or threatened: "would meet Y if",
//	               "could", "may", "might", "threatened to strike Y",
//	               "sought to", "wants to"
//	"negated"      denied or not done: "did not meet", "never", "no
//	               longer", "refused to", "denied that", "would not join"
//
// Asserted and planned facts are factual (Factual): the default graph,
// the API and the exports show them. The others are kept with their
// evidence and shown on request. The request itself ("X urged Y") is an
// asserted REQUEST; "demanded" is the modality of what was asked for.
type Modality string

// The modalities, most factual first.
const (
	Asserted     Modality = ""
	Planned      Modality = "planned"
	Demanded     Modality = "demanded"
	Hypothetical Modality = "hypothetical"
	Negated      Modality = "negated"
)

// Modalities lists every modality, most factual first.
var Modalities = []Modality{Asserted, Planned, Demanded, Hypothetical, Negated}

// Valid reports whether m is one of the known modalities.
func (m Modality) Valid() bool { return m.Rank() >= 0 }

// Rank is m's place in Modalities (0 for asserted), or -1 for an unknown
// modality.
func (m Modality) Rank() int {
	for i, x := range Modalities {
		if m == x {
			return i
		}
	}
	return -1
}

// NodeModality is how an event's sentences present it: events that are
// no plain assertion carry their modality in Attrs["modality"]. It is
// Asserted for every other node, and for a value that is no modality.
func NodeModality(n Node) Modality {
	m, err := ParseModality(n.Attrs["modality"])
	if err != nil {
		return Asserted
	}
	return m
}

// Factual reports whether m presents a fact: asserted or planned.
func (m Modality) Factual() bool { return m == Asserted || m == Planned }

// Name is m for people: "asserted" for the empty modality.
func (m Modality) Name() string {
	if m == Asserted {
		return "asserted"
	}
	return string(m)
}

// ParseModality reads a modality by its Name, in any case ("asserted",
// "PLANNED"), with an error of kind Invalid naming s otherwise.
func ParseModality(s string) (Modality, error) {
	l := strings.ToLower(strings.TrimSpace(s))
	if l == "asserted" {
		return Asserted, nil
	}
	if m := Modality(l); m != Asserted && m.Valid() {
		return m, nil
	}
	return "", Errorf("graph.ParseModality", Invalid, "unknown modality %q (want asserted, planned, demanded, hypothetical or negated)", s)
}

// MoreFactual returns whichever of a and b is more factual (the lower
// Rank); unknown modalities count as least factual.
func MoreFactual(a, b Modality) Modality {
	ra, rb := a.Rank(), b.Rank()
	if ra < 0 {
		return b
	}
	if rb < 0 || ra <= rb {
		return a
	}
	return b
}

// FactualLinks returns the links whose edges are facts (Link.Modality
// asserted or planned): traversals and path searches follow only facts
// unless asked for the rest. links is returned as it is when all are
// facts, and never changed.
func FactualLinks(links []Link) []Link {
	for i, l := range links {
		if l.Modality.Factual() {
			continue
		}
		out := append(make([]Link, 0, len(links)-1), links[:i]...)
		for _, l := range links[i+1:] {
			if l.Modality.Factual() {
				out = append(out, l)
			}
		}
		return out
	}
	return links
}

package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
)

// ID prefixes say a node's kind at a glance ("act_…" is an actor).
var kindPrefix = map[NodeKind]string{
	KindActor:     "act_",
	KindStatement: "stm_",
	KindEvent:     "evt_",
	KindObject:    "obj_",
	KindArticle:   "art_",
}

// KindPrefix is the prefix NodeID gives the IDs of kind k ("" for an
// unknown kind).
func KindPrefix(k NodeKind) string { return kindPrefix[k] }

// KindOfID returns the node kind an ID was made for, or "" when the ID
// was not made by NodeID (edge IDs, foreign strings).
func KindOfID(id ID) NodeKind {
	for k, p := range kindPrefix {
		if strings.HasPrefix(string(id), p) {
			return k
		}
	}
	return ""
}

// digest returns prefix and the first 16 hex digits of the SHA-256 of
// parts joined by zero bytes. Short parts are hashed from a buffer on
// the stack and long ones (an article's text) in pieces, so that only
// the returned string is allocated: every node and edge of a batch
// takes an ID, and an article's text is hashed whole.
func digest(prefix string, parts ...string) string {
	var buf [256]byte
	var sum [sha256.Size]byte
	if n := len(parts) - 1 + joinedLen(parts); n <= len(buf) {
		b := buf[:0]
		for i, p := range parts {
			if i > 0 {
				b = append(b, 0)
			}
			b = append(b, p...)
		}
		sum = sha256.Sum256(b)
	} else {
		h := sha256.New()
		for i, p := range parts {
			if i > 0 {
				h.Write([]byte{0})
			}
			for len(p) > 0 {
				k := copy(buf[:], p)
				h.Write(buf[:k])
				p = p[k:]
			}
		}
		h.Sum(sum[:0])
	}
	out := make([]byte, len(prefix)+16)
	copy(out, prefix)
	hex.Encode(out[len(prefix):], sum[:8])
	return string(out)
}

func joinedLen(parts []string) int {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	return n
}

// NodeID makes the deterministic ID of a node of kind k from the parts
// that identify it (an actor's folded name, an article ID and an offset).
func NodeID(k NodeKind, parts ...string) ID {
	return ID(digest(kindPrefix[k], parts...))
}

// ActorID is the ID of a new actor with the given canonical name. Names
// that fold alike (Zelensky, Zelenskyy) give the same ID.
func ActorID(name string) ID { return NodeID(KindActor, Fold(name)) }

// ArticleID is the ID of an article: a digest of its text, so the same
// text ingested twice is recognised as one article.
func ArticleID(text string) ID { return NodeID(KindArticle, text) }

// EdgeID is the deterministic ID of the edge (source, class, target); for
// symmetric classes the two ends are ordered first, so both directions
// give one edge.
func EdgeID(source ID, class EdgeClass, target ID) ID {
	source, target = Orient(source, class, target)
	return ID(digest("rel_", string(source), string(class), string(target)))
}

// Orient orders the ends of a symmetric edge (smaller ID first) and
// leaves directed edges alone.
func Orient(source ID, class EdgeClass, target ID) (ID, ID) {
	if class.Symmetric() && target < source {
		return target, source
	}
	return source, target
}

// Fold reduces a name to the key under which it is looked up: lower case,
// accents and punctuation removed, a leading "the" and a possessive "'s"
// dropped, and transliteration variants folded (Zelenskyy, Zelenskiy and
// Zelensky; Andrii and Andriy; Yuri and Yury; Dmitriev and Dmitriyev).
func Fold(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := true
	for _, r := range name {
		r = unaccent(unicode.ToLower(r))
		switch {
		case r == '\'' || r == '\u2019' || r == '.' || r == '\u2018':
			// Apostrophes and dots vanish: U.S. = US; the possessive's
			// "s" is removed per word below.
			if r != '.' {
				b.WriteRune('\'')
			}
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	if folded, ok := foldPlain(b.String()); ok {
		return folded
	}
	words := strings.Fields(b.String())
	out := words[:0]
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w == "" || (i == 0 && w == "the" && len(words) > 1) {
			continue
		}
		out = append(out, foldTranslit(w))
	}
	return strings.Join(out, " ")
}

// foldPlain is the rest of Fold for most names, without splitting them
// into words and joining them again: s is Fold's lower-case letters and
// digits, words apart by one space (and perhaps one at the end). When s
// has no apostrophe (no possessive to drop) and no word a
// transliteration changes, the folded name is s without that space and
// without a leading "the "; otherwise ok is false.
func foldPlain(s string) (folded string, ok bool) {
	if strings.IndexByte(s, '\'') >= 0 {
		return "", false
	}
	s = strings.TrimSuffix(s, " ")
	if rest, the := strings.CutPrefix(s, "the "); the {
		s = rest
	}
	for w := range strings.SplitSeq(s, " ") {
		if foldTranslit(w) != w {
			return "", false
		}
	}
	return s, true
}

// foldTranslit folds the common variants of romanised Slavic names.
func foldTranslit(w string) string {
	if len(w) < 4 {
		return w
	}
	w = strings.ReplaceAll(w, "yy", "y")
	w = strings.ReplaceAll(w, "iy", "i")
	w = strings.ReplaceAll(w, "ii", "i")
	if strings.HasSuffix(w, "y") {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// unaccent maps the accented Latin letters news text uses to their base
// letter; the standard library has no Unicode decomposition tables.
func unaccent(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if m, ok := accents[r]; ok {
		return m
	}
	return r
}

var accents = func() map[rune]rune {
	m := map[rune]rune{}
	add := func(base rune, forms string) {
		for _, f := range forms {
			m[f] = base
		}
	}
	add('a', "àáâãäåāăą")
	add('c', "çćĉċč")
	add('d', "ďđ")
	add('e', "èéêëēĕėęě")
	add('g', "ĝğġģ")
	add('h', "ĥħ")
	add('i', "ìíîïĩīĭįı")
	add('j', "ĵ")
	add('k', "ķ")
	add('l', "ĺļľŀł")
	add('n', "ñńņňŉ")
	add('o', "òóôõöøōŏő")
	add('r', "ŕŗř")
	add('s', "śŝşšș")
	add('t', "ţťŧț")
	add('u', "ùúûüũūŭůűų")
	add('w', "ŵ")
	add('y', "ýÿŷ")
	add('z', "źżž")
	return m
}()

package nlp

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Lemma returns the dictionary form of a word given its universal and
// Penn tags, as UD English EWT lemmatises: "said"/VBD → "say", "children"
// → "child", "better"/JJR → "good", "n't" → "not", "me" → "I". Irregular
// forms come from the table in data/irregular.tsv; regular inflections
// (plural -s, verb -s/-ed/-ing, comparative -er/-est) are undone by
// rules that undouble consonants ("stopped" → "stop") and restore a
// silent e ("making" → "make"). Proper nouns keep their case; other
// words are lowercased.
func Lemma(form, upos, xpos string) string {
	if form == "" {
		return ""
	}
	if l, ok := punctLemma(form); ok {
		return l
	}
	lower := lowerASCII(form)
	if l, ok := lookupIrregular(lower, upos, xpos); ok {
		return l
	}
	switch upos {
	case "PROPN":
		if xpos == "NNPS" {
			return capitalise(pluralNoun(form))
		}
		return capitalise(form)
	case "NUM":
		return numberLemma(form, lower)
	case "PRON", "DET":
		if lower == "i" {
			return "I"
		}
		return lower
	case "NOUN":
		if isAcronym(form) {
			return form
		}
		if xpos == "NNS" {
			return pluralNoun(lower)
		}
		return lower
	case "ADJ":
		if keepsCapital(form, xpos) {
			return form
		}
	case "X", "SYM", "PUNCT":
		return form
	}
	switch xpos {
	case "VBZ":
		return verbS(lower)
	case "VBD", "VBN":
		return verbEd(lower)
	case "VBG":
		return verbIng(lower)
	case "JJR", "RBR":
		return comparative(lower, "er")
	case "JJS", "RBS":
		return comparative(lower, "est")
	case "NNS":
		return pluralNoun(lower)
	}
	return lower
}

//go:embed data/irregular.tsv
var irregularTSV string

// irregularEntry is one row of data/irregular.tsv for a form: the
// lemma it has under one tag.
type irregularEntry struct{ tag, lemma string }

// irregular maps a lowercase form to its rows; built once, on first use.
var irregular = sync.OnceValue(func() map[string][]irregularEntry {
	m := make(map[string][]irregularEntry, 600)
	for line := range strings.Lines(irregularTSV) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			panic("nlp: data/irregular.tsv: want form, tags, lemma: " + line)
		}
		for tag := range strings.SplitSeq(f[1], ",") {
			m[f[0]] = append(m[f[0]], irregularEntry{tag, f[2]})
		}
	}
	return m
})

// irregularLemma returns the table's lemma of lower under tag.
func irregularLemma(lower, tag string) (string, bool) {
	for _, e := range irregular()[lower] {
		if e.tag == tag {
			return e.lemma, true
		}
	}
	return "", false
}

// lookupIrregular finds the table's lemma of lower for its UPOS, then
// its Penn tag, then any tag. Penn tags separate the few forms whose
// lemma depends on them: "'d" is "would" as a modal and "have" as a
// past tense; possessive determiners keep their form ("her" is "her",
// not "she").
func lookupIrregular(lower, upos, xpos string) (string, bool) {
	switch {
	case xpos == "PRP$" || xpos == "WP$":
		return lower, true
	case (lower == "'d" || lower == "’d" || lower == "d") && xpos == "VBD":
		return "have", true
	}
	rows := irregular()[lower]
	if len(rows) == 0 {
		return "", false
	}
	for _, tag := range [...]string{upos, xpos, "*"} {
		for _, e := range rows {
			if e.tag == tag {
				return e.lemma, true
			}
		}
	}
	return "", false
}

// punctLemma returns the lemma of typographic punctuation: EWT writes
// “ ” as " and ‘ ’ as '.
func punctLemma(form string) (string, bool) {
	switch form {
	case "“", "”", "„", "«", "»":
		return `"`, true
	case "‘", "’":
		return "'", true
	case "—", "–":
		return "-", true
	}
	return "", false
}

// numberLemma drops the thousands separators of a number ("1,200" →
// "1200"); other numbers are lowercased.
func numberLemma(form, lower string) string {
	if strings.IndexByte(form, ',') > 0 && isDigitByte(form[0]) {
		return strings.ReplaceAll(form, ",", "")
	}
	if isDigitByte(form[0]) {
		return form
	}
	return lower
}

// isAcronym reports whether a noun is written in capitals ("TV", "CEO"),
// which EWT keeps as written.
func isAcronym(form string) bool {
	for _, r := range form {
		if unicode.IsLower(r) {
			return false
		}
	}
	return unicode.IsUpper([]rune(form)[0])
}

// keepsCapital reports whether a capitalised adjective keeps its case:
// part of a name (tagged NNP) or a proper adjective of nationality or
// creed ("American", "Iraqi", "Chinese", "Islamic").
func keepsCapital(form, xpos string) bool {
	r, _ := utf8.DecodeRuneInString(form)
	if !unicode.IsUpper(r) || isAcronym(form) {
		return false
	}
	if xpos == "NNP" || xpos == "NNPS" {
		return true
	}
	for _, suf := range [...]string{"an", "ese", "ish", "i", "ic", "ch"} {
		if strings.HasSuffix(form, suf) {
			return true
		}
	}
	return false
}

// pluralNoun returns the singular of a regular plural noun, keeping its
// case: "cities" → "city", "boxes" → "box", "States" → "State".
func pluralNoun(w string) string {
	n := len(w)
	lw := lowerASCII(w)
	if l, ok := irregularLemma(lw, "NOUN"); ok {
		if lw == w {
			return l
		}
		return matchCase(l, w)
	}
	switch {
	case strings.HasSuffix(lw, "men") && n > 3:
		return w[:n-2] + "an" // "businessmen"
	case n <= 2 || !strings.HasSuffix(lw, "s"):
		return w
	case strings.HasSuffix(lw, "ss") || strings.HasSuffix(lw, "us"):
		return w // "glass", "status": not plural forms
	case strings.HasSuffix(lw, "ies") && n > 4 && !isVowel(lw[n-4]):
		return w[:n-3] + "y"
	case strings.HasSuffix(lw, "sses"), strings.HasSuffix(lw, "shes"),
		strings.HasSuffix(lw, "ches"), strings.HasSuffix(lw, "xes"),
		strings.HasSuffix(lw, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(lw, "uses") && n > 5 && !isVowel(lw[n-5]):
		return w[:n-2] // "viruses" → "virus"
	}
	return w[:n-1]
}

// capitalise uppercases the first letter of a name written in lowercase
// ("kerala" → "Kerala"), as EWT's lemmas of proper nouns are.
func capitalise(w string) string {
	r, sz := utf8.DecodeRuneInString(w)
	if !unicode.IsLower(r) || strings.ContainsAny(w, "@/.0123456789") {
		return w
	}
	return string(unicode.ToUpper(r)) + w[sz:]
}

// matchCase gives l the capitalisation of w's first letter.
func matchCase(l, w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) && l != "" {
		return strings.ToUpper(l[:1]) + l[1:]
	}
	return l
}

// verbS undoes the third person singular: "tries" → "try", "watches" →
// "watch", "makes" → "make".
func verbS(w string) string {
	n := len(w)
	switch {
	case n <= 2 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"),
		strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"),
		strings.HasSuffix(w, "zzes"), strings.HasSuffix(w, "oes"):
		return w[:n-2]
	}
	return w[:n-1]
}

// verbEd undoes the past tense and participle: "tried" → "try",
// "stopped" → "stop", "hoped" → "hope", "played" → "play".
func verbEd(w string) string {
	n := len(w)
	switch {
	case n <= 3 || !strings.HasSuffix(w, "ed"):
		return w
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "eed") && n <= 5:
		return w // "need", "feed" are not past forms of "ne", "fe"
	}
	return restoreStem(w[:n-2])
}

// verbIng undoes the gerund and present participle: "making" → "make",
// "running" → "run", "lying" → "lie", "seeing" → "see".
func verbIng(w string) string {
	n := len(w)
	if n <= 4 || !strings.HasSuffix(w, "ing") {
		return w
	}
	stem := w[:n-3]
	if strings.HasSuffix(stem, "y") && len(stem) == 2 {
		return stem[:1] + "ie" // "dying", "tying"
	}
	return restoreStem(stem)
}

// comparative undoes -er or -est: "easier" → "easy", "bigger" → "big",
// "larger" → "large", "older" → "old".
func comparative(w, suf string) string {
	n := len(w)
	if n <= len(suf)+2 || !strings.HasSuffix(w, suf) {
		return w
	}
	stem := w[:n-len(suf)]
	if strings.HasSuffix(stem, "i") && len(stem) > 2 {
		return stem[:len(stem)-1] + "y"
	}
	if strings.HasSuffix(stem, "e") {
		return stem // "free" + "er"
	}
	return restoreStem(stem)
}

// restoreStem turns the stem left by removing -ed, -ing, -er or -est
// into the base form: it undoubles a final consonant doubled by the
// suffix ("stopp" → "stop") and restores a silent e dropped by it
// ("mak" → "make").
func restoreStem(s string) string {
	n := len(s)
	if n < 2 {
		return s
	}
	last, prev := s[n-1], s[n-2]
	if last == prev && !isVowel(last) {
		switch last {
		case 'l', 's', 'f', 'z':
			return s // "call", "pass", "stuff", "buzz" end doubled
		}
		if s == "add" || s == "odd" || s == "err" || s == "egg" || s == "ebb" || s == "inn" {
			return s
		}
		return s[:n-1]
	}
	if needsE(s) {
		return s + "e"
	}
	return s
}

// needsE reports whether a stem lost a silent e to its suffix. The
// rules are those of English spelling: a short stem ending in one vowel
// and one consonant (hop-ed from "hope"; "hop" doubles to "hopped"),
// and stems ending in letters or clusters that never end an English
// word without an e: v, c, z, u, a consonant before l ("handl"),
// -rg/-dg/-lg ("charg", "judg"), -ang/-eng ("chang"), -rs/-ns/-ps/-ls
// ("revers", "sens"), and the common Latinate endings -ate, -ute,
// -ize, -ire, -ure, -ide, -ude, -ine, -ose, -ise.
func needsE(s string) bool {
	n := len(s)
	last := s[n-1]
	switch last {
	case 'v', 'c', 'z', 'u':
		return !(last == 'c' && n >= 2 && s[n-2] == 'c')
	case 'w', 'x', 'y', 'h', 'j', 'q':
		return false
	}
	if isVowel(last) {
		return false
	}
	prev := s[n-2]
	if !isVowel(prev) {
		// Two consonants at the end.
		switch {
		case last == 'l' && strings.IndexByte("bptdgkzf", prev) >= 0:
			return true // "handl", "settl", "troubl"
		case last == 'g' && (prev == 'r' || prev == 'd' || prev == 'l'):
			return true // "charg", "judg", "indulg"
		case last == 'g' && prev == 'n' && n >= 5 && (s[n-3] == 'a' || s[n-3] == 'e'):
			return true // "chang", "arrang", "challeng"
		case last == 's' && strings.IndexByte("rnpl", prev) >= 0:
			return true // "revers", "sens", "collaps", "puls"
		case last == 'e' || last == 'r' && prev == 'r':
			return false
		}
		return false
	}
	// One vowel before a final consonant.
	if n >= 3 && isVowel(s[n-3]) && !(s[n-3] == 'u' && n >= 4 && s[n-4] == 'q') {
		// Two vowels ("eat", "claim", "need"): no e, save the
		// endings that keep one after a vowel pair.
		switch s[n-3:] {
		case "eas", "ais", "ous", "ois", "oos", "uir", "uat", "iat":
			return true // "releas", "rais", "arous", "requir", "evaluat", "negotiat"
		}
		return false
	}
	if syllables(s) <= 1 {
		return true // "hop", "mak", "us", "tim"
	}
	end := s[n-2:]
	switch end {
	case "at", "ut", "iz", "ir", "ur", "id", "ud", "ad", "od", "in", "os", "is", "us",
		"ib", "ob", "ub", "ar", "il", "ol", "ul", "ap", "ak", "ik", "ok", "uk", "im", "um", "as":
		return true
	case "ot":
		return n >= 3 && strings.IndexByte("mvu", s[n-3]) >= 0 // "promot", "devot", "quot"
	case "or":
		// "ignor", "explor", "restor"; not "monitor", nor a cluster
		// that ends nouns made verbs ("author", "sponsor", "mentor",
		// "anchor", "doctor").
		if n < 4 {
			return false
		}
		switch s[n-4 : n-2] {
		case "gn", "pl", "st":
			return true
		}
		return false
	case "et":
		return n >= 3 && (s[n-3] == 'l' || s[n-3] == 'p') // "complet", "compet", not "target"
	}
	return false
}

// syllables counts the vowel groups of a lowercase stem (y after a
// consonant counts as a vowel).
func syllables(s string) int {
	count, inVowel := 0, false
	for k := 0; k < len(s); k++ {
		v := isVowel(s[k]) || (s[k] == 'y' && k > 0 && !isVowel(s[k-1]))
		if v && !inVowel {
			count++
		}
		inVowel = v
	}
	return count
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// lowerASCII lowercases s, allocating only when s has capitals; other
// scripts go through strings.ToLower.
func lowerASCII(s string) string {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
		if 'A' <= c && c <= 'Z' {
			return strings.ToLower(s)
		}
	}
	return s
}

// Lemmatize sets the Lemma of every token of a tagged sentence from its
// form and tags.
func Lemmatize(s *Sentence) {
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma = Lemma(t.Form, t.UPOS, t.XPOS)
	}
}

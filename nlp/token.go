package nlp

// Token is one syntactic word of a sentence, as Universal Dependencies
// counts them: "don't" is the two tokens "do" and "n't".
//
// Start and End are byte offsets into the text the sentence was read
// from, so that text[Start:End] is the token's surface form. For the
// rare token that UD writes differently from its surface (a contraction
// part such as "n't" keeps its surface; a typographic quote keeps its
// surface too), Form holds the surface bytes and Norm the form the
// models were trained on.
type Token struct {
	Form  string // the surface form: text[Start:End]
	Norm  string // the normalised form the models see ("\"" for “ ”, "--" for —); empty means Form
	Start int    // byte offset of the first byte in the original text
	End   int    // byte offset one past the last byte

	// SpaceAfter is false when the next token follows with no whitespace
	// between them (CoNLL-U's SpaceAfter=No).
	SpaceAfter bool

	UPOS  string // universal part-of-speech tag (NOUN, VERB, PROPN, ...)
	XPOS  string // Penn Treebank tag (NN, VBD, NNP, ...)
	Lemma string // the dictionary form ("said" → "say")

	// Head is the 1-based index of the token's syntactic head within
	// its sentence, 0 for the root; -1 while the sentence is unparsed.
	Head   int
	Deprel string // the UD v2 relation to the head (nsubj, obj, conj, acl:relcl, ...)
}

// Text returns the form the models see: Norm when set, else Form.
func (t *Token) Text() string {
	if t.Norm != "" {
		return t.Norm
	}
	return t.Form
}

// Sentence is a run of tokens that the tokeniser (or a CoNLL-U file)
// takes for one sentence. Tokens are numbered from 1 in UD; in Go the
// token with UD index i is Tokens[i-1].
type Sentence struct {
	Start  int // byte offset of the first token's first byte
	End    int // byte offset one past the last token's last byte
	Tokens []Token
}

// Children returns the indexes (0-based, into s.Tokens) of the tokens
// whose head is the token at 0-based index i, in text order.
func (s *Sentence) Children(i int) []int {
	var out []int
	for j := range s.Tokens {
		if s.Tokens[j].Head == i+1 {
			out = append(out, j)
		}
	}
	return out
}

// Root returns the 0-based index of the sentence's root token, or -1
// when the sentence is unparsed or has none.
func (s *Sentence) Root() int {
	for j := range s.Tokens {
		if s.Tokens[j].Head == 0 {
			return j
		}
	}
	return -1
}

package nlp_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/nlp"
)

func defaultModel(t testing.TB) *nlp.Model {
	t.Helper()
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// floor is what the committed model must keep on one treebank. The
// tagging and attachment scores, over 21,000–25,000 tokens, have floors
// just under what the model measures (BENCHMARKS.md). A relation's F1
// is measured on far fewer arcs (54 parataxis in PUD, 223 ccomp in EWT
// test), where two retrains of equal quality differ by several points:
// each relation keeps a reference, the best F1 a committed model has
// measured on it (references only rise), and the model must stay
// within one binomial standard error of it, 100·√(p(1−p)/n) for the
// reference p and the relation's n gold arcs (ccomp in EWT test: 2.9
// points; parataxis in PUD: 6.5; conj in PUD: 1.9; nsubj in EWT test:
// 0.7).
type floor struct {
	file           string
	upos, uas, las float64
	noPunct        [2]float64         // UAS and LAS without punctuation (Accuracy.UASNoPunct)
	ref            map[string]float64 // relation → best F1 of a committed model
}

var floors = []floor{
	// Model T4 (three parsers of templates 4, templates4.go, trained with
	// seeds 1–3 on the same jackknifed tags, their weights averaged,
	// pruned at 1; the tagger of model D + sets; BENCHMARKS.md "Templates
	// 4 under the beam"), with the tagging rules of names.go, titles.go,
	// possessive.go, pastverb.go, auxverbs.go, sconj.go and dash.go, the
	// beam of beam.go (DefaultBeamOptions: width 8), the relabeller
	// (relabel.go) and the rules (rules*.go, rules_attach.go included),
	// measures EWT test UPOS 95.06, UAS 87.34, LAS 84.17 and PUD UPOS
	// 95.18, UAS 84.33, LAS 80.72 (2026-12-06 12:00; greedy, the same
	// model gives 86.01 / 82.77 and 83.33 / 79.55). Model A3 measured 86.74 / 83.63 and 83.90 / 80.38
	// (BENCHMARKS.md "A beam over the parser's moves"). The references
	// are the best F1 a committed set of model and rules measured: each
	// the higher of T4's and every earlier one's (T4 measures EWT test
	// parataxis 36.78, acl:relcl 70.38; PUD conj 65.22, nsubj 85.24, obj
	// 85.52, each within its standard error of A3's). Without
	// punctuation, whose attachment is a treebank's convention (PUD's
	// differs from EWT's), UAS / LAS are 87.63 / 84.08 on EWT test and
	// 87.37 / 83.30 on PUD (BENCHMARKS.md "Punctuation conventions").
	// With pairedPunctuationOnEnclosedHead (rules_punct.go; BENCHMARKS.md
	// "Punctuation after parsing", 2026-12-06 16:40) EWT test measures UAS
	// 87.43, LAS 84.26 and PUD 84.43 / 80.82; with the passive reported
	// clauses of preposedReportedClauseIsComplement and the common given
	// names of data/given_names.txt (2026-12-06 17:00) EWT test 87.46 /
	// 84.28 (appos 52.41) and PUD 84.53 / 80.91 (87.57 / 83.47 without
	// punctuation; ccomp 69.44, acl:relcl 66.17). With
	// commaSpliceFirstClauseIsRoot and nounConjunctOfVerbJoinsObject
	// (BENCHMARKS.md "Comma splices and noun conjuncts of verbs",
	// 2026-12-07 01:45) EWT test measures 87.48 / 84.30 (87.68 / 84.12
	// without punctuation; conj 71.07) and PUD conj 65.84; with
	// nounRootBeforeSetOffPhraseIsSubject and semicolon splices (02:00)
	// EWT test 87.50 / 84.31 and PUD 84.57 / 80.95 (87.60 / 83.51
	// without punctuation; parataxis 44.96).
	// With the rules of sessions 22–26 and frontedParticipleIsAdverbial
	// (BENCHMARKS.md "Session 28: PUD's weak relations") EWT test
	// measures 87.53 / 84.38 (87.74 / 84.21 without punctuation; conj
	// 72.17, ccomp 78.71, parataxis 38.42, obj 87.67).
	{file: "en_ewt-ud-test.conllu", upos: 95.0, uas: 87.5, las: 84.35, noPunct: [2]float64{87.7, 84.15}, ref: map[string]float64{
		"conj": 72.17, "appos": 52.41, "ccomp": 78.71, "parataxis": 38.42,
		"nsubj": 89.86, "obj": 87.67, "acl:relcl": 70.95}},
	// With titleNounBeforeNameHeadsIt and bareConjunctJoinsOfObject
	// (BENCHMARKS.md "Post-parse repairs for appositions and lists", 2026-12-06
	// 14:30) PUD measures UAS 84.40, LAS 80.79 (87.45 / 83.38 without
	// punctuation), appos 49.10, conj 65.53; EWT test is unchanged.
	// With titleBeforeSubjectNameDescribesIt (BENCHMARKS.md "Titles
	// before a subject's name, and more", 2026-12-07 04:00) PUD appos
	// 49.64, UAS and LAS unchanged. With
	// clausalSubjectBesideSubjectIsComplement (BENCHMARKS.md "Clausal
	// subjects beside a subject, titles split from a name, given names
	// read as verbs", session 21) PUD LAS 80.96, ccomp 69.62; EWT test
	// UAS and LAS unchanged (ccomp 77.85, within its standard error).
	// With frontedParticipleIsAdverbial (BENCHMARKS.md "Session 28:
	// PUD's weak relations") PUD measures 84.72 / 81.12 (87.81 / 83.74 without punctuation;
	// conj 66.67, appos 50.18, ccomp 70.76, parataxis 44.44, nsubj
	// 85.63, obj 86.45, acl:relcl 66.83).
	{file: "en_pud-ud-test.conllu", upos: 95.1, uas: 84.7, las: 81.1, noPunct: [2]float64{87.8, 83.7}, ref: map[string]float64{
		"conj": 66.67, "appos": 50.18, "ccomp": 70.76, "parataxis": 44.96,
		"nsubj": 85.63, "obj": 86.45, "acl:relcl": 66.83}},
}

// standardError is one binomial standard error, in points, of a
// percentage p measured on n items.
func standardError(p float64, n int) float64 {
	if n == 0 {
		return 0
	}
	f := p / 100
	return 100 * math.Sqrt(f*(1-f)/float64(n))
}

func TestStandardError(t *testing.T) {
	for _, c := range []struct {
		p    float64
		n    int
		want float64
	}{{50, 100, 5}, {74.89, 223, 2.904}, {34.53, 54, 6.470}, {0, 10, 0}, {90, 0, 0}} {
		if got := standardError(c.p, c.n); math.Abs(got-c.want) > 0.001 {
			t.Errorf("standardError(%v, %d) = %.4f, want %.3f", c.p, c.n, got, c.want)
		}
	}
}

// TestTagSetsKeepAKnownVerbAVerb tags a sentence whose names the model
// never saw: without the tag sets "met" (a verb all 17 times in EWT
// train) came out a noun.
func TestTagSetsKeepAKnownVerbAVerb(t *testing.T) {
	m := defaultModel(t)
	s := tokens("Piet Kramer and Joost Smit met officials from Egypt , Qatar and Turkey .")
	m.Annotate(&s)
	if got := s.Tokens[5]; got.Form != "met" || got.UPOS != "VERB" {
		t.Errorf("token 6 = %s/%s, want met/VERB", got.Form, got.UPOS)
	}
}

// TestAccuracyStaysAboveItsFloors scores the embedded model from gold
// tokens on EWT test and PUD.
func TestAccuracyStaysAboveItsFloors(t *testing.T) {
	dir := udDir(t)
	m := defaultModel(t)
	for _, f := range floors {
		t.Run(f.file, func(t *testing.T) {
			gold := sentences(readTreebank(t, filepath.Join(dir, f.file)))
			a := m.Score(gold)
			t.Logf("%s: UPOS %.2f XPOS %.2f UAS %.2f LAS %.2f; F1 conj %.2f appos %.2f ccomp %.2f parataxis %.2f",
				f.file, a.UPOSPct(), a.XPOSPct(), a.UAS(), a.LAS(), a.Label("conj").F1(),
				a.Label("appos").F1(), a.Label("ccomp").F1(), a.Label("parataxis").F1())
			check := func(what string, got, min float64) {
				if got < min {
					t.Errorf("%s %s = %.2f, below its floor %.2f", f.file, what, got, min)
				}
			}
			check("UPOS", a.UPOSPct(), f.upos)
			check("UAS", a.UAS(), f.uas)
			check("LAS", a.LAS(), f.las)
			check("UAS without punctuation", a.UASNoPunct(), f.noPunct[0])
			check("LAS without punctuation", a.LASNoPunct(), f.noPunct[1])
			for _, rel := range slices.Sorted(maps.Keys(f.ref)) {
				l := a.Label(rel)
				ref := f.ref[rel]
				check(rel+" F1", l.F1(), ref-standardError(ref, l.Gold))
			}
		})
	}
}

func sentences(recs []nlp.Record) []nlp.Sentence {
	out := make([]nlp.Sentence, len(recs))
	for i := range recs {
		out[i] = recs[i].Sentence
	}
	return out
}

// tokens makes an unannotated sentence from space-separated words.
func tokens(words string) nlp.Sentence {
	var s nlp.Sentence
	pos := 0
	for _, w := range strings.Fields(words) {
		s.Tokens = append(s.Tokens, nlp.Token{Form: w, Start: pos, End: pos + len(w), SpaceAfter: true, Head: -1})
		pos += len(w) + 1
	}
	s.End = pos - 1
	return s
}

func render(s nlp.Sentence) string {
	var b strings.Builder
	for i, t := range s.Tokens {
		fmt.Fprintf(&b, "%d %s %s %s %d %s\n", i+1, t.Form, t.UPOS, t.XPOS, t.Head, t.Deprel)
	}
	return b.String()
}

func TestAnnotateGivesEveryTokenATagAndOneRoot(t *testing.T) {
	m := defaultModel(t)
	s := tokens("Rustem Umerov , head of the Ukrainian delegation , said the talks were useful .")
	m.Annotate(&s)
	roots := 0
	for i, tok := range s.Tokens {
		if tok.UPOS == "" || tok.XPOS == "" || tok.Deprel == "" {
			t.Errorf("token %d %q left unannotated: %+v", i+1, tok.Form, tok)
		}
		if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 {
			t.Errorf("token %d %q has head %d", i+1, tok.Form, tok.Head)
		}
		if tok.Head == 0 {
			roots++
			if tok.Deprel != "root" {
				t.Errorf("the root %q is labelled %s", tok.Form, tok.Deprel)
			}
		}
	}
	if roots != 1 {
		t.Errorf("%d roots, want 1:\n%s", roots, render(s))
	}
	if !acyclic(s) {
		t.Errorf("cycle in\n%s", render(s))
	}
	if said := s.Tokens[9]; said.Form != "said" || said.Head != 0 {
		t.Errorf("\"said\" should be the root:\n%s", render(s))
	}
}

func acyclic(s nlp.Sentence) bool {
	for i := range s.Tokens {
		k := i + 1
		for steps := 0; k != 0; steps++ {
			if steps > len(s.Tokens) {
				return false
			}
			k = s.Tokens[k-1].Head
		}
	}
	return true
}

func TestAnnotateIsDeterministicAndSafeForConcurrentUse(t *testing.T) {
	m := defaultModel(t)
	texts := []string{
		"Witkoff and Kushner met officials from Egypt , Qatar and Turkey .",
		"The economy is growing , he said .",
		"Don't you think so ?",
		"",
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		s := tokens(text)
		m.Annotate(&s)
		want[i] = render(s)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				i := (g + r) % len(texts)
				s := tokens(texts[i])
				m.Annotate(&s)
				if got := render(s); got != want[i] {
					errs <- fmt.Sprintf("text %d parsed differently:\n%s\nvs\n%s", i, got, want[i])
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func TestSavedModelLoadsAndParsesTheSame(t *testing.T) {
	m := defaultModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	committed, err := os.ReadFile(filepath.Join("model", "en_ewt.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Error("the loaded model saves to other bytes than the committed file")
	}
	start := time.Now()
	again, err := nlp.Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model: %.1f MB, loaded in %s", float64(buf.Len())/1e6, time.Since(start))
	a, b := tokens("Officials said on Tuesday that the deal , signed in Doha , would hold ."), tokens("")
	b = a
	b.Tokens = append([]nlp.Token(nil), a.Tokens...)
	m.Annotate(&a)
	again.Annotate(&b)
	if render(a) != render(b) {
		t.Errorf("reloaded model parses\n%s\nthe original\n%s", render(b), render(a))
	}
}

func TestLoadRejectsWhatIsNotAModel(t *testing.T) {
	m := defaultModel(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	relabeller, err := os.ReadFile(filepath.Join("model", "en_ewt.relabel"))
	if err != nil {
		t.Fatal(err)
	}
	var oldGarbage bytes.Buffer // a gzip stream, as models before v6, of no model
	zw := gzip.NewWriter(&oldGarbage)
	zw.Write([]byte("newsgraph nlp model v5\n\x04\x02garbage"))
	zw.Close()
	for name, data := range map[string][]byte{
		"empty":             nil,
		"not a model":       []byte("hello"),
		"a relabeller":      relabeller,
		"truncated":         buf.Bytes()[:buf.Len()/2],
		"one byte too many": append(buf.Bytes(), 0),
		"old and corrupt":   oldGarbage.Bytes(),
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := nlp.Load(bytes.NewReader(data)); err == nil || !strings.HasPrefix(err.Error(), "nlp: loading model") {
				t.Errorf("err = %v, want an nlp: loading model error", err)
			}
		})
	}
}

// TestTrainingIsDeterministic trains two small models with the same
// seed and checks that they are the same bytes.
func TestTrainingIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two small models")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:300]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds = 2, 0, 2, 2
	var out [2]bytes.Buffer
	for i := range out {
		m, err := nlp.Train(train, opt, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
}

// TestBeamTrainingFitsItsSentences trains a small parser for the beam
// (TrainOptions.BeamTrain, max violation) twice with the same seed:
// the same bytes; parsed with the beam and raw sums, its own training
// sentences.
func TestBeamTrainingFitsItsSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("trains two small models")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:150]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds, opt.Parsers = 2, 0, 6, 2, 1
	opt.BeamTrain, opt.MaxViolation = 4, true
	var out [2]bytes.Buffer
	var m *nlp.Model
	for i := range out {
		var err error
		if m, err = nlp.Train(train, opt, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if err := m.Save(&out[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(out[0].Bytes(), out[1].Bytes()) {
		t.Error("two trainings with the same seed gave different models")
	}
	// Its own tagger, trained as briefly, errs: the parse does not fit
	// the sentences exactly, but the beam it learned for does better than
	// following its best move alone.
	beam := m.WithBeam(nlp.BeamOptions{Width: 4}).Score(train)
	greedy := m.WithBeam(nlp.BeamOptions{Width: 1}).Score(train)
	t.Logf("UAS on its training sentences: beam of 4 %.2f, greedy %.2f", beam.UAS(), greedy.UAS())
	if beam.UAS() < 80 || beam.UAS() < greedy.UAS()+1 {
		t.Errorf("UAS on its own training sentences: beam of 4 %.2f, greedy %.2f; want at least 80 and a point above greedy", beam.UAS(), greedy.UAS())
	}
}

// TestTagCacheGivesTheSameModel trains a small model without a tag
// cache, then twice with one (the first run writes it, the second reads
// it and skips the jackknife), then from the cache with the first
// model's tagger, and checks that all four are the same bytes; and that
// a cache written for other options is not read.
func TestTagCacheGivesTheSameModel(t *testing.T) {
	if testing.Short() {
		t.Skip("trains small models")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:300]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds = 2, 2, 2, 2
	save := func(opt nlp.TrainOptions) ([]byte, *nlp.Model, string) { return trainSaved(t, train, opt) }
	want, first, _ := save(opt)
	opt.TagCache = filepath.Join(t.TempDir(), "tags")
	if got, _, log := save(opt); !bytes.Equal(got, want) || !strings.Contains(log, "wrote the tag cache") {
		t.Errorf("writing the cache: same model %v, log\n%s", bytes.Equal(got, want), log)
	}
	if got, _, log := save(opt); !bytes.Equal(got, want) || strings.Contains(log, "fold 1/2") {
		t.Errorf("reading the cache: same model %v, log\n%s", bytes.Equal(got, want), log)
	}
	opt.TaggerFrom = first
	if got, _, log := save(opt); !bytes.Equal(got, want) || strings.Contains(log, "tagger final") {
		t.Errorf("the cache with the tagger given: same model %v, log\n%s", bytes.Equal(got, want), log)
	}
	opt.TaggerFrom = nil
	opt.Seed++
	if _, _, log := save(opt); !strings.Contains(log, "fold 1/2") {
		t.Errorf("a cache of another seed was read:\n%s", log)
	}
}

// TestTaggerOnlyCacheTrainsTheSecondPass trains a small two-pass tagger
// alone without a tag cache, then with one (written), then from it with
// the first tagger's first pass: the three are the same bytes, and the
// last trains only the second pass.
func TestTaggerOnlyCacheTrainsTheSecondPass(t *testing.T) {
	if testing.Short() {
		t.Skip("trains small taggers")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:300]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.Folds, opt.TaggerOnly = 2, 2, 2, true
	save := func(opt nlp.TrainOptions) ([]byte, *nlp.Model, string) { return trainSaved(t, train, opt) }
	want, first, _ := save(opt)
	opt.TagCache = filepath.Join(t.TempDir(), "tags")
	if got, _, log := save(opt); !bytes.Equal(got, want) || !strings.Contains(log, "wrote the tag cache") {
		t.Errorf("writing the cache: same tagger %v, log\n%s", bytes.Equal(got, want), log)
	}
	opt.TaggerFrom = first
	got, _, log := save(opt)
	if !bytes.Equal(got, want) || strings.Contains(log, "fold 1/2") || strings.Contains(log, "tagger final") || !strings.Contains(log, "second pass epoch 2") {
		t.Errorf("the second pass alone: same tagger %v, log\n%s", bytes.Equal(got, want), log)
	}
}

// saveLoadSameModel saves m, loads it back and checks that the loaded
// model saves to the same bytes and parses a sentence as m does; what
// names m in errors. It returns the saved bytes.
func saveLoadSameModel(t *testing.T, m *nlp.Model, what string) []byte {
	t.Helper()
	var saved, resaved bytes.Buffer
	if err := m.Save(&saved); err != nil {
		t.Fatal(err)
	}
	again, err := nlp.Load(bytes.NewReader(saved.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := again.Save(&resaved); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved.Bytes(), resaved.Bytes()) {
		t.Errorf("%s, loaded, saves to other bytes", what)
	}
	a := tokens("Officials said on Tuesday that the deal , signed in Doha , would hold .")
	b := a
	b.Tokens = slices.Clone(a.Tokens)
	m.Annotate(&a)
	again.Annotate(&b)
	if render(a) != render(b) {
		t.Errorf("%s, reloaded, parses\n%s\nthe original\n%s", what, render(b), render(a))
	}
	return saved.Bytes()
}

// TestTwoPassModelSavesLoadsAndTagsTheSame trains a small model whose
// tagger takes two passes, saves it (the format with a fifth linear
// model), loads it back and checks that both tag and parse a sentence
// alike, and that the second pass is not the first.
func TestTwoPassModelSavesLoadsAndTagsTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a small model")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:300]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds, opt.TwoPass = 2, 0, 1, 2, true
	m, err := nlp.Train(train, opt, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	saveLoadSameModel(t, m, "the two-pass model")
	opt.TwoPass = false
	one, err := nlp.Train(train, opt, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	test := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-test.conllu")))[:300]
	if two, first := m.Score(test), one.Score(test); two.UPOS == first.UPOS {
		t.Errorf("two passes tag %d of %d tokens right, one pass the same: the second pass changed nothing", two.UPOS, two.Tokens)
	} else {
		t.Logf("UPOS right: %d with two passes, %d with one (of %d)", two.UPOS, first.UPOS, two.Tokens)
	}
}

// TestRetrainingReproducesTheEmbeddedModel retrains from EWT train with
// the default options and compares the bytes with the committed model.
// It takes minutes; run it with NEWSGRAPH_RETRAIN=1.
func TestRetrainingReproducesTheEmbeddedModel(t *testing.T) {
	if os.Getenv("NEWSGRAPH_RETRAIN") == "" {
		t.Skip("set NEWSGRAPH_RETRAIN=1 to retrain the model from ../shared/ud (minutes)")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-train.conllu")))
	m, err := nlp.Train(train, nlp.DefaultTrainOptions(), os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := m.Save(&got); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("model", "en_ewt.model"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("the retrained model (%d bytes) differs from the committed one (%d bytes)", got.Len(), len(want))
	}
}

// BenchmarkAnnotate tags and parses PUD from gold tokens; its MB/s is
// of the sentences' text.
func BenchmarkAnnotate(b *testing.B) {
	dir := udDir(b)
	m := defaultModel(b)
	recs := readTreebank(b, filepath.Join(dir, "en_pud-ud-test.conllu"))
	size := 0
	for _, r := range recs {
		size += len(r.Text) + 1
	}
	work := make([]nlp.Sentence, len(recs))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for i := range recs {
			work[i].Tokens = append(work[i].Tokens[:0], recs[i].Sentence.Tokens...)
			m.Annotate(&work[i])
		}
	}
	reportCPU(b, cpu, size)
}

// BenchmarkAnnotateAll is BenchmarkAnnotate with the sentences given
// together, as Parse gives those of a text.
func BenchmarkAnnotateAll(b *testing.B) {
	benchAnnotateAll(b, defaultModel(b), readTreebank(b, filepath.Join(udDir(b), "en_pud-ud-test.conllu")))
}

// BenchmarkAnnotateAllBeam is BenchmarkAnnotateAll with the parser's
// beam at several widths, greedy first, side by side in one run.
func BenchmarkAnnotateAllBeam(b *testing.B) {
	m := defaultModel(b)
	recs := readTreebank(b, filepath.Join(udDir(b), "en_pud-ud-test.conllu"))
	def := m.Beam()
	for _, opt := range []nlp.BeamOptions{
		{Width: 1},
		{Width: 2, Temperature: def.Temperature, LabelTemperature: def.LabelTemperature, Threshold: def.Threshold},
		{Width: 4, Temperature: def.Temperature, LabelTemperature: def.LabelTemperature, Threshold: def.Threshold},
		{Width: 8, Temperature: def.Temperature, LabelTemperature: def.LabelTemperature, Threshold: def.Threshold},
		def, // the same with the reranker: what Default parses
		{Width: 8, Temperature: def.Temperature, LabelTemperature: def.LabelTemperature},
	} {
		mb := m.WithBeam(opt) // one model, and so one workspace pool, for every run of b
		name := fmt.Sprintf("width=%d/threshold=%g", opt.Width, opt.Threshold)
		if opt.Reranker != nil {
			name += "+reranker"
		}
		b.Run(name, func(b *testing.B) {
			benchAnnotateAll(b, mb, recs)
		})
	}
}

// benchAnnotateAll annotates the sentences of recs, from gold tokens,
// with m.
func benchAnnotateAll(b *testing.B, m *nlp.Model, recs []nlp.Record) {
	size := 0
	for _, r := range recs {
		size += len(r.Text) + 1
	}
	work := make([]nlp.Sentence, len(recs))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		for i := range recs {
			work[i].Tokens = append(work[i].Tokens[:0], recs[i].Sentence.Tokens...)
		}
		m.AnnotateAll(work)
	}
	reportCPU(b, cpu, size)
}

// TestAnnotateAllAgreesWithAnnotate checks that annotating sentences
// together (tagging all before parsing any) gives what annotating each
// alone gives, on a text of its own and, when at hand, on PUD.
func TestAnnotateAllAgreesWithAnnotate(t *testing.T) {
	m := defaultModel(t)
	sents := nlp.Tokenize("Witkoff and Kushner met officials from Egypt, Qatar and Turkey. " +
		"\"The talks were useful,\" he said.\n\nPrices rose. A second round, which Rustem Umerov, head of the delegation, will lead, is planned.")
	sents = append(sents, nlp.Sentence{}) // an empty one among them
	if dir, err := nlp.FindUD(); err == nil {
		sents = append(sents, sentences(readTreebank(t, filepath.Join(dir, "en_pud-ud-test.conllu")))...)
	}
	clean := func(in []nlp.Sentence) []nlp.Sentence {
		out := make([]nlp.Sentence, len(in))
		for i, s := range in {
			out[i] = s
			out[i].Tokens = slices.Clone(s.Tokens)
			for j := range out[i].Tokens {
				tk := &out[i].Tokens[j]
				tk.UPOS, tk.XPOS, tk.Lemma, tk.Head, tk.Deprel = "", "", "", 0, ""
			}
		}
		return out
	}
	one, all := clean(sents), clean(sents)
	for i := range one {
		m.Annotate(&one[i])
	}
	m.AnnotateAll(all)
	for i := range one {
		if a, b := render(one[i]), render(all[i]); a != b {
			t.Fatalf("sentence %d: AnnotateAll gives\n%s\nAnnotate\n%s", i, b, a)
		}
	}
	if len(sents) < 4 || render(all[0]) == render(clean(sents[:1])[0]) {
		t.Fatal("nothing annotated")
	}
}

func TestParseReadsRawText(t *testing.T) {
	m := defaultModel(t)
	text := "Witkoff and Kushner met officials from Egypt, Qatar and Turkey. \"The talks were useful,\" he said."
	sents := m.Parse(text)
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	for _, s := range sents {
		if s.Root() < 0 || !acyclic(s) {
			t.Errorf("bad tree:\n%s", render(s))
		}
		for _, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Form {
				t.Errorf("token %q has span %q", tok.Form, text[tok.Start:tok.End])
			}
		}
	}
	first := sents[0]
	if root := first.Tokens[first.Root()]; root.Form != "met" {
		t.Errorf("root of the first sentence is %q, want \"met\":\n%s", root.Form, render(first))
	}
}

// BenchmarkParse tokenises, tags and parses the text of PUD, one
// sentence per line; its MB/s is of that text.
func BenchmarkParse(b *testing.B) {
	dir := udDir(b)
	m := defaultModel(b)
	var text strings.Builder
	for _, r := range readTreebank(b, filepath.Join(dir, "en_pud-ud-test.conllu")) {
		text.WriteString(r.Text + "\n")
	}
	b.SetBytes(int64(text.Len()))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		m.Parse(text.String())
	}
	reportCPU(b, cpu, text.Len())
}

// cpuTime returns the process's CPU time (user and system): on a shared
// machine, MB per CPU second is the speed per core that wall time hides.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func reportCPU(b *testing.B, start time.Duration, size int) {
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/used.Seconds()/1e6, "MB/cpu-s")
	}
}

// TestParseSurvivesInvalidUTF8 parses text with invalid bytes inside
// words, which the tokeniser keeps and the tagger's prefix features
// must slice by the bytes really there.
func TestParseSurvivesInvalidUTF8(t *testing.T) {
	m, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"\xff", "A\xffb met C\xc3.", "Talks \xe2\x80 began \xf0\x9f today."} {
		for _, s := range m.Parse(text) {
			for _, tok := range s.Tokens {
				if text[tok.Start:tok.End] != tok.Form {
					t.Errorf("%q: token %q at [%d,%d) is not the text's bytes", text, tok.Form, tok.Start, tok.End)
				}
			}
			if s.Root() < 0 {
				t.Errorf("%q: a sentence without a root", text)
			}
		}
	}
}

// PruneParts prunes the tagger and the parser each by its own
// threshold, and 0 leaves a part whole.
func TestPrunePartsPrunesEachPartByItsOwnThreshold(t *testing.T) {
	m := defaultModel(t)
	all := m.Sizes()
	tagOnly := m.PruneParts(2, 0).Sizes()
	parseOnly := m.PruneParts(0, 2).Sizes()
	if none := m.PruneParts(0, 0).Sizes(); none != all {
		t.Errorf("PruneParts(0, 0) sizes %v, want %v", none, all)
	}
	if tagOnly[0] >= all[0] || tagOnly[1] >= all[1] || tagOnly[2] != all[2] || tagOnly[3] != all[3] {
		t.Errorf("PruneParts(2, 0) sizes %v from %v: want fewer tagger features, the parser's unchanged", tagOnly, all)
	}
	if parseOnly[0] != all[0] || parseOnly[1] != all[1] || parseOnly[2] >= all[2] || parseOnly[3] >= all[3] {
		t.Errorf("PruneParts(0, 2) sizes %v from %v: want the tagger's unchanged, fewer parser features", parseOnly, all)
	}
}

// TestTemplatesModelsSaveLoadAndParseTheSame trains a small model with
// each of the parser's feature templates 2, 3 and 4, saves each
// (format v5), loads it back and checks that it saves to the same bytes
// and parses alike and that the file names its templates; that the
// move models of templates 1 to 4 differ; and that unknown templates
// are refused, in a file and in training.
func TestTemplatesModelsSaveLoadAndParseTheSame(t *testing.T) {
	if testing.Short() {
		t.Skip("trains five small models")
	}
	dir := udDir(t)
	train := sentences(readTreebank(t, filepath.Join(dir, "en_ewt-ud-dev.conllu")))[:300]
	opt := nlp.DefaultTrainOptions()
	opt.TagEpochs, opt.FinalEpochs, opt.ParseEpochs, opt.Folds = 2, 0, 1, 2
	sizes := map[int]int{}
	for _, n := range []int{1, 2, 3, 4, 5} {
		opt.Templates = n
		m, err := nlp.Train(train, opt, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		sizes[n] = m.Sizes()[2]
		if n == 1 {
			continue
		}
		raw := saveLoadSameModel(t, m, fmt.Sprintf("the model of templates %d", n))
		// The byte after the magic and the model count names the templates.
		at := len("newsgraph nlp model v6\n") + 1
		if !bytes.HasPrefix(raw, []byte("newsgraph nlp model v6\n")) || raw[at] != byte(n) {
			t.Fatalf("saved model starts %q, want format v6 with templates %d", raw[:at+1], n)
		}
		raw[at] = 6
		bad := bytes.NewReader(raw)
		if _, err := nlp.Load(bad); err == nil || !strings.Contains(err.Error(), "templates 6") {
			t.Errorf("a model of templates 6: err = %v, want one naming them", err)
		}
	}
	if sizes[1] == sizes[2] || sizes[2] == sizes[3] || sizes[3] == sizes[4] || sizes[5] >= sizes[4] {
		t.Errorf("templates 1 to 5 give move models of %v features (templates 5, fewer than 4)", sizes)
	}
	opt.Templates = 6
	if _, err := nlp.Train(train, opt, &bytes.Buffer{}); err == nil {
		t.Error("training with templates 6 gave no error")
	}
}

// TestGreedyIsSharedAndGreedy checks that Greedy hands every caller the
// same model, parsing with a beam of one over Default's weights.
func TestGreedyIsSharedAndGreedy(t *testing.T) {
	g1, err := nlp.Greedy()
	if err != nil {
		t.Fatal(err)
	}
	g2, _ := nlp.Greedy()
	if g1 != g2 {
		t.Error("Greedy returned two models")
	}
	if w := g1.Beam().Width; w != 1 {
		t.Errorf("Greedy's beam width %d, want 1", w)
	}
	d, _ := nlp.Default()
	if d.Beam().Width <= 1 {
		t.Errorf("Default's beam width %d, want a beam", d.Beam().Width)
	}
}

// trainSaved trains a model on train with opt and returns its saved
// bytes, the model and the training log.
func trainSaved(t *testing.T, train []nlp.Sentence, opt nlp.TrainOptions) ([]byte, *nlp.Model, string) {
	t.Helper()
	var log bytes.Buffer
	m, err := nlp.Train(train, opt, &log)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := m.Save(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes(), m, log.String()
}

// Command nlptrain trains newsgraph's part-of-speech tagger and
// dependency parser on UD English EWT and writes the model that package
// nlp embeds, or scores a model on the EWT dev and test splits and on
// PUD.
//
//	go run ./cmd/nlptrain                 # train, write nlp/model/en_ewt.model, score it
//	go run ./cmd/nlptrain -score -labels  # score the model file, with F1 per relation
//	go run ./cmd/nlptrain -score -confusion appos,conj  # and what became of those relations' gold arcs
//	go run ./cmd/nlptrain -score -oracle appos,conj     # and what the beam's best final items give them
//	go run ./cmd/nlptrain -score -tag-errors 16         # the tagger's errors by class, and what each class costs the parse
//	go run ./cmd/nlptrain -tagger-only -tag-cache T -tagger-from M -model X  # with T written by a -tagger-only run: train the second tagging pass alone on M's first
//	go run ./cmd/nlptrain -clause-verbs -tag-cache T -model X  # train with the second tagging pass's clause-verb features (not the default)
//	go run ./cmd/nlptrain -relabeller-only  # train the relabeller, write nlp/model/en_ewt.relabel, score the model with it
//	go run ./cmd/nlptrain -convert old.model.gz  # rewrite a model or relabeller of an earlier format to -model or -relabeller
//	go run ./cmd/nlptrain -score -relabeller none  # score the model without the relabeller
//	go run ./cmd/nlptrain -score -beam 1  # score the model parsing greedily (the default is nlp.DefaultBeamOptions)
//	go run ./cmd/nlptrain -score -dev-only -beam 8 -beam-temperature 60  # tune the beam on EWT dev alone
//	go run ./cmd/nlptrain -reranker-only -tag-cache T -rerank-cache C -rerank-cv 3 -dev-only  # the reranker's settings cross-validated over EWT train too
//	go run ./cmd/nlptrain -with-dev -tag-cache T -model X  # train on EWT train and dev together (then -reranker-only -with-dev with T); dev's scores say nothing then
//
// Training prints its progress (tagger and parser epochs) to stderr and
// the scores (from gold tokens) to stdout. With the default flags it
// rebuilds the committed model byte for byte (about an hour on the
// shared two cores; TestRetrainingReproducesTheEmbeddedModel checks
// it; with -tag-cache FILE a second run skips the jackknife's ten
// taggers and gives the same model sooner), and
// -relabeller-only the committed relabeller (seconds;
// TestRetrainingReproducesTheEmbeddedRelabeller).
//
// The treebanks are read from ../shared/ud (found by walking up from the
// working directory) or from -ud. Training is deterministic: the same
// treebank and flags give the same model, byte for byte.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/nlp"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "nlptrain:", err)
		os.Exit(1)
	}
}

func run() error {
	opt := nlp.DefaultTrainOptions()
	ud := flag.String("ud", "", "folder of the UD treebanks (default: ../shared/ud, found upward)")
	out := flag.String("model", "nlp/model/en_ewt.model", "model file to write (or to score with -score)")
	scoreOnly := flag.Bool("score", false, "score the model file instead of training")
	labels := flag.Bool("labels", false, "print per-relation F1 on each split")
	confusion := flag.String("confusion", "", "comma-separated relations (appos,parataxis): print what became of their gold arcs on each split")
	tagErrors := flag.Int("tag-errors", 0, "print the tagger's errors on each split (seen and unseen words, the N most frequent confusions of UPOS, and of Penn tags under a right UPOS) and the UAS and LAS with the gold tags of each class given to the parser")
	oracle := flag.String("oracle", "", "comma-separated relations (appos,conj): print UAS, LAS and these relations' F1 of the beam's first and best final items (before the relabeller and the rules) on each split: what a reranker could reach")
	prune := flag.Float64("prune", 0, "with -score: drop the parser's features whose weights all stay below this, write the result to -pruned and score it")
	tagPrune := flag.Float64("tag-prune", 0, "with -score: the same for the tagger's features")
	tagSets := flag.Int("tag-sets", -1, "with -score: keep each word seen this many times in EWT train to its UPOS there (0: no sets), write the result to -pruned and score it")
	pruned := flag.String("pruned", "", "where -prune and -tag-sets write the model")
	devOnly := flag.Bool("dev-only", false, "score on EWT dev alone (quick experiments)")
	defBeam := nlp.DefaultBeamOptions()
	temp := flag.Float64("beam-temperature", defBeam.Temperature, "divide the move scores by this before the beam's softmax")
	thr := flag.Float64("beam-threshold", defBeam.Threshold, "drop the beam's candidates this far below the best (log probability)")
	ltemp := flag.Float64("beam-label-temperature", defBeam.LabelTemperature, "add the relations' log probabilities at this temperature to the beam's scores (0: not)")
	beam := flag.Int("beam", defBeam.Width, "parse with a beam of this width (1: greedy)")
	limit := flag.Int("limit", 0, "train on the first N sentences only (0: all), for quick experiments")
	withDev := flag.Bool("with-dev", false, "train the tagger, parsers, relabeller and reranker on EWT train and dev together (for a final model after tuning on dev; dev's scores then say nothing)")
	flag.Uint64Var(&opt.Seed, "seed", opt.Seed, "random seed")
	flag.Uint64Var(&opt.ParserSeed, "parser-seed", opt.ParserSeed, "random seed of the parser's training alone (0: -seed); with -tag-cache, the same tags")
	flag.IntVar(&opt.Parsers, "parsers", opt.Parsers, "train this many parsers on the same tags (seeds -parser-seed or -seed and the next ones) and keep the mean of their weights")
	average := flag.String("average", "", "comma-separated model files (parsers trained on the same tags): write the mean of their parsers to -model and score it")
	flag.IntVar(&opt.Taggers, "taggers", opt.Taggers, "make each final tagger the mean of this many, trained with seeds -seed and the next ones (the jackknife's taggers stay single)")
	flag.BoolVar(&opt.RuleTags, "rule-tags", opt.RuleTags, "run the tagging rules over the jackknifed tags the parser trains on")
	flag.IntVar(&opt.BeamTrain, "beam-train", opt.BeamTrain, "train the parser's moves globally with a beam of this width (early update; an experiment: score with -beam-temperature 0)")
	flag.BoolVar(&opt.MaxViolation, "max-violation", opt.MaxViolation, "with -beam-train: update at the step of the largest violation instead of early")
	flag.IntVar(&opt.TagEpochs, "tag-epochs", opt.TagEpochs, "tagger epochs")
	flag.IntVar(&opt.FinalEpochs, "final-tag-epochs", opt.FinalEpochs, "epochs of the final taggers (0: -tag-epochs; the jackknife's keep -tag-epochs)")
	flag.IntVar(&opt.ParseEpochs, "parse-epochs", opt.ParseEpochs, "parser epochs")
	flag.Float64Var(&opt.Explore, "explore", opt.Explore, "chance of following the parser's own wrong move in training after the first epoch")
	flag.IntVar(&opt.Folds, "folds", opt.Folds, "jackknife folds for the parser's training tags")
	flag.IntVar(&opt.SetMinCount, "set-min-count", opt.SetMinCount, "a word seen this many times keeps its training UPOS at tagging time (0: off)")
	flag.IntVar(&opt.DictMinCount, "dict-min-count", opt.DictMinCount, "a word enters the tag dictionary from this many occurrences")
	flag.Float64Var(&opt.DictMinShare, "dict-min-share", opt.DictMinShare, "... when this share of them has one tag pair")
	flag.Float64Var(&opt.MinTagWeight, "min-tag-weight", opt.MinTagWeight, "prune tagger features below this weight")
	flag.Float64Var(&opt.MinParseWeigh, "min-parse-weight", opt.MinParseWeigh, "prune parser features below this weight")
	flag.Float64Var(&opt.Prune, "final-prune", opt.Prune, "prune the trained parser's and labeller's features whose weights all stay below this")
	flag.Float64Var(&opt.TagPrune, "final-tag-prune", opt.TagPrune, "prune the trained tagger's features whose weights all stay below this")
	flag.IntVar(&opt.Templates, "templates", opt.Templates, "the parser's feature templates: 1 (parser.go), 2 (templates2.go), 3 (templates3.go), 4 (templates4.go) or 5 (templates5.go: templates 4 less some; 2 to 5 model format v5); with -score, those the model file was trained with when it does not say (written to -pruned)")
	flag.BoolVar(&opt.TwoPass, "two-pass", opt.TwoPass, "tag in two passes, the second seeing the first's tags to the right")
	flag.BoolVar(&opt.ClauseVerbs, "clause-verbs", opt.ClauseVerbs, "with -two-pass: the second tagging pass and the Penn-tag model read whether the first pass tagged a verb in the token's clause on either side (session 25's D)")
	flag.BoolVar(&opt.SecondPassTags, "second-pass-tags", opt.SecondPassTags, "with -two-pass: train the parser on jackknifed tags of both passes")
	flag.StringVar(&opt.TagCache, "tag-cache", "", "file keeping the parser's jackknifed training tags between runs (read when it matches the flags, else written): the same model, sooner; with -tagger-only, the first tagging pass's jackknifed tags")
	taggerFrom := flag.String("tagger-from", "", "with a matching -tag-cache: take the tagger from this model file and train the parser alone (experiments), or with -tagger-only take its first tagging pass and train the second pass alone; with -score, score the model with this model file's tagger (written to -pruned)")
	flag.BoolVar(&opt.TaggerOnly, "tagger-only", false, "train the tagger alone (quick tagger experiments; writes a model that cannot parse)")
	relOpt := nlp.DefaultRelabelOptions()
	relabelOnly := flag.Bool("relabeller-only", false, "train the relabeller alone on EWT train, write it to -relabeller and score -model with it")
	relabelPath := flag.String("relabeller", "nlp/model/en_ewt.relabel", "relabeller file to write (with -relabeller-only) or to score with (with -score; \"none\": without a relabeller)")
	flag.IntVar(&relOpt.Epochs, "relabel-epochs", relOpt.Epochs, "relabeller epochs")
	flag.Float64Var(&relOpt.MinWeight, "relabel-min-weight", relOpt.MinWeight, "prune relabeller features below this weight")
	flag.Float64Var(&relOpt.Margin, "relabel-margin", relOpt.Margin, "the relabeller changes the parser's relation only when better by this margin")
	flag.Float64Var(&relOpt.Parser, "relabel-parser", relOpt.Parser, "the weight of the parser's labeller scores, added to the relabeller's")
	rrOpt := nlp.DefaultRerankOptions()
	rerankOnly := flag.Bool("reranker-only", false, "train the reranker of the beam's final items alone (needs -tag-cache written by a training with the same options), write it to -reranker and score -model with it")
	rerankPath := flag.String("reranker", "nlp/model/en_ewt.rerank", "reranker file to write (with -reranker-only) or to score with (with -score; \"none\": without a reranker)")
	flag.IntVar(&rrOpt.Epochs, "rerank-epochs", rrOpt.Epochs, "reranker epochs")
	flag.IntVar(&rrOpt.Folds, "rerank-folds", rrOpt.Folds, "reranker jackknife folds")
	flag.IntVar(&rrOpt.FoldParsers, "rerank-fold-parsers", rrOpt.FoldParsers, "parsers averaged in each of the reranker's folds")
	flag.Float64Var(&rrOpt.BeamWeight, "rerank-beam-weight", rrOpt.BeamWeight, "the fixed weight of the beam's score in the reranker's")
	flag.Float64Var(&rrOpt.MinWeight, "rerank-min-weight", rrOpt.MinWeight, "drop the reranker's features whose averaged weight stays below this in size")
	flag.Float64Var(&rrOpt.Margin, "rerank-margin", rrOpt.Margin, "in training, each wrong head adds this to a candidate's score (0: the plain perceptron)")
	flag.IntVar(&rrOpt.CrossValidate, "rerank-cv", 0, "before training the reranker, score its settings by cross-validation over this many folds of EWT train's final items (tuning without dev)")
	flag.StringVar(&rrOpt.Cache, "rerank-cache", "", "file keeping the reranker folds' final items between runs")
	convert := flag.String("convert", "", "read this model or relabeller file, of any format, and write it in the current format to -model or -relabeller (nothing is trained or scored)")
	flag.Parse()
	if *convert != "" {
		return convertFile(*convert, *out, *relabelPath)
	}
	blend := false        // -relabel-margin or -relabel-parser given: they override the relabeller file's
	setTemplates := false // -templates given: with -score, the model file's are overridden
	flag.Visit(func(f *flag.Flag) {
		blend = blend || f.Name == "relabel-margin" || f.Name == "relabel-parser"
		setTemplates = setTemplates || f.Name == "templates"
	})
	if *relabelOnly || *rerankOnly {
		*scoreOnly = true
	}
	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", flag.Args())
	}
	dir := *ud
	if dir == "" {
		var err error
		if dir, err = nlp.FindUD(); err != nil {
			return err
		}
	}
	var m *nlp.Model
	var reranker *nlp.Reranker // scoring with -score: -reranker's
	if *average != "" {
		var ms []*nlp.Model
		for _, path := range strings.Split(*average, ",") {
			a, err := loadModel(path)
			if err != nil {
				return err
			}
			ms = append(ms, a)
		}
		var err error
		if m, err = nlp.AverageParsers(ms...); err != nil {
			return err
		}
		if err := save(m, *out); err != nil {
			return err
		}
		*scoreOnly = true
	}
	if *scoreOnly {
		f, err := os.Open(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		start := time.Now()
		if m, err = nlp.Load(f); err != nil {
			return fmt.Errorf("%s: %w", *out, err)
		}
		elapsed := time.Since(start)
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		fmt.Fprintf(os.Stderr, "nlptrain: loaded %s in %s; features %v; heap in use %.1f MB\n",
			*out, elapsed.Round(time.Millisecond), m.Sizes(), float64(ms.HeapInuse)/1e6)
		if *relabelOnly {
			train, err := trainingSentences(dir, *withDev)
			if err != nil {
				return err
			}
			r, err := nlp.TrainRelabeller(train, relOpt, os.Stderr)
			if err != nil {
				return err
			}
			if err := saveRelabeller(r, *relabelPath); err != nil {
				return err
			}
		}
		if m, err = withRelabeller(m, *relabelPath, blend, relOpt); err != nil {
			return err
		}
		if *rerankOnly {
			train, err := trainingSentences(dir, *withDev)
			if err != nil {
				return err
			}
			dev, err := readSentences(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
			if err != nil {
				return err
			}
			b := nlp.BeamOptions{Width: *beam, Temperature: *temp, LabelTemperature: *ltemp, Threshold: *thr}
			r, err := m.WithBeam(b).TrainReranker(train, dev, opt, rrOpt, os.Stderr)
			if err != nil {
				return err
			}
			if err := saveAtomically(*rerankPath, r.Save); err != nil {
				return err
			}
		}
		if reranker, err = loadReranker(*rerankPath); err != nil {
			return err
		}
		if setTemplates {
			// A model written before format v5 named its templates.
			if m, err = m.WithTemplates(opt.Templates); err != nil {
				return err
			}
		}
		if *taggerFrom != "" {
			from, err := loadModel(*taggerFrom)
			if err != nil {
				return err
			}
			if m, err = m.WithTaggerOf(from); err != nil {
				return err
			}
		}
		if *tagSets >= 0 {
			train, err := readSentences(filepath.Join(dir, "en_ewt-ud-train.conllu"))
			if err != nil {
				return err
			}
			m = m.WithTagSets(train, *tagSets)
		}
		if *prune > 0 || *tagPrune > 0 {
			m = m.PruneParts(*tagPrune, *prune)
			fmt.Fprintf(os.Stderr, "nlptrain: pruned to features %v\n", m.Sizes())
		}
		if *prune > 0 || *tagPrune > 0 || *tagSets >= 0 || setTemplates || *taggerFrom != "" {
			if *pruned != "" {
				if err := save(m, *pruned); err != nil {
					return err
				}
			}
		}
	} else {
		train, err := trainingSentences(dir, *withDev)
		if err != nil {
			return err
		}
		if *limit > 0 && *limit < len(train) {
			train = train[:*limit]
		}
		if *taggerFrom != "" {
			if opt.TaggerFrom, err = loadModel(*taggerFrom); err != nil {
				return err
			}
		}
		start := time.Now()
		if m, err = nlp.Train(train, opt, os.Stderr); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "nlptrain: trained in %s\n", time.Since(start).Round(time.Second))
		if err := save(m, *out); err != nil {
			return err
		}
	}
	m = m.WithBeam(nlp.BeamOptions{Width: *beam, Temperature: *temp, LabelTemperature: *ltemp, Threshold: *thr, Reranker: reranker})
	var seen map[string]bool // the words of EWT train, lower-cased, for -tag-errors
	if *tagErrors > 0 {
		train, err := readSentences(filepath.Join(dir, "en_ewt-ud-train.conllu"))
		if err != nil {
			return err
		}
		seen = map[string]bool{}
		for _, s := range train {
			for _, t := range s.Tokens {
				seen[strings.ToLower(t.Form)] = true
			}
		}
	}
	splits := []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_pud-ud-test.conllu"}
	if *devOnly {
		splits = splits[:1]
	}
	for _, f := range splits {
		gold, err := readSentences(filepath.Join(dir, f))
		if err != nil {
			return err
		}
		a := m.Score(gold)
		fmt.Printf("%-22s UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (%d tokens)\n", f, a.UPOSPct(), a.XPOSPct(), a.UAS(), a.LAS(), a.Tokens)
		fmt.Printf("%-22s without punctuation:   UAS %.2f  LAS %.2f  (%d tokens)\n", "", a.UASNoPunct(), a.LASNoPunct(), a.Tokens-a.Punct)
		fmt.Printf("%-22s universal relations:   LAS %.2f  (subtypes left out, as CoNLL 2018 counts LAS)\n", "", a.LASUniversal())
		if *labels {
			for _, l := range a.LabelNames() {
				la := a.Label(l)
				fmt.Printf("    %-14s F1 %6.2f  gold %5d  system %5d\n", l, la.F1(), la.Gold, la.System)
			}
		}
		if *confusion != "" {
			printConfusion(&a, strings.Split(*confusion, ","))
		}
		if *tagErrors > 0 {
			printTagErrors(m, gold, seen, *tagErrors)
		}
		if *oracle != "" {
			printBeamOracle(m, gold, strings.Split(*oracle, ","))
		}
	}
	return nil
}

// printConfusion prints, for each relation, the ten most frequent
// outcomes of its gold arcs.
func printConfusion(a *nlp.Accuracy, rels []string) {
	for _, rel := range rels {
		fmt.Printf("    %s (gold %d):", rel, a.Label(rel).Gold)
		for i, o := range a.Confusion(rel) {
			if i == 10 {
				break
			}
			fmt.Printf(" %s %d;", o.What, o.N)
		}
		fmt.Println()
	}
}

// printBeamOracle prints the scores of the beam's first and best final
// items (nlp.Model.BeamOracle) with the F1 of rels.
func printBeamOracle(m *nlp.Model, gold []nlp.Sentence, rels []string) {
	first, best := m.BeamOracle(gold)
	for _, x := range []struct {
		name string
		a    *nlp.Accuracy
	}{{"beam's first item", &first}, {"best item", &best}} {
		fmt.Printf("    %-18s UAS %.2f  LAS %.2f", x.name, x.a.UAS(), x.a.LAS())
		for _, rel := range rels {
			fmt.Printf("  %s %.2f", rel, x.a.Label(rel).F1())
		}
		fmt.Println()
	}
}

// trainingSentences reads EWT train from dir, and with dev EWT dev after
// it.
func trainingSentences(dir string, dev bool) ([]nlp.Sentence, error) {
	train, err := readSentences(filepath.Join(dir, "en_ewt-ud-train.conllu"))
	if err != nil || !dev {
		return train, err
	}
	d, err := readSentences(filepath.Join(dir, "en_ewt-ud-dev.conllu"))
	if err != nil {
		return nil, err
	}
	return append(train, d...), nil
}

func readSentences(path string) ([]nlp.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	recs, err := nlp.ReadCoNLLU(f, path)
	if err != nil {
		return nil, err
	}
	out := make([]nlp.Sentence, len(recs))
	for i := range recs {
		out[i] = recs[i].Sentence
	}
	return out, nil
}

// withRelabeller gives m the relabeller of path ("none": none), with
// opt's margin and parser weight when blend.
func withRelabeller(m *nlp.Model, path string, blend bool, opt nlp.RelabelOptions) (*nlp.Model, error) {
	if path == "none" {
		return m.WithRelabeller(nil), nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := nlp.LoadRelabeller(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if blend {
		r = r.WithBlend(opt.Parser, opt.Margin)
	}
	return m.WithRelabeller(r), nil
}

// convertFile reads the model or relabeller file from, in any format
// Load or LoadRelabeller reads, and writes it in the current format to
// model or relabeller.
func convertFile(from, model, relabeller string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	r, rerr := nlp.LoadRelabeller(bytes.NewReader(data))
	if rerr == nil {
		return saveRelabeller(r, relabeller)
	}
	m, err := nlp.Load(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("%s: neither a model (%v) nor a relabeller (%v)", from, err, rerr)
	}
	return save(m, model)
}

// saveRelabeller writes the relabeller as save writes the model.
func saveRelabeller(r *nlp.Relabeller, path string) error {
	return saveAtomically(path, r.Save)
}

// save writes the model beside its final path and renames it into
// place, so that a failed run never leaves half a model.
func save(m *nlp.Model, path string) error {
	return saveAtomically(path, m.Save)
}

// saveAtomically writes with write to a file beside path and renames it
// into place, so that a failed run never leaves half a file.
func saveAtomically(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	info, _ := os.Stat(path)
	fmt.Fprintf(os.Stderr, "nlptrain: wrote %s (%.1f MB)\n", path, float64(info.Size())/1e6)
	return nil
}

// loadReranker reads the reranker file path ("none", or a file not
// there: nil).
func loadReranker(path string) (*nlp.Reranker, error) {
	if path == "none" {
		return nil, nil
	}
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := nlp.LoadReranker(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(os.Stderr, "nlptrain: reranker %s, %d features\n", path, r.Features())
	return r, nil
}

func loadModel(path string) (*nlp.Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m, err := nlp.Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

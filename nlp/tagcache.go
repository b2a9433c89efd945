package nlp

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
)

// The tag cache keeps the jackknifed tags the parser trains on, so that
// experiments with the parser's features skip the jackknife's taggers
// (ten of the twelve taggers a two-pass training trains). Its header
// names the options the tags depend on and the training set's size and
// words; a cache that does not match is ignored and rewritten.

const tagCacheMagic = "newsgraph nlp tag cache v1\n"

// tagCacheKey describes what the cached tags depend on.
func tagCacheKey(train []Sentence, opt TrainOptions) string {
	h := uint64(fnvOffset)
	for i := range train {
		for j := range train[i].Tokens {
			h = mix(h, hashString(train[i].Tokens[j].Form))
		}
	}
	clause := "" // the key of a cache written without the option is as before it
	if opt.ClauseVerbs && opt.TwoPass && opt.SecondPassTags {
		clause = " clause-verbs true"
	}
	return fmt.Sprintf("seed %d tag-epochs %d folds %d two-pass %v second-pass-tags %v dict %d %g min-tag-weight %g%s sentences %d words %016x\n",
		opt.Seed, opt.TagEpochs, opt.Folds, opt.TwoPass, opt.SecondPassTags, opt.DictMinCount, opt.DictMinShare,
		opt.MinTagWeight, clause, len(train), h)
}

// readTagCache returns the parser's training tags and, for a two-pass
// tagger, the first pass's UPOS, when path holds them for train and
// opt.
func readTagCache(path string, train []Sentence, opt TrainOptions) (tags [][2][]uint8, first [][]uint8, ok bool) {
	if path == "" {
		return nil, nil, false
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, false
	}
	defer f.Close()
	r := bufio.NewReader(f)
	head := tagCacheMagic + tagCacheKey(train, opt)
	got := make([]byte, len(head))
	if _, err := io.ReadFull(r, got); err != nil || string(got) != head {
		return nil, nil, false
	}
	hasFirst, err := r.ReadByte()
	if err != nil {
		return nil, nil, false
	}
	tags = make([][2][]uint8, len(train))
	if hasFirst == 1 {
		first = make([][]uint8, len(train))
	}
	for i := range train {
		n := len(train[i].Tokens)
		parts := [][]uint8{make([]uint8, n), make([]uint8, n)}
		if first != nil {
			parts = append(parts, make([]uint8, n))
		}
		for _, p := range parts {
			if _, err := io.ReadFull(r, p); err != nil {
				return nil, nil, false
			}
		}
		tags[i] = [2][]uint8{parts[0], parts[1]}
		if first != nil {
			first[i] = parts[2]
		}
	}
	return tags, first, true
}

// writeTagCache writes the tags readTagCache reads (first may be nil),
// reporting a failure to log: the cache only saves time.
func writeTagCache(path string, train []Sentence, opt TrainOptions, tags [][2][]uint8, first [][]uint8, log io.Writer) {
	if err := writeTagCacheFile(path, train, opt, tags, first); err != nil {
		fmt.Fprintf(log, "nlp: tag cache %s not written: %v\n", path, err)
		return
	}
	fmt.Fprintf(log, "nlp: wrote the tag cache %s\n", path)
}

func writeTagCacheFile(path string, train []Sentence, opt TrainOptions, tags [][2][]uint8, first [][]uint8) error {
	if len(tags) != len(train) || (first != nil && len(first) != len(train)) {
		return errors.New("tags and sentences differ in number")
	}
	var b []byte
	b = append(b, tagCacheMagic...)
	b = append(b, tagCacheKey(train, opt)...)
	if first != nil {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	for i := range train {
		b = append(b, tags[i][0]...)
		b = append(b, tags[i][1]...)
		if first != nil {
			b = append(b, first[i]...)
		}
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

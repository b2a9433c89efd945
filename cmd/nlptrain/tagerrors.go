package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/nlp"
)

// tagErrorClass is a kind of tagging error: tokens whose gold tag is
// gold and whose tag is got (UPOS, or Penn tags where the UPOS is
// right).
type tagErrorClass struct {
	penn      bool
	gold, got string
	n, unseen int
}

func (c *tagErrorClass) name() string {
	if c.penn {
		return "XPOS " + c.gold + " → " + c.got
	}
	return c.gold + " → " + c.got
}

func (c *tagErrorClass) has(g, t *nlp.Token) bool {
	if c.penn {
		return g.UPOS == t.UPOS && g.XPOS == c.gold && t.XPOS == c.got
	}
	return g.UPOS == c.gold && t.UPOS == c.got
}

// printTagErrors prints where the model's tagging of gold goes wrong
// (UPOS and XPOS accuracy on words seen in EWT train and not, the most
// frequent confusions) and what each class of error costs the parse:
// UAS and LAS with the gold tags of that class's tokens given to the
// parser (nlp.Model.ScoreFixingTags), against the tagger's tags alone.
func printTagErrors(m *nlp.Model, gold []nlp.Sentence, seen map[string]bool, top int) {
	var tokens, unseenTokens, uposErr, xposErr, uposErrUnseen, xposOnly int
	classes := map[string]*tagErrorClass{}
	count := func(penn bool, g, t *nlp.Token, unseen bool) {
		c := &tagErrorClass{penn: penn, gold: g.UPOS, got: t.UPOS}
		if penn {
			c.gold, c.got = g.XPOS, t.XPOS
		}
		if classes[c.name()] == nil {
			classes[c.name()] = c
		}
		c = classes[c.name()]
		c.n++
		if unseen {
			c.unseen++
		}
	}
	base := m.ScoreFixingTags(gold, func(g, t *nlp.Token) bool {
		unseen := !seen[strings.ToLower(g.Form)]
		tokens++
		if unseen {
			unseenTokens++
		}
		switch {
		case g.UPOS != t.UPOS:
			uposErr++
			if unseen {
				uposErrUnseen++
			}
			count(false, g, t, unseen)
		case g.XPOS != t.XPOS:
			xposOnly++
			count(true, g, t, unseen)
		}
		if g.XPOS != t.XPOS {
			xposErr++
		}
		return false
	})
	fmt.Printf("    tagging: %d tokens, %d unseen in EWT train; UPOS errors %d (%.2f%%; seen words %.2f%% right, unseen %.2f%%), XPOS errors %d, of which %d with the UPOS right\n",
		tokens, unseenTokens, uposErr, 100*float64(uposErr)/float64(tokens),
		100-100*float64(uposErr-uposErrUnseen)/float64(tokens-unseenTokens),
		100-100*float64(uposErrUnseen)/float64(max(unseenTokens, 1)), xposErr, xposOnly)
	fmt.Printf("    %-28s %6s %7s %7s %7s %6s %6s\n", "gold tags given for", "tokens", "unseen", "UAS", "LAS", "ΔUAS", "ΔLAS")
	row := func(name string, n, unseen int, fix func(g, t *nlp.Token) bool) {
		a := base
		if n > 0 {
			a = m.ScoreFixingTags(gold, fix)
		}
		fmt.Printf("    %-28s %6d %7d %7.2f %7.2f %+6.2f %+6.2f\n", name, n, unseen, a.UAS(), a.LAS(), a.UAS()-base.UAS(), a.LAS()-base.LAS())
	}
	row("none (the tagger's)", 0, 0, nil)
	row("all tokens", tokens, unseenTokens, func(g, t *nlp.Token) bool { return true })
	row("UPOS errors", uposErr, uposErrUnseen, func(g, t *nlp.Token) bool { return g.UPOS != t.UPOS })
	row("UPOS errors, seen words", uposErr-uposErrUnseen, 0, func(g, t *nlp.Token) bool {
		return g.UPOS != t.UPOS && seen[strings.ToLower(g.Form)]
	})
	row("UPOS errors, unseen words", uposErrUnseen, uposErrUnseen, func(g, t *nlp.Token) bool {
		return g.UPOS != t.UPOS && !seen[strings.ToLower(g.Form)]
	})
	row("XPOS errors, UPOS right", xposOnly, 0, func(g, t *nlp.Token) bool { return g.UPOS == t.UPOS && g.XPOS != t.XPOS })
	list := make([]*tagErrorClass, 0, len(classes))
	for _, c := range classes {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].name() < list[j].name()
	})
	for i, c := range list {
		if i == top {
			break
		}
		row(c.name(), c.n, c.unseen, c.has)
	}
}

package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// A text in a script written without spaces (Chinese, Japanese, Thai)
// leaves the page cleaner no sentence; it is told as not English, while
// a text with no letters at all still has no sentences.
func TestEmptyReasonTellsScriptsWithoutSpaces(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"one Chinese sentence", "习近平主席今天在北京会见了法国总统马克龙。", ReasonNotEnglish},
		{"Chinese quotation", "“中国坚定支持和平谈判，”王毅说。", ReasonNotEnglish},
		{"one Chinese name", "习近平", ReasonNotEnglish},
		{"one Japanese sentence", "首相は東京で韓国の大統領と会談した。", ReasonNotEnglish},
		{"one Thai sentence", "นายกรัฐมนตรีพบกับประธานาธิบดีฝรั่งเศสที่กรุงเทพฯ", ReasonNotEnglish},
		{"Chinese paragraphs", "外交部发言人周二表示，双方进行了坦诚的交流。\n\n会谈将于下周在日内瓦继续举行。\n", ReasonNotEnglish},
		{"one Korean sentence", "대통령은 오늘 서울에서 일본 총리를 만났다.", ReasonNotEnglish},
		{"one Russian sentence", "Президент заявил в понедельник, что правительство изучит план.", ReasonNotEnglish},
		{"a rule", "* * *", ReasonNoSentences},
		{"digits and dashes", "2026 -- 03 -- 04", ReasonNoSentences},
		{"one English word", "Breaking", ReasonNoSentences},
	}
	x := New(Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := graph.Article{Text: tt.text}
			b, err := x.Extract(a)
			if err != nil {
				t.Fatal(err)
			}
			if got := x.EmptyReason(a, b); got != tt.want {
				t.Errorf("EmptyReason = %q, want %q (batch of %d nodes, %d edges)", got, tt.want, len(b.Nodes), len(b.Edges))
			}
			// explain says the same: not read as English.
			_, ex, err := x.Explain(a, ExplainOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if english := tt.want != ReasonNotEnglish; ex.Article.English != english {
				t.Errorf("Explain: English = %v, want %v", ex.Article.English, english)
			}
		})
	}
}

// One sentence of German or French whose only other-language words are
// the commonest function words ("den", "à") and accented words is no
// English either: before, "Bundeskanzler Olaf Scholz" was stored as an
// actor read from a German sentence.
func TestLooksEnglishOneSentenceFunctionWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"German, den and heute", "Der deutsche Bundeskanzler Olaf Scholz traf heute den französischen Präsidenten in Berlin.", false},
		{"German, im and gegen", "Im Streit um die Zölle stimmte Österreich gegen den Vorschlag der Kommission.", false},
		{"French, à", "Le président français Emmanuel Macron a rencontré le chancelier allemand à Paris.", false},
		{"French, au and était", "Le ministre était au Caire lors de la signature.", false},
		{"English, à la carte", "The minister said the à la carte menu at the summit was a surprise.", true},
		{"English, a den of", "Police said the flat had become a den of thieves in Berlin.", true},
		{"English, au pair", "The au pair told the court she had worked for the family in Paris.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), nil)
			if got := looksEnglish(toks); got != tt.want {
				t.Errorf("looksEnglish = %v, want %v", got, tt.want)
			}
		})
	}
	x := New(Options{})
	a := graph.Article{Text: tests[0].text}
	b, err := x.Extract(a)
	if err != nil {
		t.Fatal(err)
	}
	if got := x.EmptyReason(a, b); got != ReasonNotEnglish {
		t.Errorf("German sentence: %d nodes extracted, reason %q; want nothing extracted and %q", len(b.Nodes), got, ReasonNotEnglish)
	}
}

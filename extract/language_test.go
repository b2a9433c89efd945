package extract

import (
	"os"
	"path/filepath"
	"testing"
)

func TestLooksEnglish(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"German", "Die Bundesregierung hat am Dienstag in Berlin über den Haushalt beraten. Der Finanzminister sagte, die Lage sei ernst. \"Wir müssen sparen\", erklärte er vor Journalisten. Die Opposition kritisierte die Pläne scharf. Viele Bürger machen sich Sorgen um ihre Ersparnisse.", false},
		{"French", "Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand pour évoquer la guerre en Ukraine. Les deux dirigeants ont appelé à un cessez-le-feu immédiat et ont promis de nouvelles aides militaires à Kiev, selon un communiqué commun publié dans la soirée.", false},
		{"Spanish", "El presidente del Gobierno se reunió el lunes en Madrid con los líderes sindicales para negociar la reforma de las pensiones. Según fuentes del ministerio, las conversaciones fueron constructivas, aunque los sindicatos advirtieron que convocarán una huelga general si no hay acuerdo.", false},
		{"short English headline", "Zelensky meets Trump envoys", true},
		{"English with foreign names", "Bundeskanzler Friedrich Merz met Präsident Emmanuel Macron in Berlin on Tuesday. The two leaders said they would coordinate their positions on Ukraine and on the trade talks with China, according to a statement released by the chancellery in the evening.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text, 0, len(tt.text), nil)
			if got := looksEnglish(toks); got != tt.want {
				t.Errorf("looksEnglish = %v, want %v", got, tt.want)
			}
		})
	}
}

// Every English article the project has must read as English.
func TestSeedsAndTestArticlesLookEnglish(t *testing.T) {
	files, _ := filepath.Glob("../seeds/*.txt")
	more, _ := filepath.Glob("testdata/articles/*.txt")
	files = append(files, more...)
	if len(files) < 5 {
		t.Fatalf("found only %d articles", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if !looksEnglish(tokenize(text, 0, len(text), nil)) {
			t.Errorf("%s does not look English", f)
		}
	}
}

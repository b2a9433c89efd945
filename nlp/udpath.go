package nlp

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// FindUD returns the folder holding the UD English treebanks the models
// are trained and scored on: the first shared/ud (with
// en_ewt-ud-train.conllu in it) found in the working directory or one of
// its parents, which is ../shared/ud beside the repository. The
// treebanks are not part of the repository; the error names the folder
// looked for.
func FindUD() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("nlp: looking for ../shared/ud: %w", err)
	}
	for dir := wd; ; {
		cand := filepath.Join(dir, "shared", "ud")
		if _, err := os.Stat(filepath.Join(cand, "en_ewt-ud-train.conllu")); err == nil {
			return cand, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("nlp: the UD treebanks (../shared/ud with en_ewt-ud-train.conllu) are not beside the repository or any folder above " + wd)
		}
		dir = parent
	}
}

// Package ingest reads news articles from files, folders and standard
// input and feeds them through the extractor into a store.
//
// Readers turn plain text (.txt), Markdown (.md), HTML pages (.html,
// .htm), JSON Lines (.jsonl, one article per line) and, sniffed from
// content only, JSON arrays of articles and RSS or Atom feeds into
// graph.Article values: title, URL, source, publication date
// (YYYY-MM-DD) and main text, with Origin naming the input ("a.txt",
// "feed.jsonl:3", "feed.xml item 2", "stdin"). Text and Markdown
// articles may start with header lines (Title:, Source:/URL:, Date:)
// and a blank line, or a YAML front matter block; HTML pages lose their menus, scripts, styles and
// other furniture (see parseHTML).
//
// Bad input gets an error of kind graph.Invalid naming it: an empty or
// whitespace-only file, a binary one (an image, an archive, NUL bytes,
// mostly control or invalid UTF-8 bytes), a page with no text. Text
// that is not UTF-8 is repaired rather than rejected, and a note says so:
// UTF-16 with a byte order mark is decoded, text with no valid UTF-8 at
// all is read as Windows-1252, stray invalid bytes in UTF-8 text become
// U+FFFD, and an HTML page's declared character set is honoured. Inputs
// over a size limit (64 MiB by default) are refused with an error of
// kind LimitExceeded, and so is an article whose text is longer than
// Options.MaxArticleBytes (1 MiB by default), before extraction: the
// extractor's time grows faster than the text.
//
// Pipeline ties reading to extraction and storage: articles are
// extracted by a pool of GOMAXPROCS workers while writes to the store
// are serialised in input order, so the stored graph does not depend on
// scheduling.
package ingest

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Exit statuses.
const (
	exitOK      = 0 // success
	exitFailure = 1 // something failed: a bad file, a store that would not open
	exitUsage   = 2 // the command line was wrong
)

// DefaultDB is the database directory commands use without --db.
const DefaultDB = "./newsgraph.db"

// version is the release when set with -ldflags "-X main.version=v1.2.3";
// otherwise the build information's module version (set by "go install
// module@version"), or "devel" for a build from a checkout.
var version = ""

// Main is the newsgraph program. Run is main's whole body, so tests run
// the commands in-process exactly as the binary does.
type Main struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// command is one subcommand. args is the part of its usage line that
// the flag set does not tell: positional arguments and required flags;
// the optional flags are listed from the flag set (synopsis).
type command struct {
	name, args, summary string
	run                 func(m *Main, ctx context.Context, args []string) int
}

var commands []command

func init() {
	commands = []command{
		{"serve", "", "serve the GraphQL API, the playground and the viewer", (*Main).serve},
		{"ingest", "PATH...", "read articles from files, folders or - (standard input) into the graph", (*Main).ingest},
		{"export", "", "write the graph, or part of it, in a format other tools read", (*Main).export},
		{"migrate", "--from SRC --to DST", "copy the graph between a database folder and PostgreSQL, and verify the copy", (*Main).migrate},
		{"backup", "-o FILE", "write a backup of the database to a file", (*Main).backup},
		{"restore", "-i FILE", "restore a backup into a database folder", (*Main).restore},
		{"parse", "[FILE|-]", "tag and parse text into CoNLL-U (Universal Dependencies)", (*Main).parseText},
		{"explain", "[FILE|-] | (--db DIR | --store URL) ARTICLE", "show the rules, cues, evidence and parse behind each item extracted from an article", (*Main).explain},
		{"check", "", "verify a database's checksums and graph, and report any damage", (*Main).check},
		{"gen", "--articles N -o DIR", "write synthetic news articles for load tests and benchmarks", (*Main).gen},
		{"loadtest", "--url URL (--actor NAME | --id ID)", "time a running server's neighbourhood queries from concurrent clients", (*Main).loadtest},
		{"version", "", "print the version", (*Main).version},
		{"help", "[COMMAND]", "show help for newsgraph or a command", (*Main).help},
	}
}

// Run runs the command line args (without the program name) and
// returns the exit status: 0 on success, 1 when something failed, 2 on
// a usage error. Output goes to stdout, messages and errors to stderr.
// Cancelling ctx stops a server gracefully and ends an ingest early.
func (m *Main) Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	m.stdin, m.stdout, m.stderr = stdin, stdout, stderr
	if len(args) == 0 {
		m.usage(m.stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		m.usage(m.stdout)
		return exitOK
	case "-v", "-version", "--version":
		return m.version(ctx, nil)
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(m, ctx, args[1:])
		}
	}
	fmt.Fprintf(m.stderr, "newsgraph: unknown command %q\nRun 'newsgraph help' for the commands.\n", args[0])
	return exitUsage
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprint(w, `newsgraph reads news articles into a knowledge graph of actors, statements,
events and objects, serves it over GraphQL and exports it.

Usage:
  newsgraph COMMAND [flags] [arguments]

Commands:
`)
	for _, c := range commands {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, `
Every command takes --help. The database is a directory (default %s).
Exit status: 0 success, 1 failure, 2 usage error.
`, DefaultDB)
}

func (m *Main) help(ctx context.Context, args []string) int {
	fs := m.flags("help", "Show help for newsgraph, or for COMMAND.")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	switch len(pos) {
	case 0:
		m.usage(m.stdout)
		return exitOK
	case 1:
		for _, c := range commands {
			if c.name == pos[0] {
				return c.run(m, ctx, []string{"--help"})
			}
		}
		fmt.Fprintf(m.stderr, "newsgraph help: unknown command %q\n", pos[0])
		return exitUsage
	}
	return m.usageError(fs, "help takes at most one command")
}

func (m *Main) version(ctx context.Context, args []string) int {
	fs := m.flags("version", "Print newsgraph's version, its commit and the Go version it was built with.")
	pos, code, ok := m.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return m.usageError(fs, "version takes no arguments")
	}
	fmt.Fprintln(m.stdout, versionString())
	return exitOK
}

// versionString is "newsgraph v1.2.3 (commit 1a2b3c4d5e6f, 2026-12-05T03:04:05Z,
// modified, go1.26.0)", from the build information the Go toolchain
// records in the binary.
func versionString() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		bi = nil
	}
	return buildVersion(version, bi)
}

// buildVersion renders the version line from a release set at link time
// (may be empty) and the build information (may be nil). The module
// version stands for the release unless it is missing or "(devel)";
// the VCS revision, its time and the modified flag are shown where the
// build recorded them (a build from a checkout with -buildvcs).
func buildVersion(release string, bi *debug.BuildInfo) string {
	v := release
	var extra []string
	if bi != nil {
		if v == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			v = bi.Main.Version
		}
		vcs := map[string]string{}
		for _, s := range bi.Settings {
			vcs[s.Key] = s.Value
		}
		if rev := vcs["vcs.revision"]; rev != "" {
			extra = append(extra, "commit "+rev[:min(12, len(rev))])
		}
		if t := vcs["vcs.time"]; t != "" {
			extra = append(extra, t)
		}
		if vcs["vcs.modified"] == "true" {
			extra = append(extra, "modified")
		}
		if bi.GoVersion != "" {
			extra = append(extra, bi.GoVersion)
		}
	}
	if v == "" {
		v = "devel"
	}
	if len(extra) == 0 {
		return "newsgraph " + v
	}
	return "newsgraph " + v + " (" + strings.Join(extra, ", ") + ")"
}

// flags makes a command's flag set; doc is the text shown by --help
// after the usage line.
func (m *Main) flags(name, doc string) *flag.FlagSet {
	fs := flag.NewFlagSet("newsgraph "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard) // parse reports errors itself
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: %s\n\n", synopsis(fs))
		fmt.Fprintln(w, strings.TrimSpace(doc))
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nFlags:")
			fs.SetOutput(w)
			fs.PrintDefaults()
			fs.SetOutput(io.Discard)
		}
	}
	return fs
}

// parse parses a command's flags, which may come before, between and
// after its arguments ("--" ends the flags). On --help it prints the
// usage to stdout and returns ok false with status 0; on a bad flag it
// prints the error and the usage to stderr and returns status 2.
func (m *Main) parse(fs *flag.FlagSet, args []string) (pos []string, code int, ok bool) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(m.stdout)
			fs.Usage()
			return nil, exitOK, false
		}
		if err != nil {
			return nil, m.usageError(fs, err.Error()), false
		}
		if msg := emptyPathFlag(fs); msg != "" {
			return nil, m.usageError(fs, msg), false
		}
		consumed := len(args) - fs.NArg()
		rest := fs.Args()
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		if len(rest) == 0 {
			return pos, 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// pathFlags are the flags naming a database, a file or a URL, which an
// empty value cannot mean: --db "" failed later with exit 1 as if the
// database were at fault, -o "" on a rename of a hidden temporary file,
// and --store "" (an unset $PGURL) quietly used ./newsgraph.db instead.
var pathFlags = []string{"db", "store", "o", "i"}

// emptyPathFlag returns a usage message for the first of pathFlags that
// fs has and that was given empty, or "".
func emptyPathFlag(fs *flag.FlagSet) string {
	msg := ""
	fs.Visit(func(f *flag.Flag) {
		if msg != "" || f.Value.String() != "" || !slices.Contains(pathFlags, f.Name) {
			return
		}
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		want, _ := flag.UnquoteUsage(f)
		msg = fmt.Sprintf("%s%s is empty; give a %s", dash, f.Name, want)
	})
	return msg
}

// usageError reports a usage error with the command's usage line and
// returns status 2.
func (m *Main) usageError(fs *flag.FlagSet, msg string) int {
	fmt.Fprintf(m.stderr, "%s: %s\n", fs.Name(), msg)
	fmt.Fprintf(m.stderr, "Usage: %s\n", synopsis(fs))
	fmt.Fprintf(m.stderr, "Run '%s --help' for details.\n", fs.Name())
	return exitUsage
}

// synopsis is a command's usage line, "newsgraph export [--db DIR]
// [--depth N] ...", made from its flag set so that it lists every flag
// the command takes: each optional flag in brackets, then the command's
// args (positional arguments and the required flags it names). Long
// lines are wrapped.
func synopsis(fs *flag.FlagSet) string {
	name := strings.TrimPrefix(fs.Name(), "newsgraph ")
	var args string
	for _, c := range commands {
		if c.name == name {
			args = c.args
		}
	}
	named := map[string]bool{}
	for _, w := range strings.Fields(args) {
		named[strings.TrimLeft(strings.Trim(w, "()[]|"), "-")] = true
	}
	parts := []string{fs.Name()}
	fs.VisitAll(func(f *flag.Flag) {
		if named[f.Name] {
			return
		}
		// One-letter flags are written as the help and README write
		// them, "-o FILE"; the others "--db DIR".
		dash := "--"
		if len(f.Name) == 1 {
			dash = "-"
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			parts = append(parts, "["+dash+f.Name+"]")
			return
		}
		arg, _ := flag.UnquoteUsage(f)
		if arg == "" {
			arg = "VALUE"
		}
		parts = append(parts, "["+dash+f.Name+" "+arg+"]")
	})
	if args != "" {
		parts = append(parts, args)
	}
	var b strings.Builder
	line := 0
	for i, p := range parts {
		if i > 0 && line+1+len(p) > 78 {
			b.WriteString("\n       ")
			line = 7
		} else if i > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(p)
		line += len(p)
	}
	return b.String()
}

// fail prints an error of a command and returns status 1.
func (m *Main) fail(cmd string, err error) int {
	fmt.Fprintf(m.stderr, "newsgraph %s: %s\n", cmd, message(err))
	return exitFailure
}

// message is err told to a user: the operations that packages put before
// their messages for logs ("store.Open: ", "export: ") are left out, as
// the command already says what it was doing.
func message(err error) string {
	return graph.WithoutOps(err.Error(), err)
}

// plural is "1 file" or "3 files".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// listFlag is a flag that may be repeated, each value possibly a
// comma-separated list.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(s string) error {
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			*l = append(*l, v)
		}
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func classNames() string {
	var s []string
	for _, c := range graph.EdgeClasses {
		s = append(s, string(c))
	}
	sort.Strings(s)
	return strings.Join(s, ", ")
}

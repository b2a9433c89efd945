package graph

import (
	"errors"
	"fmt"
	"strings"
)

// ErrorKind classifies errors so that each transport (GraphQL codes, HTTP
// statuses, exit codes) can map them in one table.
type ErrorKind int

// The error kinds.
const (
	Internal      ErrorKind = iota // a bug or an I/O failure
	NotFound                       // no such node, edge or article
	Invalid                        // bad input: an argument or an article
	LimitExceeded                  // a request over a size, depth or time limit
	Conflict                       // a concurrent write won; retry
	Unauthorized                   // a write without the right token
)

func (k ErrorKind) String() string {
	switch k {
	case NotFound:
		return "not found"
	case Invalid:
		return "invalid"
	case LimitExceeded:
		return "limit exceeded"
	case Conflict:
		return "conflict"
	case Unauthorized:
		return "unauthorized"
	}
	return "internal"
}

// Error is an error with the operation that failed and its kind.
type Error struct {
	Op   string // "store.Node", "extract.Extract"
	Kind ErrorKind
	Err  error
}

func (e *Error) Error() string {
	if e.Err == nil {
		return e.Op + ": " + e.Kind.String()
	}
	return e.Op + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// WithoutOps returns msg, the message of err or a message that quotes
// it, without the operations that packages put before their messages for
// logs ("store.AddAlias: ", "resolvers.node: "): a user is told what was
// wrong with the input, and the command or GraphQL field already says
// what was being done.
func WithoutOps(msg string, err error) string {
	for e := err; e != nil; e = errors.Unwrap(e) {
		if ge, ok := e.(*Error); ok && ge.Op != "" {
			msg = strings.Replace(msg, ge.Op+": ", "", 1)
		}
	}
	return msg
}

// Errorf makes an *Error of the given kind with a formatted message.
func Errorf(op string, kind ErrorKind, format string, args ...any) error {
	return &Error{Op: op, Kind: kind, Err: fmt.Errorf(format, args...)}
}

// KindOf returns the kind of the outermost *Error in err's chain, and
// Internal when there is none.
func KindOf(err error) ErrorKind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

// IsNotFound reports whether err is of kind NotFound.
func IsNotFound(err error) bool { return err != nil && KindOf(err) == NotFound }

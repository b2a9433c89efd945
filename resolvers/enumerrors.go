package resolvers

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// gqlparser's messages for a value an enum does not hold: written as an
// enum value, written as a string, and sent in a variable. They name
// neither the argument nor the values the enum takes.
var (
	badEnumLiteral  = regexp.MustCompile(`^Value "([^"]*)" does not exist in "([^"]+)" enum\.`)
	badEnumString   = regexp.MustCompile(`^Enum "([^"]+)" cannot represent non-enum value: "([^"]*)"\.`)
	badEnumVariable = regexp.MustCompile(`^(.*) is not a valid (\w+)$`)
)

// explainBadEnum rewrites gerr, when it refuses a value an enum does
// not hold, to name the argument or variable and list the enum's
// values: `argument "kinds" of "search": "ALIEN" is not a value of
// NodeKind; valid values: ACTOR, STATEMENT, EVENT, OBJECT, ARTICLE`.
// Other errors are left as they are.
func explainBadEnum(ctx context.Context, schema *ast.Schema, gerr *gqlerror.Error) {
	var value, enum, hint string
	if m := badEnumLiteral.FindStringSubmatch(gerr.Message); m != nil {
		value, enum = m[1], m[2]
	} else if m := badEnumString.FindStringSubmatch(gerr.Message); m != nil {
		value, enum, hint = m[2], m[1], " (written without quotes)"
	} else if m := badEnumVariable.FindStringSubmatch(gerr.Message); m != nil && len(gerr.Path) >= 2 && gerr.Path[0] == ast.PathName("variable") {
		value, enum = m[1], m[2]
	} else {
		return
	}
	enum = strings.Trim(enum, "[]!")
	def := schema.Types[enum]
	if def == nil || def.Kind != ast.Enum {
		return
	}
	var valid []string
	for _, v := range def.EnumValues {
		valid = append(valid, v.Name)
	}
	where := ""
	if len(gerr.Path) >= 2 && gerr.Path[0] == ast.PathName("variable") {
		where = fmt.Sprintf("variable \"$%s\"", gerr.Path[1])
	} else if len(gerr.Locations) > 0 && graphql.HasOperationContext(ctx) {
		where = argumentAt(graphql.GetOperationContext(ctx).RawQuery, gerr.Locations[0])
	}
	msg := fmt.Sprintf("%q is not a value of %s; valid values%s: %s", value, enum, hint, strings.Join(valid, ", "))
	if where != "" {
		msg = where + ": " + msg
	}
	gerr.Message = msg
}

// argumentAt names the argument, or the input field of an argument,
// whose value (or one of whose list items) is written at loc in query:
// `argument "kinds" of "search"`, `field "field" of argument "orderBy"
// of "actors"`. It is "" when none is.
func argumentAt(query string, loc gqlerror.Location) string {
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return ""
	}
	var inSet func(ast.SelectionSet) string
	inSet = func(set ast.SelectionSet) string {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				for _, arg := range s.Arguments {
					if w := valueAt(arg.Value, loc, fmt.Sprintf("argument %q of %q", arg.Name, s.Name)); w != "" {
						return w
					}
				}
				if w := inSet(s.SelectionSet); w != "" {
					return w
				}
			case *ast.InlineFragment:
				if w := inSet(s.SelectionSet); w != "" {
					return w
				}
			}
		}
		return ""
	}
	for _, op := range doc.Operations {
		if w := inSet(op.SelectionSet); w != "" {
			return w
		}
	}
	for _, fr := range doc.Fragments {
		if w := inSet(fr.SelectionSet); w != "" {
			return w
		}
	}
	return ""
}

// valueAt returns name when v, or a list item of v, is written at loc,
// and the name of an input field of v's objects that is; "" otherwise.
func valueAt(v *ast.Value, loc gqlerror.Location, name string) string {
	if v == nil {
		return ""
	}
	if v.Position != nil && v.Position.Line == loc.Line && v.Position.Column == loc.Column {
		return name
	}
	for _, c := range v.Children {
		inner := name
		if v.Kind == ast.ObjectValue {
			inner = fmt.Sprintf("field %q of %s", c.Name, name)
		}
		if w := valueAt(c.Value, loc, inner); w != "" {
			return w
		}
	}
	return ""
}

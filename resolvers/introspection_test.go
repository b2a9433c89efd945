package resolvers_test

import (
	"sort"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/resolvers"
)

// TestIntrospectionDescribesEverything asks the running server for its
// schema, as GraphiQL does, and checks that every type, field, argument,
// input field and enum value of newsgraph's own has a description.
func TestIntrospectionDescribesEverything(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	const q = `{ __schema {
		queryType { name }
		types { name kind description
			fields { name description args { name description } }
			inputFields { name description }
			enumValues { name description }
			interfaces { name }
			possibleTypes { name } } } }`
	type named struct{ Name, Description string }
	var data struct {
		Schema struct {
			QueryType struct{ Name string }
			Types     []struct {
				Name, Kind, Description string
				Fields                  []struct {
					Name, Description string
					Args              []named
				}
				InputFields, EnumValues   []named
				Interfaces, PossibleTypes []named
			}
		} `json:"__schema"`
	}
	mustData(t, srv, q, nil, &data)
	if data.Schema.QueryType.Name != "Query" {
		t.Errorf("query type %q, want Query", data.Schema.QueryType.Name)
	}
	builtin := map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}
	seen := map[string]bool{}
	for _, ty := range data.Schema.Types {
		seen[ty.Name] = true
		if strings.HasPrefix(ty.Name, "__") || builtin[ty.Name] {
			continue
		}
		if ty.Description == "" {
			t.Errorf("type %s has no description", ty.Name)
		}
		for _, fl := range ty.Fields {
			if fl.Description == "" {
				t.Errorf("field %s.%s has no description", ty.Name, fl.Name)
			}
			for _, a := range fl.Args {
				if a.Description == "" {
					t.Errorf("argument %s.%s(%s) has no description", ty.Name, fl.Name, a.Name)
				}
			}
		}
		for _, fl := range ty.InputFields {
			if fl.Description == "" {
				t.Errorf("input field %s.%s has no description", ty.Name, fl.Name)
			}
		}
		for _, v := range ty.EnumValues {
			if v.Description == "" {
				t.Errorf("enum value %s.%s has no description", ty.Name, v.Name)
			}
		}
		if ty.Name == "Node" {
			var impl []string
			for _, p := range ty.PossibleTypes {
				impl = append(impl, p.Name)
			}
			sort.Strings(impl)
			if got := strings.Join(impl, ","); got != "Actor,Article,Event,Object,Relation,Statement" {
				t.Errorf("Node is implemented by %s", got)
			}
		}
	}
	for _, want := range []string{"Node", "Actor", "Statement", "Event", "Object", "Article", "Relation", "Evidence",
		"Subgraph", "ActorConnection", "StatementConnection", "PageInfo", "ActorFilter", "ActorType", "EdgeClass"} {
		if !seen[want] {
			t.Errorf("schema lacks type %s", want)
		}
	}
}

// graphiqlIntrospection is the introspection query GraphiQL sends on
// load (graphql-js getIntrospectionQuery with input value deprecation):
// it nests deeply and must pass the depth and complexity limits.
const graphiqlIntrospection = `query IntrospectionQuery {
  __schema {
    queryType { name } mutationType { name } subscriptionType { name }
    types { ...FullType }
    directives { name description locations args(includeDeprecated: true) { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

func TestGraphiQLIntrospectionPassesTheLimits(t *testing.T) {
	f := newFixture(t)
	srv := f.server(t, resolvers.Options{})
	var data struct {
		Schema struct {
			Types []struct{ Name string }
		} `json:"__schema"`
	}
	mustData(t, srv, graphiqlIntrospection, nil, &data)
	if len(data.Schema.Types) < 30 {
		t.Errorf("introspection lists %d types", len(data.Schema.Types))
	}
}

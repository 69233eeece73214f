// Package model holds the few GraphQL types that are not domain types.
// Every object type of the schema is bound to a type of internal/kg.
package model

// Node is any object with a global ID: *kg.Entity, *kg.Relation,
// *kg.Claim, *kg.Source or *kg.Study.
type Node any

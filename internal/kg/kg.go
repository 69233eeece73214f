// Package kg is the domain of the regenerative-therapy knowledge graph: the
// entities, claims, sources and studies it holds, the controlled vocabularies
// that constrain them, the services that read and write them, and the coded
// errors every layer reports. It imports only the standard library so that
// extraction, storage and the API can all depend on it without depending on
// each other.
package kg

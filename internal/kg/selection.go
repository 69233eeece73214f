package kg

// Selection is the part of a client's request below one object: which fields
// it wants and, for fields that lead to other objects, with which arguments
// and which fields of those. The API translates its query language into a
// Selection; the store compiles a Selection into one database statement, so
// that a nested request costs one round trip instead of one per object.
type Selection []Field

// Field is one requested field.
type Field struct {
	// Name is the schema field name ("relations").
	Name string
	// Key is the response key: the alias when the client gave one, else Name.
	// It only ever keys Go maps; it never reaches a database statement.
	Key string
	// Args are the field's arguments, already validated and defaulted.
	Args map[string]any
	// Sub is the selection below a field of object type; nil for scalars.
	Sub Selection
}

// Has reports whether s asks for a field called name.
func (s Selection) Has(name string) bool {
	for _, f := range s {
		if f.Name == name {
			return true
		}
	}
	return false
}

// Find returns every field of s called name (several when aliased).
func (s Selection) Find(name string) []Field {
	var out []Field
	for _, f := range s {
		if f.Name == name {
			out = append(out, f)
		}
	}
	return out
}

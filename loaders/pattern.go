package loaders

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// pattern is a compiled cue expression with the literals one of which
// every match must contain ("baca juga" for `(?i)\bbaca juga\b`), read from
// the parsed expression. Most genre cues are such word lists, and a
// substring test on the lower-cased line rules most lines out far faster
// than running the expression: genre scoring alone took a quarter of
// extraction time.
type pattern struct {
	re *regexp.Regexp
	// needles are lower-case; nil means the expression has no literal
	// every match contains, and it always runs.
	needles []string
}

// newPattern compiles expr. It returns the compile error for a bad
// expression.
func newPattern(expr string) (pattern, error) {
	re, err := regexp.Compile(expr)
	if err != nil {
		return pattern{}, err
	}
	p := pattern{re: re}
	if tree, err := syntax.Parse(expr, syntax.Perl); err == nil {
		p.needles = requiredLiterals(tree.Simplify())
	}
	return p, nil
}

// match reports whether the expression matches line; lower is
// lowerLine(line), passed in so that a line tested against many patterns
// is lowered once.
func (p pattern) match(line, lower string) bool {
	if p.needles != nil && !containsAny(lower, p.needles) {
		return false
	}
	return p.re.MatchString(line)
}

// lowerLine lower-cases s so that every case-insensitive match of an ASCII
// literal in s is a substring of the result ("ſ", long s, folds to "s" but
// does not lower to it).
func lowerLine(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, "ſ", "s"))
}

// containsAny reports whether s contains one of needles.
func containsAny(s string, needles []string) bool {
	for _, n := range needles {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// requiredLiterals returns lower-cased literals one of which every match
// of re contains, or nil when it found none. A concatenation is searched
// for its first part that yields literals, extended by the exact literals
// that follow it ("k" + "ata kunci|eywords" after the parser factored
// "kata kunci|keywords"); parts that may match nothing (`\s*`) are skipped.
// Literals shorter than two bytes are too weak a test and count as none.
func requiredLiterals(re *syntax.Regexp) []string {
	lits, _ := literals(re)
	for _, l := range lits {
		if len(l) < 2 {
			return nil
		}
	}
	return lits
}

// literals returns the literals one of which every match of re contains,
// and whether re matches exactly those literals and nothing else.
func literals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		// Only ASCII literals: their case-fold partners outside ASCII (the
		// Kelvin sign, long s) are lowered to them by lowerLine.
		if !isASCII(s) {
			return nil, false
		}
		return []string{s}, true
	case syntax.OpCapture:
		return literals(re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		exact := true
		for _, sub := range re.Sub {
			l, ex := literals(sub)
			if l == nil {
				return nil, false
			}
			out = append(out, l...)
			exact = exact && ex
		}
		return out, exact
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			acc, exact := literals(sub)
			if acc == nil {
				continue
			}
			// A following part is joined on only when it is exactly its
			// literals: a literal found somewhere inside a part ("cd" of
			// `(\s*cd)`) need not follow the previous part directly.
			j := i + 1
			for ; exact && j < len(re.Sub); j++ {
				l, ex := literals(re.Sub[j])
				if l == nil || !ex || len(acc)*len(l) > 64 {
					exact = false
					break
				}
				var joined []string
				for _, a := range acc {
					for _, b := range l {
						joined = append(joined, a+b)
					}
				}
				acc, exact = joined, ex
			}
			return acc, exact && i == 0 && j == len(re.Sub)
		}
		return nil, false
	case syntax.OpPlus:
		l, _ := literals(re.Sub[0])
		return l, false
	}
	return nil, false
}

// isASCII reports whether s is all ASCII: only an ASCII literal's case
// partners are all lowered to it by lowerLine.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

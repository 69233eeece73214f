package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of the original text: a run of letters and digits.
// start and end are byte offsets into the original document; norm is the
// folded form every comparison uses.
type token struct {
	start, end int
	raw        string
	norm       string
	// punct marks a comma, semicolon or bracket between the previous word
	// and this one: no name runs across it ("Unlike stem cells, secretome").
	punct bool
}

// fold lower-cases s and strips accents and compatibility forms ("é" → "e",
// "ﬁ" → "fi"), so that spelling variants compare equal.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// tokenize returns the words of text[from:to] with their original offsets.
func tokenize(text string, from, to int) []token {
	var out []token
	start := -1
	for i := from; i < to; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = appendToken(out, text, start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = appendToken(out, text, start, to)
	}
	return out
}

// appendToken appends the word text[start:end] to out, marking whether
// punctuation that ends a name stands between it and the word before.
func appendToken(out []token, text string, start, end int) []token {
	// "P.R.P.", "I.P.R.F": capital letters joined by full stops spell one
	// acronym, read as "PRP" and "IPRF".
	if n := len(out); n > 0 && text[out[n-1].end:start] == "." && isCapitalLetter(text[start:end]) && dottedSoFar(text, out[n-1]) {
		prev := out[n-1]
		prev.end = end
		prev.raw += text[start:end]
		prev.norm = fold(prev.raw)
		out[n-1] = prev
		return out
	}
	t := token{start: start, end: end, raw: text[start:end], norm: fold(text[start:end])}
	if n := len(out); n > 0 {
		t.punct = strings.ContainsAny(text[out[n-1].end:start], ",;()")
	}
	return append(out, t)
}

// isCapitalLetter reports whether w is one upper-case letter.
func isCapitalLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// dottedSoFar reports whether t is a capital letter, or capitals already
// joined by full stops ("P.R"), so that one more ".X" extends an acronym.
func dottedSoFar(text string, t token) bool {
	if isCapitalLetter(t.raw) {
		return true
	}
	span := text[t.start:t.end]
	return strings.Count(span, ".") == len(t.raw)-1 && len(t.raw) > 1 && strings.ToUpper(t.raw) == t.raw
}

// words splits an already folded phrase into words the way tokenize does.
func words(s string) []string {
	return strings.FieldsFunc(fold(s), func(r rune) bool { return !isWordRune(r) && r != '*' })
}

// phrase is a word pattern: folded words, each possibly ending in a
// wildcard that matches any ending.
type phrase struct {
	text  string
	words []string
	wild  []bool
}

func newPhrase(s string) (phrase, bool) {
	ws := words(s)
	if len(ws) == 0 {
		return phrase{}, false
	}
	p := phrase{text: s, words: make([]string, len(ws)), wild: make([]bool, len(ws))}
	for i, w := range ws {
		p.wild[i] = strings.HasSuffix(w, "*")
		p.words[i] = strings.TrimRight(w, "*")
	}
	return p, true
}

// matchAt returns how many tokens p matches starting at toks[i], or 0.
func (p phrase) matchAt(toks []token, i int) int {
	if i+len(p.words) > len(toks) {
		return 0
	}
	for k, w := range p.words {
		t := toks[i+k].norm
		if p.wild[k] {
			if !strings.HasPrefix(t, w) {
				return 0
			}
		} else if t != w {
			return 0
		}
	}
	return len(p.words)
}

// phrases is a set of word patterns, indexed by first word so that
// matching a position only tries the patterns that can start there.
type phrases struct {
	all     []phrase
	byFirst map[string][]int
	// wildFirst are patterns whose first word ends in a wildcard.
	wildFirst []int
}

func compilePhrases(list []string) phrases {
	ps := phrases{byFirst: map[string][]int{}}
	for _, s := range list {
		if p, ok := newPhrase(s); ok {
			i := len(ps.all)
			ps.all = append(ps.all, p)
			if p.wild[0] {
				ps.wildFirst = append(ps.wildFirst, i)
			} else {
				ps.byFirst[p.words[0]] = append(ps.byFirst[p.words[0]], i)
			}
		}
	}
	return ps
}

// matchAt returns the longest pattern matching at toks[i] within limit
// tokens that taken does not reject.
func (ps phrases) longestAt(toks []token, i, limit int, taken func(from, to int) bool) (int, string) {
	best, text := 0, ""
	try := func(k int) {
		p := ps.all[k]
		if n := p.matchAt(toks, i); n > best && i+n <= limit && (taken == nil || !taken(i, i+n)) {
			best, text = n, p.text
		}
	}
	for _, k := range ps.byFirst[toks[i].norm] {
		try(k)
	}
	for _, k := range ps.wildFirst {
		try(k)
	}
	return best, text
}

// hit is where a pattern matched: token indexes [from, to).
type hit struct {
	from, to int
	text     string
}

// find returns every match in toks[from:to], longest first at each
// position, without overlaps.
func (ps phrases) find(toks []token, from, to int) []hit { return ps.findFree(toks, from, to, nil) }

// findFree is find that ignores matches for which taken reports true (words
// already claimed by an entity name), so that a shorter free match at the
// same position still counts.
func (ps phrases) findFree(toks []token, from, to int, taken func(from, to int) bool) []hit {
	var out []hit
	for i := from; i < to; {
		if best, text := ps.longestAt(toks, i, to, taken); best > 0 {
			out = append(out, hit{from: i, to: i + best, text: text})
			i += best
			continue
		}
		i++
	}
	return out
}

// any reports whether some pattern matches in toks[from:to].
func (ps phrases) any(toks []token, from, to int) (hit, bool) {
	h := ps.find(toks, from, to)
	if len(h) == 0 {
		return hit{}, false
	}
	return h[0], true
}

// startsAt reports whether a pattern of at most reach words starts at
// toks[at].
func (ps phrases) startsAt(toks []token, at, reach int) bool {
	if at >= len(toks) {
		return false
	}
	n, _ := ps.longestAt(toks, at, min(at+reach, len(toks)), nil)
	return n > 0
}

// endsAt reports whether a pattern found in the reach words before
// toks[at] ends right there ("pasien" in "64 pasien AR").
func (ps phrases) endsAt(toks []token, at, reach int) bool {
	_, ok := ps.hitEndingAt(toks, at, reach)
	return ok
}

// hitAt returns the longest pattern that starts at toks[at] within reach
// words; it reports false when none does.
func (ps phrases) hitAt(toks []token, at, reach int) (hit, bool) {
	for _, h := range ps.find(toks, at, min(at+reach, len(toks))) {
		if h.from == at {
			return h, true
		}
	}
	return hit{}, false
}

// hitEndingAt returns a pattern found in the reach words before toks[at]
// that ends right there; it reports false when none does.
func (ps phrases) hitEndingAt(toks []token, at, reach int) (hit, bool) {
	for _, h := range ps.find(toks, max(0, at-reach), at) {
		if h.to == at {
			return h, true
		}
	}
	return hit{}, false
}

// damerau returns the optimal-string-alignment edit distance between a and
// b, or max+1 as soon as it is certain to exceed max.
func damerau(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// capitals counts the upper-case letters of s and all its letters.
func capitals(s string) (upper, letters int) {
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return upper, letters
}

package java

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// Java regular expressions (String.matches/replaceAll/replaceFirst/split and
// java.util.regex.Pattern/Matcher) on Go's regexp. A Java pattern is translated to RE2
// syntax: \s keeps Java's vertical tab, '.' excludes Java's line terminators, \h \v \R,
// \p{Alpha}-style POSIX classes, \uXXXX and \0 octal escapes, (?<name>) groups. Features
// RE2 lacks (lookahead, lookbehind, backreferences, possessive quantifiers, atomic
// groups, nested or intersected character classes, \G, comments mode, blocks) panic with
// `l2j: not migrated: regex feature <x> in "<pattern>"`. Matching follows Java's: the
// leftmost match with Java's alternation priority (Go's leftmost-first), and Java's
// iteration over successive matches (an empty match right after a non-empty one counts,
// as in "abc".split("b*") -> [a, , c]). `$` without MULTILINE matches only at the very end
// (Java's also matches before a final line terminator).

// Pattern flags (java.util.regex.Pattern's constants).
const (
	// PatternUnixLines is Pattern.UNIX_LINES.
	PatternUnixLines int32 = 0x01
	// PatternCaseInsensitive is Pattern.CASE_INSENSITIVE.
	PatternCaseInsensitive int32 = 0x02
	// PatternComments is Pattern.COMMENTS.
	PatternComments int32 = 0x04
	// PatternMultiline is Pattern.MULTILINE.
	PatternMultiline int32 = 0x08
	// PatternLiteral is Pattern.LITERAL.
	PatternLiteral int32 = 0x10
	// PatternDotall is Pattern.DOTALL.
	PatternDotall int32 = 0x20
	// PatternUnicodeCase is Pattern.UNICODE_CASE.
	PatternUnicodeCase int32 = 0x40
	// PatternCanonEq is Pattern.CANON_EQ.
	PatternCanonEq int32 = 0x80
	// PatternUnicodeCharacterClass is Pattern.UNICODE_CHARACTER_CLASS.
	PatternUnicodeCharacterClass int32 = 0x100
)

func notMigratedRegex(feature, pattern string) {
	panic("l2j: not migrated: regex feature " + feature + " in \"" + pattern + "\"")
}

// patternSyntaxMessage is PatternSyntaxException.getMessage().
func patternSyntaxMessage(desc, regex string, index int32) string {
	s := desc
	if index >= 0 {
		s += " near index " + IntStr(index)
	}
	s += "\n" + regex
	if index >= 0 && index < StrLen(regex) {
		s += "\n" + strings.Repeat(" ", int(index)) + "^"
	}
	return s
}

// posixClasses are Java's \p{Name} POSIX classes, as RE2 class contents.
var posixClasses = map[string]string{
	"Lower": `a-z`, "Upper": `A-Z`, "ASCII": `\x00-\x7F`, "Alpha": `a-zA-Z`, "Digit": `0-9`,
	"Alnum": `a-zA-Z0-9`, "Punct": `!-/:-@\[-` + "`" + `{-~`, "Graph": `!-~`, "Print": ` -~`,
	"Blank": ` \t`, "Cntrl": `\x00-\x1F\x7F`, "XDigit": `0-9a-fA-F`, "Space": ` \t\n\x0B\f\r`,
	"javaLowerCase": `\p{Ll}`, "javaUpperCase": `\p{Lu}`, "javaWhitespace": `\t\n\x0B\f\r\x1C-\x1F \x{1680}\x{2000}-\x{2006}\x{2008}-\x{200A}\x{2028}\x{2029}\x{205F}\x{3000}`,
	"javaLetter": `\p{L}`, "javaDigit": `\p{Nd}`, "javaLetterOrDigit": `\p{L}\p{Nd}`,
	"IsAlphabetic": `\p{L}\p{Nl}`, "IsLetter": `\p{L}`, "IsDigit": `\p{Nd}`, "IsUppercase": `\p{Lu}`,
	"IsLowercase": `\p{Ll}`, "IsWhite_Space": `\t\n\x0B\f\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}`,
	"IsPunctuation": `\p{P}`, "IsControl": `\p{Cc}`,
}

const (
	reSpace       = `\t\n\x0B\f\r `
	reHSpace      = ` \t\x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}`
	reVSpace      = `\n\x0B\f\r\x{85}\x{2028}\x{2029}`
	reLineTermDot = `[^\n\r\x{85}\x{2028}\x{2029}]`
)

// translateRegex turns a Java pattern into RE2 syntax.
func translateRegex(p string, flags int32) string {
	if flags&PatternLiteral != 0 {
		return regexp.QuoteMeta(p)
	}
	if flags&PatternComments != 0 {
		notMigratedRegex("COMMENTS flag", p)
	}
	var b strings.Builder
	switch {
	case flags&(PatternCaseInsensitive|PatternMultiline|PatternDotall) != 0:
		b.WriteString("(?")
		if flags&PatternCaseInsensitive != 0 {
			b.WriteByte('i')
		}
		if flags&PatternMultiline != 0 {
			b.WriteByte('m')
		}
		if flags&PatternDotall != 0 {
			b.WriteByte('s')
		}
		b.WriteByte(')')
	}
	dotall := flags&PatternDotall != 0
	inClass := false
	classStart := false // just after '[' or '[^'
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\\':
			i = translateEscape(&b, p, i, inClass)
			classStart = false
			continue
		case inClass:
			switch {
			case c == '[' && !classStart:
				notMigratedRegex("nested character class", p)
			case c == '&' && i+1 < len(p) && p[i+1] == '&':
				notMigratedRegex("character class intersection", p)
			case c == ']' && !classStart:
				inClass = false
			}
			classStart = false
			b.WriteByte(c)
			i++
			continue
		case c == '[':
			inClass, classStart = true, true
			b.WriteByte('[')
			i++
			if i < len(p) && p[i] == '^' {
				b.WriteByte('^')
				i++
			}
			continue
		case c == '(' && i+1 < len(p) && p[i+1] == '?':
			i = translateGroup(&b, p, i, &dotall)
			continue
		case c == '.':
			if dotall {
				b.WriteByte('.')
			} else {
				b.WriteString(reLineTermDot)
			}
			i++
			continue
		case c == '*' || c == '+' || c == '?':
			b.WriteByte(c)
			i++
			checkPossessive(p, i)
			continue
		case c == '{':
			j := i + 1
			for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ',') {
				j++
			}
			if j < len(p) && p[j] == '}' && j > i+1 {
				b.WriteString(p[i : j+1])
				i = j + 1
				checkPossessive(p, i)
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func checkPossessive(p string, i int) {
	if i < len(p) && p[i] == '+' {
		notMigratedRegex("possessive quantifier", p)
	}
}

// translateGroup handles "(?" constructs at p[i].
func translateGroup(b *strings.Builder, p string, i int, dotall *bool) int {
	rest := p[i+2:]
	switch {
	case strings.HasPrefix(rest, ":"):
		b.WriteString("(?:")
		return i + 3
	case strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"):
		notMigratedRegex("lookahead", p)
	case strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"):
		notMigratedRegex("lookbehind", p)
	case strings.HasPrefix(rest, ">"):
		notMigratedRegex("atomic group", p)
	case strings.HasPrefix(rest, "<"):
		b.WriteString("(?P<")
		return i + 3
	}
	// inline flags: (?idmsuxU-idmsuxU) or (?flags:...)
	j := i + 2
	var kept []byte
	neg := false
	for j < len(p) && p[j] != ')' && p[j] != ':' {
		switch f := p[j]; f {
		case 'i', 'm', 's':
			kept = append(kept, f)
			if f == 's' {
				*dotall = !neg
			}
		case '-':
			neg = true
			kept = append(kept, f)
		case 'x':
			notMigratedRegex("comments flag (?x)", p)
		case 'd', 'u', 'U':
			// UNIX_LINES, UNICODE_CASE, UNICODE_CHARACTER_CLASS: RE2 is Unicode-aware already
		default:
			b.WriteString("(?") // not Java either: RE2 reports it
			return i + 2
		}
		j++
	}
	if j >= len(p) {
		b.WriteString(p[i:])
		return len(p)
	}
	if len(kept) == 0 || string(kept) == "-" {
		if p[j] == ':' {
			b.WriteString("(?:")
		} else {
			b.WriteString("(?:)")
		}
	} else {
		b.WriteString("(?" + string(kept) + string(p[j]))
	}
	return j + 1
}

// translateEscape handles the escape at p[i] == '\\' and returns the index after it.
func translateEscape(b *strings.Builder, p string, i int, inClass bool) int {
	if i+1 >= len(p) {
		b.WriteString(`\\`) // Go reports the trailing backslash
		return len(p)
	}
	c := p[i+1]
	class := func(content string, negated bool) {
		switch {
		case inClass && negated:
			notMigratedRegex("negated class escape inside a character class", p)
		case inClass:
			b.WriteString(content)
		case negated:
			b.WriteString("[^" + content + "]")
		default:
			b.WriteString("[" + content + "]")
		}
	}
	switch c {
	case 'Q':
		end := strings.Index(p[i+2:], `\E`)
		if end < 0 {
			b.WriteString(regexp.QuoteMeta(p[i+2:]))
			return len(p)
		}
		b.WriteString(regexp.QuoteMeta(p[i+2 : i+2+end]))
		return i + 2 + end + 2
	case 's':
		class(reSpace, false)
	case 'S':
		if inClass {
			b.WriteString(`\S`)
		} else {
			class(reSpace, true)
		}
	case 'h':
		class(reHSpace, false)
	case 'H':
		class(reHSpace, true)
	case 'v':
		class(reVSpace, false)
	case 'V':
		class(reVSpace, true)
	case 'R':
		if inClass {
			notMigratedRegex(`\R inside a character class`, p)
		}
		b.WriteString(`(?:\r\n|[` + reVSpace + `])`)
	case 'e':
		b.WriteString(`\x1B`)
	case 'Z':
		b.WriteString(`\z`)
	case 'G':
		notMigratedRegex(`\G`, p)
	case 'X':
		notMigratedRegex(`\X`, p)
	case 'k':
		notMigratedRegex("backreference", p)
	case 'u':
		if i+6 <= len(p) {
			b.WriteString(`\x{` + p[i+2:i+6] + `}`)
			return i + 6
		}
		b.WriteString(p[i:])
		return len(p)
	case 'c':
		if i+2 < len(p) {
			b.WriteString(`\x{` + IntegerToHexString(int32(p[i+2]^64)) + `}`)
			return i + 3
		}
	case '0':
		j := i + 2
		v := 0
		for j < len(p) && j < i+5 && p[j] >= '0' && p[j] <= '7' && v*8+int(p[j]-'0') <= 0377 {
			v = v*8 + int(p[j]-'0')
			j++
		}
		b.WriteString(`\x{` + IntegerToHexString(int32(v)) + `}`)
		return j
	case 'p', 'P':
		return translateProperty(b, p, i, inClass)
	default:
		switch {
		case c >= '1' && c <= '9':
			notMigratedRegex("backreference", p)
		case c >= 0x80:
			r, n := utf8.DecodeRuneInString(p[i+1:])
			b.WriteString(regexp.QuoteMeta(string(r)))
			return i + 1 + n
		case !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'):
			b.WriteString(regexp.QuoteMeta(string(c))) // Java lets any symbol be escaped
			return i + 2
		}
		b.WriteString(p[i : i+2]) // \d \w \b \t \n \x... as in RE2
	}
	return i + 2
}

// translateProperty handles \p{Name}, \P{Name}, \pL.
func translateProperty(b *strings.Builder, p string, i int, inClass bool) int {
	negated := p[i+1] == 'P'
	var name string
	end := i + 3
	if i+2 < len(p) && p[i+2] == '{' {
		k := strings.IndexByte(p[i+2:], '}')
		if k < 0 {
			b.WriteString(p[i:])
			return len(p)
		}
		name = p[i+3 : i+2+k]
		end = i + 2 + k + 1
	} else if i+2 < len(p) {
		name = p[i+2 : i+3]
	}
	if content, ok := posixClasses[name]; ok {
		switch {
		case inClass && negated:
			notMigratedRegex(`\P{`+name+`} inside a character class`, p)
		case inClass:
			b.WriteString(content)
		case negated:
			b.WriteString("[^" + content + "]")
		default:
			b.WriteString("[" + content + "]")
		}
		return end
	}
	switch {
	case strings.HasPrefix(name, "In"), strings.HasPrefix(name, "block="), strings.HasPrefix(name, "blk="):
		notMigratedRegex("Unicode block "+name, p)
	case strings.HasPrefix(name, "Is"):
		name = name[2:]
	case strings.HasPrefix(name, "sc="), strings.HasPrefix(name, "gc="):
		name = name[3:]
	case strings.HasPrefix(name, "script="), strings.HasPrefix(name, "general_category="):
		name = name[strings.IndexByte(name, '=')+1:]
	}
	if negated {
		b.WriteString(`\P{` + name + `}`)
	} else {
		b.WriteString(`\p{` + name + `}`)
	}
	return end
}

// javaRegex is a compiled Java pattern and the variants its operations need.
type javaRegex struct {
	source    string
	flags     int32
	re        *regexp.Regexp // unanchored search
	canBeZero bool           // some match may be empty
	once      sync.Once
	whole     *regexp.Regexp // \A(?:p)\z: matches()
	prefix    *regexp.Regexp // \A(?:p): lookingAt(), a match at the text start
	after     *regexp.Regexp // \A(?s:.)(?:p): a match at the position after one character
	from0     *regexp.Regexp // \A(?s:.*?)(p): the first match at or after the start
	fromCtx   *regexp.Regexp // \A(?s:.)(?s:.*?)(p): the first match after one character
}

type regexKey struct {
	p     string
	flags int32
}

var regexCache sync.Map

// compileJava compiles (cached) a Java pattern; PatternSyntaxException if RE2 rejects it.
func compileJava(p string, flags int32) *javaRegex {
	key := regexKey{p, flags}
	if v, ok := regexCache.Load(key); ok {
		return v.(*javaRegex)
	}
	src := translateRegex(p, flags)
	re, err := regexp.Compile(src)
	if err != nil {
		desc := err.Error()
		if se, ok := err.(*syntax.Error); ok {
			desc = se.Code.String() + ": " + se.Expr
		}
		panic(NewPatternSyntaxException(desc, p, -1))
	}
	jr := &javaRegex{source: src, flags: flags, re: re, canBeZero: canMatchEmpty(src)}
	v, _ := regexCache.LoadOrStore(key, jr)
	return v.(*javaRegex)
}

// canMatchEmpty reports whether some match of the RE2 pattern may be empty.
func canMatchEmpty(src string) bool {
	t, err := syntax.Parse(src, syntax.Perl)
	if err != nil {
		return true
	}
	return minMatchLen(t) == 0
}

func minMatchLen(t *syntax.Regexp) int {
	switch t.Op {
	case syntax.OpLiteral:
		return len(t.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minMatchLen(t.Sub[0])
	case syntax.OpRepeat:
		return t.Min * minMatchLen(t.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, s := range t.Sub {
			n += minMatchLen(s)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, s := range t.Sub {
			if m := minMatchLen(s); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0 // empty, assertions, star, quest
}

func (jr *javaRegex) variants() {
	jr.once.Do(func() {
		jr.whole = regexp.MustCompile(`\A(?:` + jr.source + `)\z`)
		jr.prefix = regexp.MustCompile(`\A(?:` + jr.source + `)`)
		jr.after = regexp.MustCompile(`\A(?s:.)(?:` + jr.source + `)`)
		jr.from0 = regexp.MustCompile(`\A(?s:.*?)(` + jr.source + `)`)
		jr.fromCtx = regexp.MustCompile(`\A(?s:.)(?s:.*?)(` + jr.source + `)`)
	})
}

// matchAt returns the submatch indices of a match starting exactly at byte pos (with the
// text before pos as context), or nil.
func (jr *javaRegex) matchAt(s string, pos int) []int {
	jr.variants()
	if pos == 0 {
		return jr.prefix.FindStringSubmatchIndex(s)
	}
	_, k := utf8.DecodeLastRuneInString(s[:pos])
	m := jr.after.FindStringSubmatchIndex(s[pos-k:])
	if m == nil {
		return nil
	}
	m[0] = k
	return shiftIndices(m, pos-k)
}

// findFrom is Java's search from byte pos: the first match starting at or after pos.
func (jr *javaRegex) findFrom(s string, pos int) []int {
	jr.variants()
	var m []int
	base := 0
	if pos == 0 {
		m = jr.from0.FindStringSubmatchIndex(s)
	} else {
		_, k := utf8.DecodeLastRuneInString(s[:pos])
		base = pos - k
		m = jr.fromCtx.FindStringSubmatchIndex(s[base:])
	}
	if m == nil {
		return nil
	}
	return shiftIndices(m[2:], base) // drop the prefix's whole match; group 1 is the match
}

func shiftIndices(m []int, by int) []int {
	out := make([]int, len(m))
	for i, v := range m {
		if v >= 0 {
			v += by
		}
		out[i] = v
	}
	return out
}

// findAll is every match as Java's repeated find() sees them: Go's matches plus the empty
// matches Go skips right after a non-empty match.
func (jr *javaRegex) findAll(s string, limit int) [][]int {
	ms := jr.re.FindAllStringSubmatchIndex(s, limit)
	if !jr.canBeZero {
		return ms
	}
	out := make([][]int, 0, len(ms))
	for i, m := range ms {
		out = append(out, m)
		if m[1] == m[0] {
			continue
		}
		e := m[1]
		if i+1 < len(ms) && ms[i+1][0] == e {
			continue
		}
		if z := jr.matchAt(s, e); z != nil && z[1] == e {
			out = append(out, z)
		}
	}
	if limit >= 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// Matches is String.matches(String): the whole string matches.
func Matches(s, regex string) bool {
	jr := compileJava(regex, 0)
	jr.variants()
	return jr.whole.MatchString(s)
}

// PatternMatches is Pattern.matches(String, CharSequence).
func PatternMatches(regex, input string) bool { return Matches(input, regex) }

// replacement is a parsed Java replacement string: literal text and group references.
type replacement struct {
	parts []replPart
}

type replPart struct {
	lit   string
	group int // -1 for a literal
}

// parseReplacement parses Java's replacement syntax ($n, ${name}, \x) for a pattern with
// groupCount groups and the given group names.
func parseReplacement(r string, groupCount int, names []string) *replacement {
	out := &replacement{}
	var lit []byte
	flush := func() {
		if len(lit) > 0 {
			out.parts = append(out.parts, replPart{lit: string(lit), group: -1})
			lit = nil
		}
	}
	for i := 0; i < len(r); {
		c := r[i]
		switch c {
		case '\\':
			i++
			if i == len(r) {
				panic(NewIllegalArgumentException2("character to be escaped is missing"))
			}
			_, n := decodeAt(r, i)
			lit = append(lit, r[i:i+n]...)
			i += n
		case '$':
			i++
			if i == len(r) {
				panic(NewIllegalArgumentException2("Illegal group reference: group index is missing"))
			}
			ref := -1
			if r[i] == '{' {
				i++
				j := i
				for j < len(r) && (r[j] >= 'a' && r[j] <= 'z' || r[j] >= 'A' && r[j] <= 'Z' || r[j] >= '0' && r[j] <= '9') {
					j++
				}
				name := r[i:j]
				if name == "" {
					panic(NewIllegalArgumentException2("named capturing group has 0 length name"))
				}
				if j >= len(r) || r[j] != '}' {
					panic(NewIllegalArgumentException2("named capturing group is missing trailing '}'"))
				}
				if name[0] >= '0' && name[0] <= '9' {
					panic(NewIllegalArgumentException2("capturing group name {" + name + "} starts with digit character"))
				}
				for k, n := range names {
					if n == name {
						ref = k
					}
				}
				if ref < 0 {
					panic(NewIllegalArgumentException2("No group with name {" + name + "}"))
				}
				i = j + 1
			} else {
				ref = int(r[i]) - '0'
				if ref < 0 || ref > 9 {
					panic(NewIllegalArgumentException2("Illegal group reference"))
				}
				i++
				for i < len(r) && r[i] >= '0' && r[i] <= '9' {
					next := ref*10 + int(r[i]-'0')
					if groupCount < next {
						break
					}
					ref = next
					i++
				}
				if ref > groupCount {
					panic(NewIndexOutOfBoundsException2("No group " + IntStr(int32(ref))))
				}
			}
			flush()
			out.parts = append(out.parts, replPart{group: ref})
		default:
			lit = append(lit, c)
			i++
		}
	}
	flush()
	return out
}

func (r *replacement) appendTo(b []byte, s string, m []int) []byte {
	for _, p := range r.parts {
		if p.group < 0 {
			b = append(b, p.lit...)
		} else if m[2*p.group] >= 0 {
			b = append(b, s[m[2*p.group]:m[2*p.group+1]]...)
		}
	}
	return b
}

// ReplaceAll is String.replaceAll(String, String).
func ReplaceAll(s, regex, repl string) string {
	jr := compileJava(regex, 0)
	return jr.replace(s, repl, -1)
}

// ReplaceFirst is String.replaceFirst(String, String).
func ReplaceFirst(s, regex, repl string) string {
	jr := compileJava(regex, 0)
	return jr.replace(s, repl, 1)
}

func (jr *javaRegex) replace(s, repl string, limit int) string {
	ms := jr.findAll(s, limit)
	if len(ms) == 0 {
		return s
	}
	r := parseReplacement(repl, jr.re.NumSubexp(), jr.re.SubexpNames())
	b := make([]byte, 0, len(s)+len(repl))
	last := 0
	for _, m := range ms {
		b = append(b, s[last:m[0]]...)
		b = r.appendTo(b, s, m)
		last = m[1]
	}
	return string(append(b, s[last:]...))
}

// Split is String.split(String).
func Split(s, regex string) []string { return Split2(s, regex, 0) }

// Split2 is String.split(String, int): Java's rules (no leading empty string for a
// zero-width match at the start; with limit 0 trailing empty strings removed; a positive
// limit caps the number of parts; a negative one keeps them all).
func Split2(s, regex string, limit int32) []string {
	var ms [][]int
	if lit, ok := literalSplit(regex); ok {
		max := -1
		if limit > 0 {
			max = int(limit)
		}
		for i := 0; max < 0 || len(ms) < max; {
			k := strings.Index(s[i:], lit)
			if k < 0 {
				break
			}
			ms = append(ms, []int{i + k, i + k + len(lit)})
			i += k + len(lit)
		}
	} else {
		ms = compileJava(regex, 0).findAll(s, -1)
	}
	return splitAt(s, ms, limit)
}

// literalSplit recognizes String.split's fast path: one character that is not a regex
// metacharacter, or a backslash and a non-alphanumeric character.
func literalSplit(regex string) (string, bool) {
	switch {
	case len(regex) == 1 && !strings.ContainsAny(regex, ".$|()[{^?*+\\"):
		return regex, true
	case len(regex) == 2 && regex[0] == '\\' && regex[1] < 0x80 &&
		!(regex[1] >= '0' && regex[1] <= '9' || regex[1] >= 'a' && regex[1] <= 'z' || regex[1] >= 'A' && regex[1] <= 'Z'):
		return regex[1:], true
	}
	return "", false
}

// splitAt is Pattern.split over the matches ms.
func splitAt(s string, ms [][]int, limit int32) []string {
	index := 0
	limited := limit > 0
	var parts []string
	for _, m := range ms {
		if !limited || int32(len(parts)) < limit-1 {
			if index == 0 && m[0] == 0 && m[1] == 0 {
				continue
			}
			parts = append(parts, s[index:m[0]])
			index = m[1]
		} else if int32(len(parts)) == limit-1 {
			parts = append(parts, s[index:])
			index = m[1]
			break
		}
	}
	if index == 0 {
		return []string{s}
	}
	if !limited || int32(len(parts)) < limit {
		parts = append(parts, s[index:])
	}
	if limit == 0 {
		n := len(parts)
		for n > 0 && parts[n-1] == "" {
			n--
		}
		parts = parts[:n]
	}
	return parts
}

// Pattern is java.util.regex.Pattern.
type Pattern struct {
	pattern string
	flags   int32
	jr      *javaRegex
}

// PatternCompile is Pattern.compile(String).
func PatternCompile(regex string) *Pattern { return PatternCompile2(regex, 0) }

// PatternCompile2 is Pattern.compile(String, int).
func PatternCompile2(regex string, flags int32) *Pattern {
	return &Pattern{pattern: regex, flags: flags, jr: compileJava(regex, flags)}
}

// PatternQuote is Pattern.quote(String).
func PatternQuote(s string) string {
	if !strings.Contains(s, `\E`) {
		return `\Q` + s + `\E`
	}
	return `\Q` + strings.ReplaceAll(s, `\E`, `\E\\E\Q`) + `\E`
}

// Pattern is pattern().
func (p *Pattern) Pattern() string { return p.pattern }

// String is toString().
func (p *Pattern) String() string { return p.pattern }

// Flags is flags().
func (p *Pattern) Flags() int32 { return p.flags }

// Matcher is matcher(CharSequence).
func (p *Pattern) Matcher(input string) *Matcher {
	m := &Matcher{pattern: p}
	m.Reset2(input)
	return m
}

// Split is split(CharSequence).
func (p *Pattern) Split(input string) []string { return p.Split2(input, 0) }

// Split2 is split(CharSequence, int).
func (p *Pattern) Split2(input string, limit int32) []string {
	return splitAt(input, p.jr.findAll(input, -1), limit)
}

// MatchResult is java.util.regex.MatchResult.
type MatchResult interface {
	// Start is start().
	Start() int32
	// Start2 is start(int).
	Start2(group int32) int32
	// End is end().
	End() int32
	// End2 is end(int).
	End2(group int32) int32
	// Group is group().
	Group() string
	// Group2 is group(int).
	Group2(group int32) string
	// GroupCount is groupCount().
	GroupCount() int32
}

// Matcher is java.util.regex.Matcher. Indices are UTF-16 units, as in Java.
type Matcher struct {
	pattern   *Pattern
	text      string
	groups    []int // byte offsets of the last match, nil when none
	first     int   // start of the last match (-1 before any)
	last      int   // end of the last match (0 before any)
	appendPos int   // appendReplacement's position (bytes)
	units     []int32
}

// Reset is reset().
func (m *Matcher) Reset() *Matcher {
	m.groups, m.first, m.last, m.appendPos = nil, -1, 0, 0
	return m
}

// Reset2 is reset(CharSequence).
func (m *Matcher) Reset2(input string) *Matcher {
	m.text, m.units = input, nil
	return m.Reset()
}

// Pattern is pattern().
func (m *Matcher) Pattern() *Pattern { return m.pattern }

// UsePattern is usePattern(Pattern).
func (m *Matcher) UsePattern(newPattern *Pattern) *Matcher {
	if newPattern == nil {
		panic(NewIllegalArgumentException2("Pattern cannot be null"))
	}
	m.pattern, m.groups = newPattern, nil
	return m
}

// unit converts a byte offset of the text to a UTF-16 index.
func (m *Matcher) unit(off int) int32 {
	if off < 0 {
		return -1
	}
	if m.units == nil {
		if isASCII(m.text) {
			return int32(off)
		}
		m.units = make([]int32, len(m.text)+1)
		u := int32(0)
		for i := 0; i < len(m.text); {
			r, n := decodeAt(m.text, i)
			for k := 0; k < n; k++ {
				m.units[i+k] = u
			}
			i += n
			u++
			if r >= 0x10000 {
				u++
			}
		}
		m.units[len(m.text)] = u
	}
	return m.units[off]
}

func (m *Matcher) set(g []int) bool {
	m.groups = g
	if g == nil {
		return false
	}
	m.first, m.last = g[0], g[1]
	return true
}

// Matches is matches(): the whole input matches.
func (m *Matcher) Matches() bool {
	m.pattern.jr.variants()
	return m.set(m.pattern.jr.whole.FindStringSubmatchIndex(m.text))
}

// LookingAt is lookingAt(): a prefix of the input matches.
func (m *Matcher) LookingAt() bool {
	m.pattern.jr.variants()
	return m.set(m.pattern.jr.prefix.FindStringSubmatchIndex(m.text))
}

// Find is find(): the next match, after the previous one (one further after an empty
// match).
func (m *Matcher) Find() bool {
	next := m.last
	if next == m.first {
		if next < len(m.text) {
			_, n := decodeAt(m.text, next)
			next += n
		} else {
			next++
		}
	}
	if next > len(m.text) {
		m.groups = nil
		return false
	}
	return m.set(m.pattern.jr.findFrom(m.text, next))
}

// Find2 is find(int): resets, then finds the first match at or after start.
func (m *Matcher) Find2(start int32) bool {
	n := StrLen(m.text)
	if start < 0 || start > n {
		panic(NewIndexOutOfBoundsException2("Illegal start index"))
	}
	m.Reset()
	return m.set(m.pattern.jr.findFrom(m.text, byteOffset(m.text, int(start))))
}

func (m *Matcher) checkMatch() {
	if m.groups == nil {
		panic(NewIllegalStateException2("No match found"))
	}
}

func (m *Matcher) checkGroup(group int32) {
	m.checkMatch()
	if group < 0 || int(group) > m.pattern.jr.re.NumSubexp() {
		panic(NewIndexOutOfBoundsException2("No group " + IntStr(group)))
	}
}

func (m *Matcher) groupIndex(name string) int32 {
	for i, n := range m.pattern.jr.re.SubexpNames() {
		if n == name && i > 0 {
			return int32(i)
		}
	}
	panic(NewIllegalArgumentException2("No group with name <" + name + ">"))
}

// GroupCount is groupCount().
func (m *Matcher) GroupCount() int32 { return int32(m.pattern.jr.re.NumSubexp()) }

// Group is group(): the matched text.
func (m *Matcher) Group() string { return m.Group2(0) }

// Group2 is group(int): null for a group that did not take part.
func (m *Matcher) Group2(group int32) string {
	m.checkGroup(group)
	if m.groups[2*group] < 0 {
		return NullString
	}
	return m.text[m.groups[2*group]:m.groups[2*group+1]]
}

// Group3 is group(String).
func (m *Matcher) Group3(name string) string {
	m.checkMatch()
	return m.Group2(m.groupIndex(name))
}

// Start is start().
func (m *Matcher) Start() int32 { return m.Start2(0) }

// Start2 is start(int): -1 for a group that did not take part.
func (m *Matcher) Start2(group int32) int32 {
	m.checkGroup(group)
	return m.unit(m.groups[2*group])
}

// Start3 is start(String).
func (m *Matcher) Start3(name string) int32 {
	m.checkMatch()
	return m.Start2(m.groupIndex(name))
}

// End is end().
func (m *Matcher) End() int32 { return m.End2(0) }

// End2 is end(int).
func (m *Matcher) End2(group int32) int32 {
	m.checkGroup(group)
	return m.unit(m.groups[2*group+1])
}

// End3 is end(String).
func (m *Matcher) End3(name string) int32 {
	m.checkMatch()
	return m.End2(m.groupIndex(name))
}

// HitEnd is hitEnd(), approximated: the last search reached the end of the input.
func (m *Matcher) HitEnd() bool { return m.groups == nil || m.last == len(m.text) }

// ReplaceAll is replaceAll(String).
func (m *Matcher) ReplaceAll(replacement string) string {
	m.Reset()
	return m.pattern.jr.replace(m.text, replacement, -1)
}

// ReplaceFirst is replaceFirst(String).
func (m *Matcher) ReplaceFirst(replacement string) string {
	m.Reset()
	return m.pattern.jr.replace(m.text, replacement, 1)
}

// ReplaceAllWith is replaceAll(Function<MatchResult, String>): each match is replaced by
// what the function answers for it, read as a replacement string ($1, \\ escapes), as
// appendReplacement reads it.
func (m *Matcher) ReplaceAllWith(replacer Function[MatchResult, string]) string {
	return m.replaceWith(replacer, -1)
}

// ReplaceFirstWith is replaceFirst(Function<MatchResult, String>).
func (m *Matcher) ReplaceFirstWith(replacer Function[MatchResult, string]) string {
	return m.replaceWith(replacer, 1)
}

func (m *Matcher) replaceWith(replacer Function[MatchResult, string], limit int) string {
	if replacer == nil {
		panic(NewNullPointerException())
	}
	m.Reset()
	sb := NewStringBuilder()
	for n := 0; (limit < 0 || n < limit) && m.Find(); n++ {
		m.AppendReplacement(sb, replacer.Apply(m))
	}
	m.AppendTail(sb)
	return sb.String()
}

// AppendReplacement is appendReplacement(StringBuilder|StringBuffer, String).
func (m *Matcher) AppendReplacement(sb *StringBuilder, replacement string) *Matcher {
	m.checkMatch()
	r := parseReplacement(replacement, m.pattern.jr.re.NumSubexp(), m.pattern.jr.re.SubexpNames())
	b := append([]byte(m.text[m.appendPos:m.groups[0]]), r.appendTo(nil, m.text, m.groups)...)
	sb.AppendStr(string(b))
	m.appendPos = m.groups[1]
	return m
}

// AppendTail is appendTail(StringBuilder|StringBuffer).
func (m *Matcher) AppendTail(sb *StringBuilder) *StringBuilder {
	return sb.AppendStr(m.text[m.appendPos:])
}

// MatcherQuoteReplacement is Matcher.quoteReplacement(String).
func MatcherQuoteReplacement(s string) string {
	if !strings.ContainsAny(s, `\$`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' || s[i] == '$' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// String is toString().
func (m *Matcher) String() string {
	last := ""
	if m.groups != nil {
		last = m.Group()
	}
	return "java.util.regex.Matcher[pattern=" + m.pattern.pattern + " region=0," + IntStr(StrLen(m.text)) + " lastmatch=" + last + "]"
}

func init() {
	registerClassNames(map[string]string{
		"Pattern": "java.util.regex.Pattern",
		"Matcher": "java.util.regex.Matcher",
	})
}

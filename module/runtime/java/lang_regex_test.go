package java

import (
	"strings"
	"testing"
)

// Expected values printed by Java 17 (N1.java): Arrays.toString of String.split results,
// replaceAll/replaceFirst/matches, and Matcher walks.
func TestSplitFollowsJavaRules(t *testing.T) {
	cases := []struct {
		s, re string
		limit int32
		want  string
	}{
		{"a,b,,c,,", ",", 0, "[a, b, , c]"},
		{" a  b ", `\s+`, 0, "[, a, b]"},
		{"a1b22c333", `\d+`, 0, "[a, b, c]"},
		{"boo:and:foo", "o", -1, "[b, , :and:f, , ]"},
		{"boo:and:foo", "o", 2, "[b, o:and:foo]"},
		{"boo:and:foo", "o", 5, "[b, , :and:f, , ]"},
		{"abc", "", 0, "[a, b, c]"},
		{"a.b|c", "[.|]", 0, "[a, b, c]"},
		{"key = value = x", `\s*=\s*`, 2, "[key, value = x]"},
		{"x", ",", 0, "[x]"},
		{"", ",", 0, "[]"}, // [""]: one empty string
		{",", ",", 0, "[]"},
		{",a,b", ",", 0, "[, a, b]"},
		{"abc", "b*", 0, "[a, , c]"},
		{"a b", `\s*`, 0, "[a, , b]"},
		{"x--y", "-", 0, "[x, , y]"},
		{"😀a😀b", "a", 0, "[😀, 😀b]"},
		{"a.b.c", `\.`, 0, "[a, b, c]"},
	}
	if n := len(Split2("", ",", 0)); n != 1 {
		t.Errorf(`"".split(",") has %d elements, want 1`, n)
	}
	for _, c := range cases {
		got := "[" + strings.Join(Split2(c.s, c.re, c.limit), ", ") + "]"
		if got != c.want {
			t.Errorf("%q.split(%q, %d) = %s, want %s", c.s, c.re, c.limit, got, c.want)
		}
	}
	if got := PatternCompile(`\s*,\s*`).Split("a , b,c ,d"); strings.Join(got, "|") != "a|b|c|d" {
		t.Errorf("Pattern.split %v", got)
	}
}

func TestReplaceAndMatchesFollowJava(t *testing.T) {
	cases := []struct{ got, want string }{
		{ReplaceAll("hello world", "o", "0"), "hell0 w0rld"},
		{ReplaceAll("John Smith", `(\w+) (\w+)`, "$2, $1"), "Smith, John"},
		{ReplaceFirst("a-b-c", "-", "+"), "a+b-c"},
		{ReplaceAll("price: $5", `\$(\d)`, `\$$1.00`), "price: $5.00"},
		{ReplaceAll("aaa", "a*", "X"), "XX"},
		{ReplaceAll("abc", "b*", "-"), "-a--c-"},
		{ReplaceAll("Tab\tNew\nLine", `\s`, "_"), "Tab_New_Line"},
		{ReplaceAll("x1y22", `(?<num>\d+)`, "<${num}>"), "x<1>y<22>"},
		{ReplaceAll("HeLLo", "(?i)l", "1"), "He11o"},
		{ReplaceAll("a.b", ".", "*"), "***"},
		{ReplaceAll("line1\r\nline2", ".", "*"), "*****\r\n*****"},
		{ReplaceAll("aaa", "(a)", "$1$10x"), "aa0xaa0xaa0x"},
		{ReplaceAll("a.b", `\Q.\E`, "!"), "a!b"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	matches := []bool{Matches("abc123", `[a-z]+\d+`), Matches("abc", "ab"), Matches("Ab", "(?i)ab"), Matches("a\nb", "a.b"),
		Matches("a\nb", "(?s)a.b"), Matches("x y", `x\sy`), Matches("A1", `\p{Alpha}\p{Digit}`), Matches("é", `\p{L}`),
		Matches("\u000b", `\s`), Matches("a+b", `a\+b`), Matches("a b", `a\ b`), Matches("_", `\w`)}
	var parts []string
	for _, m := range matches {
		parts = append(parts, BoolStr(m))
	}
	if got, want := strings.Join(parts, " "), "true false true false true true true true true true true true"; got != want {
		t.Errorf("matches: %s\nwant     %s", got, want)
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { ReplaceAll("x", "x", "$2") }, "java.lang.IndexOutOfBoundsException: No group 2"},
		{func() { ReplaceAll("x", "x", `a\`) }, "java.lang.IllegalArgumentException: character to be escaped is missing"},
	}
	for _, c := range errs {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestMatcherWalksLikeJava(t *testing.T) {
	m := PatternCompile(`(\w)(\d)?`).Matcher("a1 b c3 😀d4")
	var b strings.Builder
	for m.Find() {
		b.WriteString(m.Group() + "@" + IntStr(m.Start()) + "-" + IntStr(m.End()) + ":")
		if m.Start2(2) < 0 {
			b.WriteString("null") // group(2) is null: "" here, with start(2) == -1
		} else {
			b.WriteString(m.Group2(2))
		}
		b.WriteString(":" + IntStr(m.Start2(2)) + " ")
	}
	if got, want := b.String(), "a1@0-2:1:1 b@3-4:null:-1 c3@5-7:3:6 d4@10-12:4:11 "; got != want {
		t.Errorf("find loop: %q\nwant %q", got, want)
	}
	m2 := PatternCompile(`(\d+)`).Matcher("a12b345c")
	out := NewStringBuffer()
	for m2.Find() {
		m2.AppendReplacement(out, "[$1]")
	}
	m2.AppendTail(out)
	if out.String() != "a[12]b[345]c" {
		t.Errorf("appendReplacement: %q", out.String())
	}
	m3 := PatternCompile("o").Matcher("foo boo")
	got := []any{m3.Find2(3), m3.Start(), m3.Find(), m3.Start(), m3.LookingAt(), PatternCompile("fo+").Matcher("foo boo").LookingAt()}
	if s := joinStr(got); s != "true 5 true 6 false true" {
		t.Errorf("find(int)/lookingAt: %s", s)
	}
	steps := PatternCompile("b*").Matcher("abc")
	var spans []string
	for steps.Find() {
		spans = append(spans, IntStr(steps.Start())+","+IntStr(steps.End()))
	}
	if strings.Join(spans, " ") != "0,0 1,2 2,2 3,3" {
		t.Errorf("empty matches: %v", spans)
	}
	quote := []any{PatternQuote("a.b"), Matches("a.b", PatternQuote("a.b")), MatcherQuoteReplacement(`$1\x`),
		PatternCompile2("x", PatternCaseInsensitive).Matcher("X").Matches(), PatternMatches("a*b", "aaab")}
	if s := joinStr(quote); s != `\Qa.b\E true \$1\\x true true` {
		t.Errorf("quote: %s", s)
	}
	if ex := Try(func() { PatternCompile("x").Matcher("y").Group() }); Str(ex) != "java.lang.IllegalStateException: No match found" {
		t.Errorf("group without match: %v", ex)
	}
}

func TestRegexFeaturesRE2LacksAreReportedNotMigrated(t *testing.T) {
	for feature, pattern := range map[string]string{
		"lookahead": "a(?=b)", "lookbehind": "(?<=a)b", "backreference": `(a)\1`, "possessive quantifier": "a*+",
		"atomic group": "(?>a)", "nested character class": "[a-z[0-9]]", "character class intersection": "[a-z&&[^b]]",
	} {
		func() {
			defer func() {
				want := "l2j: not migrated: regex feature " + feature + ` in "` + pattern + `"`
				if r := recover(); r != want {
					t.Errorf("%s: got %v, want %s", pattern, r, want)
				}
			}()
			Matches("ab", pattern)
		}()
	}
	ex := Try(func() { PatternCompile("(a") })
	if _, ok := ex.(PatternSyntaxException); !ok || !strings.HasPrefix(ex.Message(), "missing closing ): ") {
		t.Errorf("syntax error: %v", ex)
	}
}

func TestMatcherReplaceWithAFunction(t *testing.T) {
	double := FunctionFunc[MatchResult, string](func(r MatchResult) string {
		return "<" + IntStr(IntegerParseInt(r.Group2(1))*2) + ">$1"
	})
	m := PatternCompile(`(\d)`).Matcher("a1b2c3")
	if got := m.ReplaceAllWith(double); got != "a<2>1b<4>2c<6>3" {
		t.Fatalf("replaceAll(Function) = %q", got)
	}
	if got := m.ReplaceFirstWith(double); got != "a<2>1b2c3" {
		t.Fatalf("replaceFirst(Function) = %q", got)
	}
	m2 := PatternCompile(`(a)|(b)`).Matcher("b")
	if !m2.Find() || !IsNullString(m2.Group2(1)) || Str(any(m2.Group2(1))) != "null" {
		t.Fatalf("group(1) of a group that did not take part = %q, Java's null", m2.Group2(1))
	}
}

package java

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// The expected values were printed by Java 17 (S2.java: each line a String method
// applied to the same inputs); u holds a two-unit character (U+1F600) and non-ASCII
// letters, so UTF-16 indexing is exercised.
func TestStringMethodsIndexInUTF16Units(t *testing.T) {
	u := "héllo wörld 😀 end"
	ints := []struct {
		name      string
		got, want int32
	}{
		{"length", StrLen(u), 18},
		{"charAt(7)", int32(CharAt(u, 7)), 246},
		{"charAt(12)", int32(CharAt(u, 12)), 55357},
		{"charAt(13)", int32(CharAt(u, 13)), 56832},
		{"indexOf(wörld)", IndexOf(u, "wörld"), 6},
		{"indexOf(end)", IndexOf(u, "end"), 15},
		{"indexOf('d')", IndexOfChar(u, 'd'), 10},
		{"indexOf('d', 11)", IndexOfChar2(u, 'd', 11), 17},
		{"indexOf(0x1F600)", IndexOfChar(u, 0x1F600), 12},
		{"lastIndexOf('l')", LastIndexOfChar(u, 'l'), 9},
		{"lastIndexOf(l, 8)", LastIndexOf2(u, "l", 8), 3},
		{"lastIndexOf(o)", LastIndexOf(u, "o"), 4},
		{"lastIndexOf('o', 5)", LastIndexOfChar2(u, 'o', 5), 4},
		{"substring(0, 13).length()", StrLen(Substring2(u, 0, 13)), 13},
		{"compareTo", StrCompareTo("apple", "apricot"), -2},
		{"compareTo non-ASCII", StrCompareTo("ä", "z"), 106},
		{"compareToIgnoreCase", CompareToIgnoreCase("Hello", "help"), -4},
		{"hashCode", StrHashCode(u), 2088506821},
		{"codePointAt(12)", CodePointAt(u, 12), 128512},
		{"codePointAt(13)", CodePointAt(u, 13), 56832},
		{"codePointCount", CodePointCount(u, 0, StrLen(u)), 17},
		{"codePointBefore(14)", CodePointBefore(u, 14), 128512},
		{"indexOf(absent)", IndexOf(u, "zzz"), -1},
		{"indexOf('', 99)", IndexOf2("abc", "", 99), 3},
	}
	for _, c := range ints {
		if c.got != c.want {
			t.Errorf("%s = %d, want %d", c.name, c.got, c.want)
		}
	}
	strs := []struct{ name, got, want string }{
		{"substring(6)", Substring(u, 6), "wörld 😀 end"},
		{"substring(6, 11)", Substring2(u, 6, 11), "wörld"},
		{"substring(12, 14)", Substring2(u, 12, 14), "😀"},
		{"toUpperCase", ToUpperCase(u), "HÉLLO WÖRLD 😀 END"},
		{"toLowerCase", ToLowerCase("HÉLLO WÖRLD İSTANBUL ΟΔΟΣ ΣΑΣ"), "héllo wörld i̇stanbul οδος σας"},
		{"toUpperCase ß", ToUpperCase("straße"), "STRASSE"},
		{"trim", Trim("  \t x y \n\u0001"), "x y"},
		{"strip", Strip("\u2003 x \u3000"), "x"},
		{"replace", StrReplace("a.b.c", ".", "::"), "a::b::c"},
		{"replace(char)", ReplaceChar("héllo", 'l', 'L'), "héLLo"},
		{"replace empty", StrReplace("abc", "", "-"), "-a-b-c-"},
		{"repeat", StrRepeat("ab", 3), "ababab"},
		{"join", StringJoin("|", "a", "b", "c"), "a|b|c"},
		{"valueOf(char[], 1, 2)", StringValueOfChars2([]uint16{'a', 'b', 'c', 'd'}, 1, 2), "bc"},
		{"new String(utf8 bytes)", NewStringBytes([]int8{104, -61, -87, -1, 65}), "hé\uFFFDA"},
		{"new String(latin1)", NewStringBytesCharset([]int8{104, -23}, "ISO-8859-1"), "hé"},
	}
	for _, c := range strs {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
	bools := []struct {
		name      string
		got, want bool
	}{
		{"startsWith(wörld, 6)", StartsWith2(u, "wörld", 6), true},
		{"endsWith", EndsWith(u, "end"), true},
		{"isBlank em space", IsBlank("\u2003 \t"), true},
		{"isBlank nbsp", IsBlank("\u00a0"), false},
		{"equalsIgnoreCase ǅ ǆ", EqualsIgnoreCase("ǅ", "ǆ"), true},
		{"equalsIgnoreCase ASCII", EqualsIgnoreCase("Hello", "hELLO"), true},
		{"equalsIgnoreCase @`", EqualsIgnoreCase("@", "`"), false},
		{"regionMatches ignoreCase", RegionMatches2("Hello World", true, 6, "WORLD", 0, 5), true},
		{"regionMatches", RegionMatches("Hello", 0, "Help", 0, 3), true},
	}
	for _, c := range bools {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	// Special and conditional casing (V.java): one-to-many upper cases, final sigma decided
	// within the word (Hangul continues a word, Katakana does not).
	hex := func(s string) string {
		var b strings.Builder
		for _, c := range ToCharArray(s) {
			b.WriteString(StringFormat("%04x", int32(c)))
		}
		return b.String()
	}
	casing := hex(ToUpperCase("ΐΰᾳﬀ")) + " " + hex(ToLowerCase("ċ갎Σ")) + " " + hex(ToLowerCase("YΣ갹ҝ")) + " " + hex(ToLowerCase("ブΣ"))
	if want := "03990308030103a5030803010391039900460046 010bac0e03c2 007903c3ac39049d 30d603c3"; casing != want {
		t.Errorf("casing %s\nwant   %s", casing, want)
	}
	if got := ToCharArray(Substring2(u, 11, 15)); !reflect.DeepEqual(got, []uint16{' ', 0xD83D, 0xDE00, ' '}) {
		t.Errorf("toCharArray = %v", got)
	}
	if got := GetBytes("hé😀"); !reflect.DeepEqual(got, []int8{104, -61, -87, -16, -97, -104, -128}) {
		t.Errorf("getBytes(UTF-8) = %v", got)
	}
	if got := GetBytesCharset("hé😀", "ISO-8859-1"); !reflect.DeepEqual(got, []int8{104, -23, 63}) {
		t.Errorf("getBytes(ISO-8859-1) = %v", got)
	}
}

// P3.java on Java 17: indent of t = "  a\n\tb\r\n c\rd" by 2, -1, -5, 0, MIN_VALUE; of "",
// "\n" and "\u2003\u2003x"; codePoints of a pair, of lone and reversed surrogates. Shown
// with \n as |, \t as T.
func TestStringIndentAndCodePoints(t *testing.T) {
	show := strings.NewReplacer("\n", "|", "\r", "R", "\t", "T").Replace
	text := "  a\n\tb\r\n c\rd"
	var got []string
	for _, n := range []int32{2, -1, -5, 0, IntegerMinValue} {
		got = append(got, show(StrIndent(text, n)))
	}
	got = append(got, "["+StrIndent("", 3)+"]", show(StrIndent("\n", 1)), show(StrIndent("\u2003\u2003x", -1)))
	uExpect(t, "indent", strings.Join(got, " "), "    a|  Tb|   c|  d|  a|b|c|d| a|b|c|d|   a|Tb| c|d| a|b|c|d| []  | \u2003x|")
	e := "a\U0001F600b" + fromUnits([]uint16{0xD83D})
	points := ArraysToString(StrCodePoints(e).ToArray()) + " " + Str(StrCodePoints(e).Count()) + " " +
		ArraysToString(StrCodePoints(fromUnits([]uint16{0xDE00, 0xD83D})).ToArray()) + " " + Str(StrCodePoints("").Count()) + " " + Str(StrCodePoints("xy").Sum())
	uExpect(t, "codePoints", points, "[97, 128512, 98, 55357] 4 [56832, 55357] 0 241")
}

func TestStringIndexErrorsHaveJavaMessages(t *testing.T) {
	cases := []struct {
		f    func()
		want string
	}{
		{func() { CharAt("abc", 5) }, "java.lang.StringIndexOutOfBoundsException: String index out of range: 5"},
		{func() { CharAt("abc", -1) }, "java.lang.StringIndexOutOfBoundsException: String index out of range: -1"},
		{func() { CharAt("héllo", 9) }, "java.lang.StringIndexOutOfBoundsException: String index out of range: 9"},
		{func() { Substring("abc", 4) }, "java.lang.StringIndexOutOfBoundsException: begin 4, end 3, length 3"},
		{func() { Substring("abc", -1) }, "java.lang.StringIndexOutOfBoundsException: begin -1, end 3, length 3"},
		{func() { Substring2("abc", 2, 1) }, "java.lang.StringIndexOutOfBoundsException: begin 2, end 1, length 3"},
		{func() { Substring2("abc", 1, 5) }, "java.lang.StringIndexOutOfBoundsException: begin 1, end 5, length 3"},
		{func() { StringValueOfChars2([]uint16{'a'}, 0, 5) }, "java.lang.StringIndexOutOfBoundsException: offset 0, count 5, length 1"},
		{func() { StrRepeat("abc", -1) }, "java.lang.IllegalArgumentException: count is negative: -1"},
		{func() { CodePointAt("abc", 3) }, "java.lang.StringIndexOutOfBoundsException: index 3, length 3"},
		{func() { GetBytesCharset("x", "EBCDIC-XYZ") }, "java.io.UnsupportedEncodingException: EBCDIC-XYZ"},
	}
	for _, c := range cases {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestLongStringsUseTheIndexCacheConsistently(t *testing.T) {
	long := strings.Repeat("ab", 100) + "é" + strings.Repeat("cd", 100)
	if StrLen(long) != 401 || CharAt(long, 200) != 'é' || CharAt(long, 201) != 'c' {
		t.Fatalf("long non-ASCII string: len %d", StrLen(long))
	}
	ascii := strings.Repeat("xyz", 50)
	for i := int32(0); i < StrLen(ascii); i++ {
		if CharAt(ascii, i) != uint16("xyz"[i%3]) {
			t.Fatalf("charAt(%d)", i)
		}
	}
	// Two different strings of the same length must not share a cache entry.
	a, b := strings.Repeat("é", 30), strings.Repeat("ü", 30)
	if CharAt(a, 5) != 'é' || CharAt(b, 5) != 'ü' {
		t.Error("cache mixed two strings")
	}
}

func TestStringBuilderIsJavaStringBuilder(t *testing.T) {
	sb := NewStringBuilder()
	sb.Append("x=").AppendInt(5).AppendChar(',').Append(2.5).Append(true).Append(nil).Append(int64(1) << 40).Append(float32(0.1))
	if got := sb.String(); got != "x=5,2.5truenull10995116277760.1" {
		t.Errorf("append chain %q", got)
	}
	sb = NewStringBuilder3("hello")
	sb.Insert(0, "<").Append(uint16('>')).Insert(3, int32(42))
	if sb.String() != "<he42llo>" {
		t.Errorf("insert %q", sb.String())
	}
	sb.Delete(1, 3).DeleteCharAt(0).Replace(0, 2, "ABC").Reverse()
	if sb.String() != ">ollCBA" {
		t.Errorf("delete/replace/reverse %q", sb.String())
	}
	sb.SetCharAt(0, 'é')
	sb.SetLength(3)
	if sb.String() != "éol" || sb.Length() != 3 || sb.CharAt(0) != 'é' || sb.IndexOf("l") != 2 {
		t.Errorf("non-ASCII setCharAt/setLength %q", sb.String())
	}
	r := NewStringBuilder3("a😀b").Reverse()
	if r.String() != "b😀a" || r.Length() != 4 {
		t.Errorf("reverse keeps surrogate pairs: %q", r.String())
	}
	// A pair appended one char at a time becomes the character.
	p := NewStringBuilder().AppendChar(0xD83D).AppendChar(0xDE00)
	if p.String() != "😀" {
		t.Errorf("surrogates appended separately: %q", p.String())
	}
	if NewStringBuilder().Capacity() != 16 || NewStringBuilder3("abc").Capacity() != 19 {
		t.Error("capacity follows Java")
	}
	g := NewStringBuilder()
	g.AppendStr(strings.Repeat("x", 17))
	if g.Capacity() != 34 {
		t.Errorf("growth %d, want 34", g.Capacity())
	}
	buf := NewStringBuffer3("ab")
	buf.Append(int32(1))
	if buf.String() != "ab1" {
		t.Error("StringBuffer")
	}
	// Java 17 messages (S1.java):
	cases := []struct {
		f    func()
		want string
	}{
		{func() { NewStringBuilder3("abc").CharAt(5) }, "index 5, length 3"},
		{func() { NewStringBuilder3("abc").DeleteCharAt(5) }, "index 5, length 3"},
		{func() { NewStringBuilder3("abc").Insert(5, "x") }, "offset 5, length 3"},
		{func() { NewStringBuilder3("abc").Delete(2, 1) }, "start 2, end 1, length 3"},
		{func() { NewStringBuilder3("abc").Delete(5, 6) }, "start 5, end 3, length 3"},
		{func() { NewStringBuilder3("abc").SetCharAt(5, 'x') }, "index 5, length 3"},
		{func() { NewStringBuilder3("abc").SetLength(-1) }, "String index out of range: -1"},
		{func() { NewStringBuilder3("abc").Replace(4, 5, "x") }, "start 4, end 3, length 3"},
		{func() { NewStringBuilder3("abc").Substring2(2, 1) }, "start 2, end 1, length 3"},
		{func() { NewStringBuilder3("abc").Substring(4) }, "start 4, end 3, length 3"},
	}
	for _, c := range cases {
		ex := Try(c.f)
		if _, ok := ex.(StringIndexOutOfBoundsException); !ok || ex.Message() != c.want {
			t.Errorf("got %v, want StringIndexOutOfBoundsException: %s", ex, c.want)
		}
	}
}

// String.format results from Java 17 (S2.java), US locale.
func TestStringFormatMatchesJavaFormatter(t *testing.T) {
	cases := []struct {
		got, want string
	}{
		{StringFormat("%d|%5d|%-5d|%05d|%,d|%+d|% d|%(d|%x|%X|%#x|%o|%08X", int32(42), int32(42), int32(42), int32(-42), int32(1234567), int32(5), int32(5), int32(-5), int32(255), int32(-1), int32(255), int32(8), int32(0xBEEF)),
			"42|   42|42   |-0042|1,234,567|+5| 5|(5)|ff|FFFFFFFF|0xff|10|0000BEEF"},
		{StringFormat("%s|%10s|%-10s|%.2s|%S|%b|%B|%c|%C|%%|%n", "hi", "hi", "hi", "hello", "up", nil, "x", uint16('a'), uint16('b')),
			"hi|        hi|hi        |he|UP|false|TRUE|a|B|%|\n"},
		{StringFormat("%f|%.2f|%.0f|%10.3f|%-10.1f|%,.2f|%+.1f|%e|%.3E|%g|%.3g|%G", 3.14159, 0.125, 2.5, -3.14159, 2.0, 1234567.891, 0.05, 12345.678, 0.000123456, 0.0001, 123456.0, 1e-5),
			"3.141590|0.13|3|    -3.142|2.0       |1,234,567.89|+0.1|1.234568e+04|1.235E-04|0.000100000|1.23e+05|1.00000E-05"},
		{StringFormat("%.2f|%.1f|%.1f|%.3f|%.2f|%f|%.1f|%.2f|%f", 1.005, 0.15, 0.25, 2.0005, 0.995, 1e20, -0.04, math.NaN(), math.Inf(1)),
			"1.01|0.2|0.3|2.001|1.00|100000000000000000000.000000|-0.0|NaN|Infinity"},
		{StringFormat("%2$s %1$s %<s %s", "a", "b"), "b a a a"},
		{StringFormat("%5.1f|%010.2f|%(,.2f|%e|%.0e|%g|%g|%g", float32(3.14159), -3.5, -1234.5, 0.0, 15.0, 0.0, 1e10, 123.456),
			"  3.1|-000003.50|(1,234.50)|0.000000e+00|2e+01|0.00000|1.00000e+10|123.456"},
		{StringFormat("%x|%x|%o|%d|%c|%h", int8(-1), int16(-2), int64(-8), LongMinValue, int32(0x1F600), "hi"),
			"ff|fffe|1777777777777777777770|-9223372036854775808|😀|d01"},
		{StringFormat("%d %s", Box(int32(7)), (*int32)(nil)), "7 null"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got  %q\nwant %q", c.got, c.want)
		}
	}
	errs := []struct {
		format string
		arg    any
		want   string
	}{
		{"%q", int32(1), "java.util.UnknownFormatConversionException: Conversion = 'q'"},
		{"%", int32(1), "java.util.UnknownFormatConversionException: Conversion = '%'"},
		{"%d", "str", "java.util.IllegalFormatConversionException: d != java.lang.String"},
		{"%.2d", int32(1), "java.util.IllegalFormatPrecisionException: 2"},
		{"%-d", int32(1), "java.util.MissingFormatWidthException: %-d"},
		{"%#s", int32(1), "java.util.FormatFlagsConversionMismatchException: Conversion = s, Flags = #"},
		{"%,x", int32(1), "java.util.FormatFlagsConversionMismatchException: Conversion = x, Flags = ,"},
		{"%+ d", int32(1), "java.util.IllegalFormatFlagsException: Flags = '+ '"},
		{"%0-5d", int32(1), "java.util.IllegalFormatFlagsException: Flags = '-0'"},
		{"%3$s", int32(1), "java.util.MissingFormatArgumentException: Format specifier '%3$s'"},
		{"%c", 3.5, "java.util.IllegalFormatConversionException: c != java.lang.Double"},
		{"%s %s", "a", "java.util.MissingFormatArgumentException: Format specifier '%s'"},
	}
	for _, c := range errs {
		ex := Try(func() { StringFormat(c.format, c.arg) })
		if _, ok := ex.(IllegalArgumentException); !ok || ex.String() != c.want {
			t.Errorf("format %q: got %v, want %s", c.format, ex, c.want)
		}
	}
}

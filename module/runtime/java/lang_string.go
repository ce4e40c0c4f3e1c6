package java

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// java.lang.String's methods over Go strings, indexed in UTF-16 units (lang_utf16.go).
// Instance methods take the string first. Names: the Java name when it is specific to
// strings (CharAt, Substring, IndexOf, StartsWith, ToUpperCase, Trim, Split...), `Str` +
// the Java name where the bare name would be too general (StrLen for length(),
// StrIsEmpty, StrContains, StrReplace, StrRepeat, StrCompareTo, StrHashCode); statics
// are `String` + the Java name (StringFormat, StringJoin, StringValueOfChars).

// view returns whether s is ASCII and, when it is not, its UTF-16 units (shared: not to be
// modified).
func view(s string) (bool, []uint16) {
	if len(s) >= cacheMin {
		info := infoOf(s)
		return info.ascii, info.units
	}
	if isASCII(s) {
		return true, nil
	}
	return false, appendToUnits(make([]uint16, 0, len(s)), s)
}

func stringIndexOOB(msg string) *StringIndexOutOfBoundsExceptionImpl {
	return NewStringIndexOutOfBoundsException2(msg)
}

func checkBeginEnd(begin, end, length int32) {
	if begin < 0 || begin > end || end > length {
		panic(stringIndexOOB("begin " + IntStr(begin) + ", end " + IntStr(end) + ", length " + IntStr(length)))
	}
}

// byteOffset is the byte offset in s of UTF-16 unit index u (0 <= u <= length); an index
// inside a surrogate pair gives the offset after the pair.
func byteOffset(s string, u int) int {
	i, n := 0, 0
	for i < len(s) && n < u {
		if s[i] < utf8.RuneSelf {
			i++
			n++
			continue
		}
		r, size := decodeAt(s, i)
		i += size
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return i
}

// StrLen is String.length(): the number of UTF-16 units.
func StrLen(s string) int32 {
	checkString(s)
	return int32(unitLen(s))
}

// StrIsEmpty is String.isEmpty().
func StrIsEmpty(s string) bool {
	checkString(s)
	return len(s) == 0
}

// CharAt is String.charAt(int).
func CharAt(s string, index int32) uint16 {
	if uint(index) < uint(len(s)) && len(s) < cacheMin && isASCII(s[:index+1]) {
		return uint16(s[index])
	}
	ascii, units := view(s)
	if ascii {
		if uint(index) < uint(len(s)) {
			return uint16(s[index])
		}
	} else if uint(index) < uint(len(units)) {
		return units[index]
	}
	panic(stringIndexOOB("String index out of range: " + IntStr(index)))
}

// CodePointAt is String.codePointAt(int).
func CodePointAt(s string, index int32) int32 {
	ascii, units := view(s)
	if ascii {
		if uint(index) < uint(len(s)) {
			return int32(s[index])
		}
		panic(stringIndexOOB("index " + IntStr(index) + ", length " + IntStr(int32(len(s)))))
	}
	if uint(index) >= uint(len(units)) {
		panic(stringIndexOOB("index " + IntStr(index) + ", length " + IntStr(int32(len(units)))))
	}
	return codePointAtUnits(units, int(index))
}

func codePointAtUnits(units []uint16, i int) int32 {
	c := units[i]
	if CharacterIsHighSurrogate(c) && i+1 < len(units) && CharacterIsLowSurrogate(units[i+1]) {
		return CharacterToCodePoint(c, units[i+1])
	}
	return int32(c)
}

// CodePointBefore is String.codePointBefore(int).
func CodePointBefore(s string, index int32) int32 {
	units := ToCharArray(s)
	if index < 1 || int(index) > len(units) {
		panic(stringIndexOOB("index " + IntStr(index) + ", length " + IntStr(int32(len(units)))))
	}
	c := units[index-1]
	if CharacterIsLowSurrogate(c) && index >= 2 && CharacterIsHighSurrogate(units[index-2]) {
		return CharacterToCodePoint(units[index-2], c)
	}
	return int32(c)
}

// CodePointCount is String.codePointCount(int, int).
func CodePointCount(s string, beginIndex, endIndex int32) int32 {
	units := ToCharArray(s)
	if beginIndex < 0 || beginIndex > endIndex || int(endIndex) > len(units) {
		panic(NewIndexOutOfBoundsException())
	}
	n := endIndex - beginIndex
	for i := beginIndex; i < endIndex-1; i++ {
		if CharacterIsHighSurrogate(units[i]) && CharacterIsLowSurrogate(units[i+1]) {
			n--
			i++
		}
	}
	return n
}

// Substring is String.substring(int).
func Substring(s string, beginIndex int32) string {
	ascii, units := view(s)
	if ascii {
		checkBeginEnd(beginIndex, int32(len(s)), int32(len(s)))
		return s[beginIndex:]
	}
	checkBeginEnd(beginIndex, int32(len(units)), int32(len(units)))
	return fromUnits(units[beginIndex:])
}

// Substring2 is String.substring(int, int) (and subSequence(int, int)).
func Substring2(s string, beginIndex, endIndex int32) string {
	ascii, units := view(s)
	if ascii {
		checkBeginEnd(beginIndex, endIndex, int32(len(s)))
		return s[beginIndex:endIndex]
	}
	checkBeginEnd(beginIndex, endIndex, int32(len(units)))
	return fromUnits(units[beginIndex:endIndex])
}

// unitIndex converts a byte offset of s (at a character boundary) to a UTF-16 index.
func unitIndex(s string, byteOff int) int32 {
	if byteOff < 0 {
		return -1
	}
	return int32(unitLen(s[:byteOff]))
}

// charString is the text of the code point ch (indexOf(int) takes a code point).
func charString(ch int32) (string, bool) {
	if ch < 0 || ch > 0x10FFFF {
		return "", false
	}
	if ch < 0x80 {
		return asciiStrings[ch], true
	}
	return string(appendRune(nil, rune(ch))), true
}

// IndexOfChar is String.indexOf(int): the first index of the code point ch, or -1.
func IndexOfChar(s string, ch int32) int32 {
	if ch < 0x80 && ch >= 0 {
		return unitIndex(s, strings.IndexByte(s, byte(ch)))
	}
	t, ok := charString(ch)
	if !ok {
		return -1
	}
	return unitIndex(s, strings.Index(s, t))
}

// IndexOfChar2 is String.indexOf(int, int).
func IndexOfChar2(s string, ch, fromIndex int32) int32 {
	t, ok := charString(ch)
	if !ok {
		return -1
	}
	return IndexOf2(s, t, max(fromIndex, 0))
}

// IndexOf is String.indexOf(String).
func IndexOf(s, str string) int32 { return unitIndex(s, strings.Index(s, str)) }

// IndexOf2 is String.indexOf(String, int).
func IndexOf2(s, str string, fromIndex int32) int32 {
	n := StrLen(s)
	if fromIndex >= n {
		if str == "" {
			return n
		}
		return -1
	}
	fromIndex = max(fromIndex, 0)
	from := byteOffset(s, int(fromIndex))
	i := strings.Index(s[from:], str)
	if i < 0 {
		return -1
	}
	return unitIndex(s, from+i)
}

// LastIndexOfChar is String.lastIndexOf(int).
func LastIndexOfChar(s string, ch int32) int32 {
	if ch < 0x80 && ch >= 0 {
		return unitIndex(s, strings.LastIndexByte(s, byte(ch)))
	}
	t, ok := charString(ch)
	if !ok {
		return -1
	}
	return unitIndex(s, strings.LastIndex(s, t))
}

// LastIndexOfChar2 is String.lastIndexOf(int, int): searching backward from fromIndex.
func LastIndexOfChar2(s string, ch, fromIndex int32) int32 {
	t, ok := charString(ch)
	if !ok {
		return -1
	}
	return LastIndexOf2(s, t, fromIndex)
}

// LastIndexOf is String.lastIndexOf(String).
func LastIndexOf(s, str string) int32 { return unitIndex(s, strings.LastIndex(s, str)) }

// LastIndexOf2 is String.lastIndexOf(String, int): the last match starting at or before
// fromIndex.
func LastIndexOf2(s, str string, fromIndex int32) int32 {
	if fromIndex < 0 {
		return -1
	}
	n := StrLen(s)
	fromIndex = min(fromIndex, n)
	end := byteOffset(s, int(fromIndex)) + len(str)
	end = min(end, len(s))
	return unitIndex(s, strings.LastIndex(s[:end], str))
}

// StrContains is String.contains(CharSequence).
func StrContains(s, str string) bool { return strings.Contains(s, str) }

// StartsWith is String.startsWith(String).
func StartsWith(s, prefix string) bool { return strings.HasPrefix(s, prefix) }

// StartsWith2 is String.startsWith(String, int).
func StartsWith2(s, prefix string, toffset int32) bool {
	if toffset < 0 || toffset > StrLen(s) {
		return false
	}
	return strings.HasPrefix(s[byteOffset(s, int(toffset)):], prefix)
}

// EndsWith is String.endsWith(String).
func EndsWith(s, suffix string) bool { return strings.HasSuffix(s, suffix) }

// StrCompareTo is String.compareTo(String): the difference of the first differing UTF-16
// units, or of the lengths.
func StrCompareTo(a, b string) int32 {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	if i == n {
		if len(a) == len(b) {
			return 0
		}
		return StrLen(a) - StrLen(b)
	}
	if a[i] < utf8.RuneSelf && b[i] < utf8.RuneSelf {
		return int32(a[i]) - int32(b[i])
	}
	for i > 0 && !utf8.RuneStart(a[i]) { // back to the start of the differing character
		i--
	}
	ua := appendToUnits(nil, a[i:])
	ub := appendToUnits(nil, b[i:])
	for k := 0; k < min(len(ua), len(ub)); k++ {
		if ua[k] != ub[k] {
			return int32(ua[k]) - int32(ub[k])
		}
	}
	return StrLen(a) - StrLen(b)
}

// foldChar is the per-char folding of compareToIgnoreCase.
func foldChar(c rune) rune { return unicode.ToLower(unicode.ToUpper(c)) }

// CompareToIgnoreCase is String.compareToIgnoreCase(String).
func CompareToIgnoreCase(a, b string) int32 {
	ua, ub := ToCharArray(a), ToCharArray(b)
	for k := 0; k < min(len(ua), len(ub)); k++ {
		c1, c2 := rune(ua[k]), rune(ub[k])
		if c1 != c2 {
			c1, c2 = foldChar(c1), foldChar(c2)
			if c1 != c2 {
				return int32(c1) - int32(c2)
			}
		}
	}
	return int32(len(ua) - len(ub))
}

// EqualsIgnoreCase is String.equalsIgnoreCase(String).
func EqualsIgnoreCase(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) == len(b) && isASCII(a) && isASCII(b) {
		for i := 0; i < len(a); i++ {
			c1, c2 := a[i], b[i]
			if c1 != c2 {
				if c1|0x20 != c2|0x20 || c1|0x20 < 'a' || c1|0x20 > 'z' {
					return false
				}
			}
		}
		return true
	}
	ua, ub := ToCharArray(a), ToCharArray(b)
	if len(ua) != len(ub) {
		return false
	}
	for k := range ua {
		c1, c2 := rune(ua[k]), rune(ub[k])
		if c1 == c2 {
			continue
		}
		u1, u2 := unicode.ToUpper(c1), unicode.ToUpper(c2)
		if u1 != u2 && unicode.ToLower(u1) != unicode.ToLower(u2) {
			return false
		}
	}
	return true
}

// RegionMatches is String.regionMatches(int, String, int, int).
func RegionMatches(s string, toffset int32, other string, ooffset, length int32) bool {
	return RegionMatches2(s, false, toffset, other, ooffset, length)
}

// RegionMatches2 is String.regionMatches(boolean, int, String, int, int).
func RegionMatches2(s string, ignoreCase bool, toffset int32, other string, ooffset, length int32) bool {
	ua, ub := ToCharArray(s), ToCharArray(other)
	if ooffset < 0 || toffset < 0 || int64(toffset) > int64(len(ua))-int64(length) || int64(ooffset) > int64(len(ub))-int64(length) {
		return false
	}
	for k := int32(0); k < length; k++ {
		c1, c2 := rune(ua[toffset+k]), rune(ub[ooffset+k])
		if c1 == c2 {
			continue
		}
		if !ignoreCase {
			return false
		}
		u1, u2 := unicode.ToUpper(c1), unicode.ToUpper(c2)
		if u1 != u2 && unicode.ToLower(u1) != unicode.ToLower(u2) {
			return false
		}
	}
	return true
}

// ToUpperCase is String.toUpperCase() (in a non-Turkic default locale).
func ToUpperCase(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b []byte
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		i += n
		if sp, ok := upperSpecial[r]; ok {
			b = append(b, sp...)
			continue
		}
		b = appendRune(b, unicode.ToUpper(r))
	}
	return string(b)
}

// ToLowerCase is String.toLowerCase() (in a non-Turkic default locale): 'İ' becomes
// "i̇" and a final capital sigma 'ς', as Java does.
func ToLowerCase(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b []byte
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		switch r {
		case 'İ':
			b = append(b, "i̇"...)
		case 'Σ':
			if isFinalSigma(s, i, i+n) {
				b = append(b, "ς"...)
			} else {
				b = append(b, "σ"...)
			}
		default:
			b = appendRune(b, unicode.ToLower(r))
		}
		i += n
	}
	return string(b)
}

// isFinalSigma is Java's final-sigma test: within the word around the sigma, a cased
// letter somewhere before it and none after it (Java's ConditionalSpecialCasing).
func isFinalSigma(s string, start, end int) bool {
	before := false
	for j := start; j > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		j -= n
		if !isWordRune(r) {
			break
		}
		if isCased(r) {
			before = true
			break
		}
	}
	if !before {
		return false
	}
	for j := end; j < len(s); {
		r, n := decodeAt(s, j)
		j += n
		if !isWordRune(r) {
			break
		}
		if isCased(r) {
			return false
		}
	}
	return true
}

// isWordRune approximates "no word boundary here" of Java's word BreakIterator: letters
// (not Han, Hiragana or Katakana, which stand as words of their own), digits, marks,
// format characters and connectors continue a word.
func isWordRune(r rune) bool {
	if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.In(r, unicode.M, unicode.Cf, unicode.Pc, unicode.Nl) ||
		r == '\'' || r == '.' || r == ':' || r == 0xB7
}

// isCased is Unicode's Cased property (Java's ConditionalSpecialCasing.isCased).
func isCased(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt) || unicode.In(r, unicode.Other_Uppercase, unicode.Other_Lowercase)
}

// Trim is String.trim(): removes the characters <= ' ' at both ends.
func Trim(s string) string {
	i, j := 0, len(s)
	for i < j && s[i] <= ' ' {
		i++
	}
	for j > i && s[j-1] <= ' ' {
		j--
	}
	return s[i:j]
}

func isWhitespaceRune(r rune) bool { return CharacterIsWhitespace(int32(r)) }

// Strip is String.strip(): removes Character.isWhitespace characters at both ends.
func Strip(s string) string { return strings.TrimFunc(s, isWhitespaceRune) }

// StripLeading is String.stripLeading().
func StripLeading(s string) string { return strings.TrimLeftFunc(s, isWhitespaceRune) }

// StripTrailing is String.stripTrailing().
func StripTrailing(s string) string { return strings.TrimRightFunc(s, isWhitespaceRune) }

// IsBlank is String.isBlank(): empty or only whitespace.
func IsBlank(s string) bool { return Strip(s) == "" }

// StrIndent is String.indent(int): each line (as lines() splits) with n spaces added, or
// with up to -n leading whitespace characters removed (all of them for Integer.MIN_VALUE),
// each ended by \n; "" stays "".
func StrIndent(s string, n int32) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	for _, line := range splitLines(s) {
		switch {
		case n > 0:
			b.WriteString(strings.Repeat(" ", int(n)))
		case n < 0:
			cut := 0
			for removed := int64(0); cut < len(line) && removed < -int64(n); removed++ {
				r, size := utf8.DecodeRuneInString(line[cut:])
				if !isWhitespaceRune(r) {
					break
				}
				cut += size
			}
			line = line[cut:]
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}

// StrReplace is String.replace(CharSequence, CharSequence): every occurrence, literally.
func StrReplace(s, target, replacement string) string {
	return strings.ReplaceAll(s, target, replacement)
}

// ReplaceChar is String.replace(char, char).
func ReplaceChar(s string, oldChar, newChar uint16) string {
	if oldChar == newChar {
		return s
	}
	if oldChar < 0x80 && newChar < 0x80 {
		if strings.IndexByte(s, byte(oldChar)) < 0 {
			return s
		}
		b := []byte(s)
		for i, c := range b {
			if c == byte(oldChar) {
				b[i] = byte(newChar)
			}
		}
		return string(b)
	}
	units := ToCharArray(s)
	for i, u := range units {
		if u == oldChar {
			units[i] = newChar
		}
	}
	return fromUnits(units)
}

// StrRepeat is String.repeat(int).
func StrRepeat(s string, count int32) string {
	if count < 0 {
		panic(NewIllegalArgumentException2("count is negative: " + IntStr(count)))
	}
	return strings.Repeat(s, int(count))
}

// StrConcat is String.concat(String).
func StrConcat(s, str string) string { return s + str }

// StrHashCode is String.hashCode(): s[0]*31^(n-1) + ... + s[n-1] over UTF-16 units.
func StrHashCode(s string) int32 {
	var h int32
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			h = 31*h + int32(c)
			i++
			continue
		}
		r, n := decodeAt(s, i)
		i += n
		if r >= 0x10000 {
			r -= 0x10000
			h = 31*h + int32(0xD800+(r>>10))
			h = 31*h + int32(0xDC00+(r&0x3FF))
		} else {
			h = 31*h + int32(r)
		}
	}
	return h
}

// Intern is String.intern(): Go compares strings by value, so the string itself.
func Intern(s string) string { return s }

// ToCharArray is String.toCharArray(): a new array of the UTF-16 units.
func ToCharArray(s string) []uint16 { return appendToUnits(make([]uint16, 0, len(s)), s) }

// StringValueOfChars is String.valueOf(char[]) and new String(char[]).
func StringValueOfChars(data []uint16) string {
	if data == nil {
		panic(NewNullPointerException())
	}
	return fromUnits(data)
}

// StringValueOfChars2 is String.valueOf(char[], int, int) and new String(char[], int, int).
func StringValueOfChars2(data []uint16, offset, count int32) string {
	if data == nil {
		panic(NewNullPointerException())
	}
	if offset < 0 || count < 0 || int64(offset) > int64(len(data))-int64(count) {
		panic(stringIndexOOB("offset " + IntStr(offset) + ", count " + IntStr(count) + ", length " + IntStr(int32(len(data)))))
	}
	return fromUnits(data[offset : offset+count])
}

// GetChars is String.getChars(int, int, char[], int).
func GetChars(s string, srcBegin, srcEnd int32, dst []uint16, dstBegin int32) {
	units := ToCharArray(s)
	checkBeginEnd(srcBegin, srcEnd, int32(len(units)))
	SystemArraycopy(units, srcBegin, dst, dstBegin, srcEnd-srcBegin)
}

// StringJoin is String.join(CharSequence, CharSequence...).
func StringJoin(delimiter string, elements ...string) string {
	return strings.Join(elements, delimiter)
}

// StringJoin2 is String.join(CharSequence, Iterable<? extends CharSequence>): any
// collection with All() (the runtime's iteration method).
func StringJoin2(delimiter string, elements interface{ All() iter.Seq[string] }) string {
	var b strings.Builder
	first := true
	for e := range elements.All() {
		if !first {
			b.WriteString(delimiter)
		}
		first = false
		b.WriteString(e)
	}
	return b.String()
}

// StrContentEquals is String.contentEquals(CharSequence).
func StrContentEquals(s, cs string) bool { return s == cs }

// GetBytes is String.getBytes(): the UTF-8 encoding (a lone surrogate becomes '?').
func GetBytes(s string) []int8 { return bytesToJava(appendUTF8Out(nil, s)) }

// GetBytesCharset is String.getBytes(String charsetName) for UTF-8, US-ASCII, ISO-8859-1,
// UTF-16, UTF-16BE and UTF-16LE; others throw UnsupportedEncodingException.
func GetBytesCharset(s, charsetName string) []int8 {
	switch canonicalCharset(charsetName) {
	case "UTF-8":
		return GetBytes(s)
	case "US-ASCII", "ISO-8859-1":
		limit := uint16(0x7F)
		if canonicalCharset(charsetName) == "ISO-8859-1" {
			limit = 0xFF
		}
		units := ToCharArray(s)
		out := make([]int8, 0, len(units))
		for i := 0; i < len(units); i++ {
			u := units[i]
			switch {
			case u <= limit:
				out = append(out, int8(u))
			case CharacterIsHighSurrogate(u) && i+1 < len(units) && CharacterIsLowSurrogate(units[i+1]):
				out = append(out, '?')
				i++
			default:
				out = append(out, '?')
			}
		}
		return out
	case "UTF-16", "UTF-16BE", "UTF-16LE":
		name := canonicalCharset(charsetName)
		units := ToCharArray(s)
		out := make([]int8, 0, 2*len(units)+2)
		if name == "UTF-16" {
			out = append(out, -2, -1) // FE FF byte-order mark
		}
		for _, u := range units {
			if name == "UTF-16LE" {
				out = append(out, int8(u), int8(u>>8))
			} else {
				out = append(out, int8(u>>8), int8(u))
			}
		}
		return out
	}
	panic(NewUnsupportedEncodingException2(charsetName))
}

// canonicalCharset maps the usual aliases of the supported charsets to their names.
func canonicalCharset(name string) string {
	switch strings.ToUpper(name) {
	case "UTF-8", "UTF8":
		return "UTF-8"
	case "US-ASCII", "ASCII":
		return "US-ASCII"
	case "ISO-8859-1", "ISO8859_1", "ISO_8859_1", "LATIN1", "8859_1":
		return "ISO-8859-1"
	case "UTF-16", "UTF16":
		return "UTF-16"
	case "UTF-16BE", "UNICODEBIGUNMARKED":
		return "UTF-16BE"
	case "UTF-16LE", "UNICODELITTLEUNMARKED":
		return "UTF-16LE"
	}
	return ""
}

func bytesToJava(b []byte) []int8 {
	out := make([]int8, len(b))
	for i, c := range b {
		out[i] = int8(c)
	}
	return out
}

// NewStringBytes is new String(byte[]): UTF-8, each malformed byte decoded as U+FFFD.
func NewStringBytes(bytes []int8) string {
	if bytes == nil {
		panic(NewNullPointerException())
	}
	return decodeUTF8(bytes)
}

// NewStringBytes2 is new String(byte[], int, int).
func NewStringBytes2(bytes []int8, offset, length int32) string {
	if bytes == nil {
		panic(NewNullPointerException())
	}
	if offset < 0 || length < 0 || int64(offset) > int64(len(bytes))-int64(length) {
		panic(stringIndexOOB("offset " + IntStr(offset) + ", length " + IntStr(length) + ", length " + IntStr(int32(len(bytes)))))
	}
	return decodeUTF8(bytes[offset : offset+length])
}

// NewStringBytesCharset is new String(byte[], String charsetName) for the charsets of
// GetBytesCharset.
func NewStringBytesCharset(bytes []int8, charsetName string) string {
	if bytes == nil {
		panic(NewNullPointerException())
	}
	switch name := canonicalCharset(charsetName); name {
	case "UTF-8":
		return decodeUTF8(bytes)
	case "US-ASCII", "ISO-8859-1":
		units := make([]uint16, len(bytes))
		for i, c := range bytes {
			u := uint16(uint8(c))
			if name == "US-ASCII" && u >= 0x80 {
				u = 0xFFFD
			}
			units[i] = u
		}
		return fromUnits(units)
	case "UTF-16", "UTF-16BE", "UTF-16LE":
		le := name == "UTF-16LE"
		b := bytes
		if name == "UTF-16" && len(b) >= 2 {
			switch {
			case b[0] == -2 && b[1] == -1:
				b = b[2:]
			case b[0] == -1 && b[1] == -2:
				b, le = b[2:], true
			}
		}
		units := make([]uint16, 0, len(b)/2+1)
		for i := 0; i+1 < len(b); i += 2 {
			hi, lo := uint16(uint8(b[i])), uint16(uint8(b[i+1]))
			if le {
				hi, lo = lo, hi
			}
			units = append(units, hi<<8|lo)
		}
		if len(b)%2 == 1 {
			units = append(units, 0xFFFD)
		}
		return fromUnits(units)
	}
	panic(NewUnsupportedEncodingException2(charsetName))
}

func decodeUTF8(bytes []int8) string {
	b := make([]byte, len(bytes))
	for i, c := range bytes {
		b[i] = byte(c)
	}
	if utf8.Valid(b) {
		return string(b)
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		out = utf8.AppendRune(out, r)
		i += n
	}
	return string(out)
}

// splitLines splits s into lines at \n, \r or \r\n, without the terminators.
func splitLines(s string) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			lines = append(lines, s[start:i])
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

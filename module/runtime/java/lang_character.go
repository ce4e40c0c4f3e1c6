package java

import (
	"unicode"
	"unicode/utf16"
)

// java.lang.Character's statics. A char is a uint16 (one UTF-16 unit); the overloads
// taking an int code point use int32, so `isDigit(char)` maps to CharacterIsDigit with the
// char widened (the stubs do this). Classification uses Go's Unicode tables (Unicode 15;
// Java 17 has Unicode 13: characters added since are classified by the newer tables).

// Character constants.
const (
	// CharacterMinValue is Character.MIN_VALUE.
	CharacterMinValue uint16 = 0
	// CharacterMaxValue is Character.MAX_VALUE.
	CharacterMaxValue uint16 = 0xFFFF
	// CharacterMinRadix is Character.MIN_RADIX.
	CharacterMinRadix int32 = 2
	// CharacterMaxRadix is Character.MAX_RADIX.
	CharacterMaxRadix int32 = 36
	// CharacterMinHighSurrogate is Character.MIN_HIGH_SURROGATE.
	CharacterMinHighSurrogate uint16 = 0xD800
	// CharacterMaxHighSurrogate is Character.MAX_HIGH_SURROGATE.
	CharacterMaxHighSurrogate uint16 = 0xDBFF
	// CharacterMinLowSurrogate is Character.MIN_LOW_SURROGATE.
	CharacterMinLowSurrogate uint16 = 0xDC00
	// CharacterMaxLowSurrogate is Character.MAX_LOW_SURROGATE.
	CharacterMaxLowSurrogate uint16 = 0xDFFF
	// CharacterMinSurrogate is Character.MIN_SURROGATE.
	CharacterMinSurrogate uint16 = 0xD800
	// CharacterMaxSurrogate is Character.MAX_SURROGATE.
	CharacterMaxSurrogate uint16 = 0xDFFF
	// CharacterMinSupplementaryCodePoint is Character.MIN_SUPPLEMENTARY_CODE_POINT.
	CharacterMinSupplementaryCodePoint int32 = 0x10000
	// CharacterMinCodePoint is Character.MIN_CODE_POINT.
	CharacterMinCodePoint int32 = 0
	// CharacterMaxCodePoint is Character.MAX_CODE_POINT.
	CharacterMaxCodePoint int32 = 0x10FFFF
	// CharacterSize is Character.SIZE.
	CharacterSize int32 = 16
	// CharacterBytes is Character.BYTES.
	CharacterBytes int32 = 2
)

// CharacterIsDigit is Character.isDigit(int) (and isDigit(char) widened).
func CharacterIsDigit(codePoint int32) bool {
	if codePoint < 0x80 {
		return codePoint >= '0' && codePoint <= '9'
	}
	return unicode.IsDigit(rune(codePoint))
}

// CharacterIsLetter is Character.isLetter(int).
func CharacterIsLetter(codePoint int32) bool {
	if codePoint < 0x80 {
		return (codePoint|0x20) >= 'a' && (codePoint|0x20) <= 'z'
	}
	return unicode.IsLetter(rune(codePoint))
}

// CharacterIsLetterOrDigit is Character.isLetterOrDigit(int).
func CharacterIsLetterOrDigit(codePoint int32) bool {
	return CharacterIsLetter(codePoint) || CharacterIsDigit(codePoint)
}

// CharacterIsAlphabetic is Character.isAlphabetic(int): letters, letter numbers and
// Other_Alphabetic.
func CharacterIsAlphabetic(codePoint int32) bool {
	r := rune(codePoint)
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_Alphabetic, r)
}

// CharacterIsUpperCase is Character.isUpperCase(int): Lu or Other_Uppercase.
func CharacterIsUpperCase(codePoint int32) bool {
	if codePoint < 0x80 {
		return codePoint >= 'A' && codePoint <= 'Z'
	}
	r := rune(codePoint)
	return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r)
}

// CharacterIsLowerCase is Character.isLowerCase(int): Ll or Other_Lowercase.
func CharacterIsLowerCase(codePoint int32) bool {
	if codePoint < 0x80 {
		return codePoint >= 'a' && codePoint <= 'z'
	}
	r := rune(codePoint)
	return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r)
}

// CharacterIsTitleCase is Character.isTitleCase(int).
func CharacterIsTitleCase(codePoint int32) bool { return unicode.IsTitle(rune(codePoint)) }

// CharacterIsWhitespace is Character.isWhitespace(int): space separators other than the
// no-break spaces, line and paragraph separators, and \t \n \u000B \f \r \u001C-\u001F.
func CharacterIsWhitespace(codePoint int32) bool {
	switch {
	case codePoint >= 0x09 && codePoint <= 0x0D, codePoint >= 0x1C && codePoint <= 0x20:
		return true
	case codePoint < 0x80:
		return false
	case codePoint == 0xA0 || codePoint == 0x2007 || codePoint == 0x202F:
		return false
	}
	r := rune(codePoint)
	return unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharacterIsSpaceChar is Character.isSpaceChar(int): the Unicode space separators.
func CharacterIsSpaceChar(codePoint int32) bool {
	return unicode.In(rune(codePoint), unicode.Zs, unicode.Zl, unicode.Zp)
}

// CharacterIsISOControl is Character.isISOControl(int).
func CharacterIsISOControl(codePoint int32) bool {
	return codePoint <= 0x1F && codePoint >= 0 || codePoint >= 0x7F && codePoint <= 0x9F
}

// CharacterIsDefined is Character.isDefined(int).
func CharacterIsDefined(codePoint int32) bool {
	r := rune(codePoint)
	return r >= 0 && r <= unicode.MaxRune &&
		unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs)
}

// CharacterIsJavaIdentifierStart is Character.isJavaIdentifierStart(int).
func CharacterIsJavaIdentifierStart(codePoint int32) bool {
	r := rune(codePoint)
	return unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Sc, r) || unicode.Is(unicode.Pc, r)
}

// CharacterIsJavaIdentifierPart is Character.isJavaIdentifierPart(int).
func CharacterIsJavaIdentifierPart(codePoint int32) bool {
	r := rune(codePoint)
	return CharacterIsJavaIdentifierStart(codePoint) || unicode.IsDigit(r) || unicode.In(r, unicode.Mn, unicode.Mc) ||
		CharacterIsIdentifierIgnorable(codePoint)
}

// CharacterIsIdentifierIgnorable is Character.isIdentifierIgnorable(int).
func CharacterIsIdentifierIgnorable(codePoint int32) bool {
	return codePoint >= 0 && codePoint <= 8 || codePoint >= 0x0E && codePoint <= 0x1B ||
		codePoint >= 0x7F && codePoint <= 0x9F || unicode.Is(unicode.Cf, rune(codePoint))
}

// CharacterIsSurrogate is Character.isSurrogate(char).
func CharacterIsSurrogate(ch uint16) bool { return ch >= 0xD800 && ch <= 0xDFFF }

// CharacterIsHighSurrogate is Character.isHighSurrogate(char).
func CharacterIsHighSurrogate(ch uint16) bool { return ch >= 0xD800 && ch <= 0xDBFF }

// CharacterIsLowSurrogate is Character.isLowSurrogate(char).
func CharacterIsLowSurrogate(ch uint16) bool { return ch >= 0xDC00 && ch <= 0xDFFF }

// CharacterIsSurrogatePair is Character.isSurrogatePair(char, char).
func CharacterIsSurrogatePair(high, low uint16) bool {
	return CharacterIsHighSurrogate(high) && CharacterIsLowSurrogate(low)
}

// CharacterIsValidCodePoint is Character.isValidCodePoint(int).
func CharacterIsValidCodePoint(codePoint int32) bool { return codePoint >= 0 && codePoint <= 0x10FFFF }

// CharacterIsBmpCodePoint is Character.isBmpCodePoint(int).
func CharacterIsBmpCodePoint(codePoint int32) bool { return codePoint>>16 == 0 }

// CharacterIsSupplementaryCodePoint is Character.isSupplementaryCodePoint(int).
func CharacterIsSupplementaryCodePoint(codePoint int32) bool {
	return codePoint >= 0x10000 && codePoint <= 0x10FFFF
}

// CharacterCharCount is Character.charCount(int).
func CharacterCharCount(codePoint int32) int32 {
	if codePoint >= 0x10000 {
		return 2
	}
	return 1
}

// CharacterToCodePoint is Character.toCodePoint(char, char).
func CharacterToCodePoint(high, low uint16) int32 {
	return int32(utf16.DecodeRune(rune(high), rune(low)))
}

// CharacterHighSurrogate is Character.highSurrogate(int).
func CharacterHighSurrogate(codePoint int32) uint16 {
	return uint16((codePoint >> 10) + (0xD800 - (0x10000 >> 10)))
}

// CharacterLowSurrogate is Character.lowSurrogate(int).
func CharacterLowSurrogate(codePoint int32) uint16 { return uint16(codePoint&0x3FF + 0xDC00) }

// CharacterToChars is Character.toChars(int).
func CharacterToChars(codePoint int32) []uint16 {
	if !CharacterIsValidCodePoint(codePoint) {
		panic(NewIllegalArgumentException2("Not a valid Unicode code point: 0x" + IntegerToHexString(codePoint)))
	}
	if codePoint < 0x10000 {
		return []uint16{uint16(codePoint)}
	}
	return []uint16{CharacterHighSurrogate(codePoint), CharacterLowSurrogate(codePoint)}
}

// CharacterToUpperCase is Character.toUpperCase(char).
func CharacterToUpperCase(ch uint16) uint16 {
	if ch < 0x80 {
		if ch >= 'a' && ch <= 'z' {
			return ch - 32
		}
		return ch
	}
	if up := unicode.ToUpper(rune(ch)); up < 0x10000 {
		return uint16(up)
	}
	return ch
}

// CharacterToLowerCase is Character.toLowerCase(char).
func CharacterToLowerCase(ch uint16) uint16 {
	if ch < 0x80 {
		if ch >= 'A' && ch <= 'Z' {
			return ch + 32
		}
		return ch
	}
	if lo := unicode.ToLower(rune(ch)); lo < 0x10000 {
		return uint16(lo)
	}
	return ch
}

// CharacterToTitleCase is Character.toTitleCase(char).
func CharacterToTitleCase(ch uint16) uint16 {
	if t := unicode.ToTitle(rune(ch)); t < 0x10000 {
		return uint16(t)
	}
	return ch
}

// CharacterToUpperCaseCodePoint is Character.toUpperCase(int).
func CharacterToUpperCaseCodePoint(codePoint int32) int32 {
	return int32(unicode.ToUpper(rune(codePoint)))
}

// CharacterToLowerCaseCodePoint is Character.toLowerCase(int).
func CharacterToLowerCaseCodePoint(codePoint int32) int32 {
	return int32(unicode.ToLower(rune(codePoint)))
}

// digitValue is the value of a decimal digit (category Nd) of any script: its offset from
// the start of its run of ten.
func digitValue(r rune) int32 {
	if r < 0x80 {
		return int32(r - '0')
	}
	start := r
	for unicode.IsDigit(start - 1) {
		start--
	}
	return int32((r - start) % 10)
}

// letterValue is 10..35 for Latin letters (ASCII and fullwidth), -1 otherwise.
func letterValue(r rune) int32 {
	switch {
	case r >= 'a' && r <= 'z':
		return int32(r-'a') + 10
	case r >= 'A' && r <= 'Z':
		return int32(r-'A') + 10
	case r >= 0xFF41 && r <= 0xFF5A:
		return int32(r-0xFF41) + 10
	case r >= 0xFF21 && r <= 0xFF3A:
		return int32(r-0xFF21) + 10
	}
	return -1
}

// CharacterDigit is Character.digit(char, int) and digit(int, int): the value of the
// digit in radix, or -1.
func CharacterDigit[C uint16 | int32](ch C, radix int32) int32 {
	if radix < 2 || radix > 36 {
		return -1
	}
	r := rune(ch)
	v := int32(-1)
	if CharacterIsDigit(int32(r)) {
		v = digitValue(r)
	} else {
		v = letterValue(r)
	}
	if v >= radix {
		return -1
	}
	return v
}

// CharacterGetNumericValue is Character.getNumericValue(char|int): decimal digits, Latin
// letters (10..35), and Java's values for other numeric characters (numericRuns: -2 for
// fractions); -1 for the rest.
func CharacterGetNumericValue[C uint16 | int32](ch C) int32 {
	r := rune(ch)
	if CharacterIsDigit(int32(r)) {
		return digitValue(r)
	}
	if v := letterValue(r); v >= 0 {
		return v
	}
	lo, hi := 0, len(numericRuns)
	for lo < hi {
		m := (lo + hi) / 2
		switch run := numericRuns[m]; {
		case r < run.first:
			hi = m
		case r > run.last:
			lo = m + 1
		default:
			return run.value + int32(r-run.first)*run.step
		}
	}
	return -1
}

// CharacterForDigit is Character.forDigit(int, int).
func CharacterForDigit(digit, radix int32) uint16 {
	if digit >= radix || digit < 0 || radix < 2 || radix > 36 {
		return 0
	}
	if digit < 10 {
		return uint16('0' + digit)
	}
	return uint16('a' - 10 + digit)
}

// CharacterValueOf is Character.valueOf(char).
func CharacterValueOf(c uint16) *uint16 { return Box(c) }

// CharacterToString is Character.toString(char).
func CharacterToString(c uint16) string { return CharStr(c) }

// CharacterToStringCodePoint is Character.toString(int).
func CharacterToStringCodePoint(codePoint int32) string {
	if !CharacterIsValidCodePoint(codePoint) {
		panic(NewIllegalArgumentException2("Not a valid Unicode code point: 0x" + IntegerToHexString(codePoint)))
	}
	return string(appendRune(nil, rune(codePoint)))
}

// CharacterHashCode is Character.hashCode(char).
func CharacterHashCode(c uint16) int32 { return int32(c) }

// CharacterCompare is Character.compare(char, char): x - y.
func CharacterCompare(x, y uint16) int32 { return int32(x) - int32(y) }

// CharacterReverseBytes is Character.reverseBytes(char).
func CharacterReverseBytes(ch uint16) uint16 { return ch<<8 | ch>>8 }

// CharacterToTitleCaseCodePoint is Character.toTitleCase(int).
func CharacterToTitleCaseCodePoint(codePoint int32) int32 {
	return int32(unicode.ToTitle(rune(codePoint)))
}

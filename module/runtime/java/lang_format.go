package java

import "strings"

// java.util.Formatter as String.format and PrintStream.printf use it, in the US locale:
// %[index$][flags][width][.precision]conversion with the conversions b h s c d o x e f g
// (and their upper-case forms), %n and %%; the flags - # + space 0 , ( and <. Floating
// point output rounds Java's FloatingDecimal digits HALF_UP as Java does
// (String.format("%.2f", 0.125) is "0.13"). Date/time (%t) and hexadecimal floating
// point (%a) conversions panic as not migrated. Errors throw Java's IllegalFormatException
// subclasses with Java's messages.

// Format flags.
const (
	fLeft = 1 << iota
	fAlt
	fPlus
	fSpace
	fZero
	fGroup
	fParen
	fPrev
	fUpper
)

const flagChars = "-#+ 0,(<"

// fmtSpec is one format specifier.
type fmtSpec struct {
	index int // -2 text (%n, %%), -1 relative (<), 0 ordinary, >0 explicit
	flags int
	width int // -1: none
	prec  int // -1: none
	conv  byte
	dt    bool
}

func (sp *fmtSpec) has(f int) bool { return sp.flags&f != 0 }

// flagString is Flags.toString.
func flagString(flags int) string {
	var b []byte
	for i := 0; i < len(flagChars); i++ {
		if flags&(1<<i) != 0 {
			b = append(b, flagChars[i])
		}
	}
	return string(b)
}

// String is FormatSpecifier.toString, used in exception messages.
func (sp *fmtSpec) String() string {
	b := []byte("%")
	b = append(b, flagString(sp.flags)...)
	if sp.index > 0 {
		b = append(b, IntStr(int32(sp.index))+"$"...)
	}
	if sp.width != -1 {
		b = append(b, IntStr(int32(sp.width))...)
	}
	if sp.prec != -1 {
		b = append(b, "."+IntStr(int32(sp.prec))...)
	}
	if sp.dt {
		if sp.has(fUpper) {
			b = append(b, 'T')
		} else {
			b = append(b, 't')
		}
	}
	c := sp.conv
	if sp.has(fUpper) && c >= 'a' && c <= 'z' {
		c -= 32
	}
	return string(append(b, c))
}

func isConversion(c byte) bool { return strings.IndexByte("bBhHsScCdoxXeEfgGaAn%", c) >= 0 }

// StringFormat is String.format(String, Object...).
func StringFormat(format string, args ...any) string {
	var out []byte
	last, lasto := -1, -1
	for i := 0; i < len(format); {
		n := strings.IndexByte(format[i:], '%')
		if n < 0 {
			out = append(out, format[i:]...)
			break
		}
		out = append(out, format[i:i+n]...)
		sp, end := parseSpec(format, i+n)
		i = end
		var arg any
		switch sp.index {
		case -2:
		case -1:
			if last < 0 || last > len(args)-1 {
				panic(NewMissingFormatArgumentException(sp.String()))
			}
			arg = args[last]
		case 0:
			lasto++
			last = lasto
			if lasto > len(args)-1 {
				panic(NewMissingFormatArgumentException(sp.String()))
			}
			arg = args[lasto]
		default:
			last = sp.index - 1
			if last > len(args)-1 {
				panic(NewMissingFormatArgumentException(sp.String()))
			}
			arg = args[last]
		}
		out = sp.print(out, arg)
	}
	return string(out)
}

// StrFormatted is String.formatted(Object...).
func StrFormatted(s string, args ...any) string { return StringFormat(s, args...) }

// parseSpec parses the specifier at format[start] == '%' and returns it and its end.
func parseSpec(format string, start int) (*fmtSpec, int) {
	sp := &fmtSpec{width: -1, prec: -1}
	i := start + 1
	if i >= len(format) {
		panic(NewUnknownFormatConversionException("%"))
	}
	if c := format[i]; isConversion(c) {
		sp.setConversion(c)
		sp.check()
		return sp, i + 1
	}
	bad := func() { panic(NewUnknownFormatConversionException(CharStr(CharAt(format[i:], 0)))) }
	j := i
	digits := func() int {
		k := j
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			j++
		}
		return j - k
	}
	// [index$]
	if d := digits(); d > 0 && j < len(format) && format[j] == '$' {
		sp.index = int(parseFmtInt(format[j-d:j], func(v int32) { panic(newIllegalFormatArgumentIndex(v)) }))
		if sp.index <= 0 {
			panic(newIllegalFormatArgumentIndex(int32(sp.index)))
		}
		j++
	} else {
		j -= d
	}
	// flags
	for j < len(format) {
		k := strings.IndexByte(flagChars, format[j])
		if k < 0 {
			break
		}
		if sp.flags&(1<<k) != 0 {
			panic(NewDuplicateFormatFlagsException(format[j : j+1]))
		}
		sp.flags |= 1 << k
		j++
	}
	if sp.has(fPrev) {
		sp.index = -1
	}
	if d := digits(); d > 0 {
		sp.width = int(parseFmtInt(format[j-d:j], func(v int32) { panic(NewIllegalFormatWidthException(v)) }))
	}
	if j < len(format) && format[j] == '.' {
		j++
		d := digits()
		if d == 0 {
			bad()
		}
		sp.prec = int(parseFmtInt(format[j-d:j], func(v int32) { panic(NewIllegalFormatPrecisionException(v)) }))
	}
	if j < len(format) && (format[j] == 't' || format[j] == 'T') {
		sp.dt = true
		if format[j] == 'T' {
			sp.flags |= fUpper
		}
		j++
	}
	if j >= len(format) {
		bad()
	}
	c := format[j]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%') {
		bad()
	}
	if sp.dt {
		panic("l2j: not migrated: Formatter date/time conversion %" + format[j-1:j+1])
	}
	if !isConversion(c) {
		panic(NewUnknownFormatConversionException(string(c)))
	}
	sp.setConversion(c)
	sp.check()
	return sp, j + 1
}

// parseFmtInt parses a width, precision or index; too large a value calls fail with
// Integer.MIN_VALUE as Java does.
func parseFmtInt(s string, fail func(int32)) int32 {
	v := int64(0)
	for i := 0; i < len(s); i++ {
		v = v*10 + int64(s[i]-'0')
		if v > int64(IntegerMaxValue) {
			fail(IntegerMinValue)
		}
	}
	return int32(v)
}

// newIllegalFormatArgumentIndex is Java's IllegalFormatArgumentIndexException (a
// package-private IllegalFormatException) for an index of zero or less.
func newIllegalFormatArgumentIndex(index int32) *IllegalFormatExceptionImpl {
	if index == IntegerMinValue {
		return NewIllegalFormatException2("Format argument index: (not representable as int)")
	}
	return NewIllegalFormatException2("Illegal format argument index = " + IntStr(index))
}

func (sp *fmtSpec) setConversion(c byte) {
	if c >= 'A' && c <= 'Z' {
		sp.flags |= fUpper
		c += 32
	}
	sp.conv = c
	if c == 'n' || c == '%' {
		sp.index = -2
	}
}

func (sp *fmtSpec) failMismatch(flag int) {
	panic(NewFormatFlagsConversionMismatchException(flagString(flag), uint16(sp.conv)))
}

func (sp *fmtSpec) checkBadFlags(flags ...int) {
	for _, f := range flags {
		if sp.has(f) {
			sp.failMismatch(f)
		}
	}
}

// check is FormatSpecifier's validation for the conversion's category.
func (sp *fmtSpec) check() {
	switch sp.conv {
	case 'b', 'h', 's':
		if (sp.conv == 'b' || sp.conv == 'h') && sp.has(fAlt) {
			sp.failMismatch(fAlt)
		}
		if sp.width == -1 && sp.has(fLeft) {
			panic(NewMissingFormatWidthException(sp.String()))
		}
		sp.checkBadFlags(fPlus, fSpace, fZero, fGroup, fParen)
	case 'c':
		if sp.prec != -1 {
			panic(NewIllegalFormatPrecisionException(int32(sp.prec)))
		}
		sp.checkBadFlags(fAlt, fPlus, fSpace, fZero, fGroup, fParen)
		if sp.width == -1 && sp.has(fLeft) {
			panic(NewMissingFormatWidthException(sp.String()))
		}
	case 'd', 'o', 'x':
		sp.checkNumeric()
		if sp.prec != -1 {
			panic(NewIllegalFormatPrecisionException(int32(sp.prec)))
		}
		if sp.conv == 'd' {
			sp.checkBadFlags(fAlt)
		} else {
			sp.checkBadFlags(fGroup)
		}
	case 'e', 'f', 'g', 'a':
		sp.checkNumeric()
		switch sp.conv {
		case 'a':
			sp.checkBadFlags(fParen, fGroup)
		case 'e':
			sp.checkBadFlags(fGroup)
		case 'g':
			sp.checkBadFlags(fAlt)
		}
	case '%':
		if sp.prec != -1 {
			panic(NewIllegalFormatPrecisionException(int32(sp.prec)))
		}
		if f := sp.flags &^ fUpper; f != fLeft && f != 0 {
			panic(NewIllegalFormatFlagsException(flagString(f)))
		}
		if sp.width == -1 && sp.has(fLeft) {
			panic(NewMissingFormatWidthException(sp.String()))
		}
	case 'n':
		if sp.prec != -1 {
			panic(NewIllegalFormatPrecisionException(int32(sp.prec)))
		}
		if sp.width != -1 {
			panic(NewIllegalFormatWidthException(int32(sp.width)))
		}
		if sp.flags&^fUpper != 0 {
			panic(NewIllegalFormatFlagsException(flagString(sp.flags)))
		}
	}
}

func (sp *fmtSpec) checkNumeric() {
	if sp.width == -1 && (sp.has(fLeft) || sp.has(fZero)) {
		panic(NewMissingFormatWidthException(sp.String()))
	}
	if sp.has(fPlus) && sp.has(fSpace) || sp.has(fLeft) && sp.has(fZero) {
		panic(NewIllegalFormatFlagsException(flagString(sp.flags &^ fUpper)))
	}
}

func (sp *fmtSpec) failConversion(arg any) {
	panic(NewIllegalFormatConversionException(uint16(sp.conv), ClassNameOf(arg)))
}

// print appends the formatted argument.
func (sp *fmtSpec) print(out []byte, arg any) []byte {
	switch sp.conv {
	case 'n':
		return append(out, '\n')
	case '%':
		return sp.printString(out, "%")
	case 's':
		if arg != nil && isNull(arg) {
			arg = nil
		}
		if sp.has(fAlt) {
			sp.failMismatch(fAlt)
		}
		return sp.printString(out, Str(arg))
	case 'b':
		switch v := unboxed(arg).(type) {
		case nil:
			return sp.printString(out, "false")
		case bool:
			return sp.printString(out, BoolStr(v))
		}
		return sp.printString(out, "true")
	case 'h':
		if isNull(arg) {
			return sp.printString(out, "null")
		}
		return sp.printString(out, IntegerToHexString(HashCode(arg)))
	case 'c':
		return sp.printChar(out, arg)
	case 'd', 'o', 'x':
		v := unboxed(arg)
		var l int64
		bitsize := 0
		switch x := v.(type) {
		case nil:
			return sp.printString(out, "null")
		case int8:
			l, bitsize = int64(x), 8
		case int16:
			l, bitsize = int64(x), 16
		case int32:
			l, bitsize = int64(x), 32
		case int64:
			l, bitsize = x, 64
		case *BigInteger:
			if x == nil {
				return sp.printString(out, "null")
			}
			return sp.printBigInteger(out, x)
		default:
			sp.failConversion(arg)
		}
		if l < 0 && sp.conv != 'd' && bitsize < 64 {
			l += 1 << bitsize
		}
		return sp.printLong(out, l)
	case 'e', 'f', 'g':
		switch x := unboxed(arg).(type) {
		case nil:
			return sp.printString(out, "null")
		case float64:
			return sp.printDouble(out, x)
		case float32:
			return sp.printDouble(out, float64(x))
		}
		sp.failConversion(arg)
	case 'a':
		panic("l2j: not migrated: Formatter hexadecimal floating point %a")
	}
	panic(NewUnknownFormatConversionException(string(sp.conv)))
}

// printString is Formatter's print(String): precision truncates, %S upper-cases, width
// pads.
func (sp *fmtSpec) printString(out []byte, s string) []byte {
	if sp.prec != -1 && int32(sp.prec) < StrLen(s) {
		s = Substring2(s, 0, int32(sp.prec))
	}
	if sp.has(fUpper) {
		s = ToUpperCase(s)
	}
	return sp.justify(out, s)
}

// justify is appendJustified: spaces to the width, on the left unless '-'.
func (sp *fmtSpec) justify(out []byte, s string) []byte {
	pad := sp.width - int(StrLen(s))
	if sp.width == -1 || pad <= 0 {
		return append(out, s...)
	}
	if sp.has(fLeft) {
		out = append(out, s...)
		return append(out, strings.Repeat(" ", pad)...)
	}
	out = append(out, strings.Repeat(" ", pad)...)
	return append(out, s...)
}

func (sp *fmtSpec) printChar(out []byte, arg any) []byte {
	var cp int32
	switch x := unboxed(arg).(type) {
	case nil:
		return sp.printString(out, "null")
	case uint16:
		return sp.printString(out, CharStr(x))
	case int8:
		cp = int32(x)
	case int16:
		cp = int32(x)
	case int32:
		cp = x
	default:
		sp.failConversion(arg)
	}
	if !CharacterIsValidCodePoint(cp) {
		panic(NewIllegalFormatCodePointException(cp))
	}
	return sp.printString(out, CharacterToStringCodePoint(cp))
}

func (sp *fmtSpec) leadingSign(b []byte, neg bool) []byte {
	switch {
	case !neg && sp.has(fPlus):
		return append(b, '+')
	case !neg && sp.has(fSpace):
		return append(b, ' ')
	case neg && sp.has(fParen):
		return append(b, '(')
	case neg:
		return append(b, '-')
	}
	return b
}

func (sp *fmtSpec) trailingSign(b []byte, neg bool) []byte {
	if neg && sp.has(fParen) {
		return append(b, ')')
	}
	return b
}

func (sp *fmtSpec) adjustWidth(width int, neg bool) int {
	if width != -1 && neg && sp.has(fParen) {
		return width - 1
	}
	return width
}

// localizedMagnitude appends the digits of value (from offset), with ',' grouping when
// asked, then zero-pads after what b held before to width.
func (sp *fmtSpec) localizedMagnitude(b []byte, value string, offset int, width int) []byte {
	begin := len(b)
	dot := strings.IndexByte(value[offset:], '.')
	if dot < 0 {
		dot = len(value)
	} else {
		dot += offset
	}
	group := sp.has(fGroup)
	for j := offset; j < len(value); j++ {
		if j == dot {
			b = append(b, '.')
			group = false
			continue
		}
		b = append(b, value[j])
		if group && j != dot-1 && (dot-j)%3 == 1 {
			b = append(b, ',')
		}
	}
	if width > len(b) && sp.has(fZero) {
		zeros := strings.Repeat("0", width-len(b))
		b = append(b[:begin], append([]byte(zeros), b[begin:]...)...)
	}
	return b
}

func (sp *fmtSpec) printLong(out []byte, value int64) []byte {
	var sb []byte
	switch sp.conv {
	case 'd':
		neg := value < 0
		sb = sp.leadingSign(sb, neg)
		valueStr := LongStr(value)
		off := 0
		if neg {
			off = 1
		}
		sb = sp.localizedMagnitude(sb, valueStr, off, sp.adjustWidth(sp.width, neg))
		sb = sp.trailingSign(sb, neg)
	case 'o', 'x':
		sp.checkBadFlags(fParen, fSpace, fPlus)
		s := LongToOctalString(value)
		prefix := "0"
		if sp.conv == 'x' {
			s = LongToHexString(value)
			prefix = "0x"
			if sp.has(fUpper) {
				prefix = "0X"
			}
		}
		n := len(s)
		if sp.has(fAlt) {
			n += len(prefix)
			sb = append(sb, prefix...)
		}
		if sp.has(fZero) && sp.width > n {
			sb = append(sb, strings.Repeat("0", sp.width-n)...)
		}
		if sp.has(fUpper) {
			s = strings.ToUpper(s)
		}
		sb = append(sb, s...)
	}
	return sp.justify(out, string(sb))
}

// printBigInteger is Formatter's print(BigInteger): the sign, then the magnitude's digits
// in the radix (o and x take the + space ( flags here, unlike for long).
func (sp *fmtSpec) printBigInteger(out []byte, value *BigInteger) []byte {
	var sb []byte
	neg := value.Signum() < 0
	sb = sp.leadingSign(sb, neg)
	magnitude := value.Abs()
	if sp.conv == 'd' {
		sb = sp.localizedMagnitude(sb, magnitude.String(), 0, sp.adjustWidth(sp.width, neg))
	} else {
		s, prefix := magnitude.ToString2(8), "0"
		if sp.conv == 'x' {
			s, prefix = magnitude.ToString2(16), "0x"
			if sp.has(fUpper) {
				s, prefix = strings.ToUpper(s), "0X"
			}
		}
		n := len(s) + len(sb)
		if neg && sp.has(fParen) {
			n++
		}
		if sp.has(fAlt) {
			n += len(prefix)
			sb = append(sb, prefix...)
		}
		if sp.has(fZero) && sp.width > n {
			sb = append(sb, strings.Repeat("0", sp.width-n)...)
		}
		sb = append(sb, s...)
	}
	sb = sp.trailingSign(sb, neg)
	return sp.justify(out, string(sb))
}

func (sp *fmtSpec) printDouble(out []byte, value float64) []byte {
	var sb []byte
	neg := DoubleCompare(value, 0) == -1
	switch {
	case value != value:
		if sp.has(fUpper) {
			sb = append(sb, "NAN"...)
		} else {
			sb = append(sb, "NaN"...)
		}
	default:
		v := MathAbs(value)
		sb = sp.leadingSign(sb, neg)
		switch {
		case v > DoubleMaxValue && sp.has(fUpper):
			sb = append(sb, "INFINITY"...)
		case v > DoubleMaxValue:
			sb = append(sb, "Infinity"...)
		default:
			sb = sp.printFinite(sb, v, neg)
		}
		sb = sp.trailingSign(sb, neg)
	}
	return sp.justify(out, string(sb))
}

// fmtDigits is FloatingDecimal's digits of v >= 0 in Formatter's (non-compatible) form.
func fmtDigits(v float64) ([]byte, int) {
	if v == 0 {
		return []byte{'0'}, 0
	}
	return doubleDigits(v, false)
}

func (sp *fmtSpec) printFinite(sb []byte, v float64, neg bool) []byte {
	e := byte('e')
	if sp.has(fUpper) {
		e = 'E'
	}
	switch sp.conv {
	case 'e':
		prec := sp.prec
		if prec == -1 {
			prec = 6
		}
		digits, decExp := fmtDigits(v)
		exp := applyPrecision(decExp, digits, prec+1)
		mant, expChars := fillScientific(prec, digits, exp)
		mant = addZeros(mant, prec)
		if sp.has(fAlt) && prec == 0 {
			mant += "."
		}
		if v == 0 {
			expChars = "+00"
		}
		newW := sp.width
		if sp.width != -1 {
			newW = sp.adjustWidth(sp.width-len(expChars)-1, neg)
		}
		sb = sp.localizedMagnitude(sb, mant, 0, newW)
		sb = append(sb, e)
		return append(sb, expChars...)
	case 'f':
		prec := sp.prec
		if prec == -1 {
			prec = 6
		}
		digits, decExp := fmtDigits(v)
		exp := applyPrecision(decExp, digits, decExp+prec)
		mant := addZeros(fillDecimal(prec, digits, exp), prec)
		if sp.has(fAlt) && prec == 0 {
			mant += "."
		}
		return sp.localizedMagnitude(sb, mant, 0, sp.adjustWidth(sp.width, neg))
	default: // 'g'
		prec := sp.prec
		switch prec {
		case -1:
			prec = 6
		case 0:
			prec = 1
		}
		mant, expChars, expRounded := "0", "", 0
		if v != 0 {
			digits, decExp := fmtDigits(v)
			exp := applyPrecision(decExp, digits, prec)
			if exp-1 < -4 || exp-1 >= prec {
				mant, expChars = fillScientific(prec-1, digits, exp)
			} else {
				mant = fillDecimal(prec-exp, digits, exp)
			}
			expRounded = exp - 1
		}
		if expChars != "" {
			prec--
		} else {
			prec -= expRounded + 1
		}
		mant = addZeros(mant, prec)
		if sp.has(fAlt) && prec == 0 {
			mant += "."
		}
		newW := sp.width
		if sp.width != -1 {
			if expChars != "" {
				newW = sp.adjustWidth(sp.width-len(expChars)-1, neg)
			} else {
				newW = sp.adjustWidth(sp.width, neg)
			}
		}
		sb = sp.localizedMagnitude(sb, mant, 0, newW)
		if expChars != "" {
			sb = append(sb, e)
			sb = append(sb, expChars...)
		}
		return sb
	}
}

// applyPrecision is FormattedFloatingDecimal.applyPrecision: rounds digits HALF_UP to
// prec significant digits in place (the dropped ones become '0') and returns the decimal
// exponent, one higher after a carry out of the first digit.
func applyPrecision(decExp int, digits []byte, prec int) int {
	if prec >= len(digits) || prec < 0 {
		return decExp
	}
	if prec == 0 {
		if digits[0] >= '5' {
			digits[0] = '1'
			fillZeros(digits[1:])
			return decExp + 1
		}
		fillZeros(digits)
		return decExp
	}
	if digits[prec] >= '5' {
		i := prec - 1
		for digits[i] == '9' && i > 0 {
			i--
		}
		if digits[i] == '9' {
			digits[0] = '1'
			fillZeros(digits[1:])
			return decExp + 1
		}
		digits[i]++
		fillZeros(digits[i+1:])
	} else {
		fillZeros(digits[prec:])
	}
	return decExp
}

func fillZeros(b []byte) {
	for i := range b {
		b[i] = '0'
	}
}

// fillDecimal is FormattedFloatingDecimal.fillDecimal: the mantissa for %f.
func fillDecimal(precision int, digits []byte, exp int) string {
	n := len(digits)
	if exp > 0 {
		if n < exp {
			return string(digits) + strings.Repeat("0", exp-n)
		}
		t := min(n-exp, precision)
		if t > 0 {
			return string(digits[:exp]) + "." + string(digits[exp:exp+t])
		}
		return string(digits[:exp])
	}
	zeros := max(0, min(-exp, precision))
	t := max(0, min(n, precision+exp))
	switch {
	case zeros > 0:
		return "0." + strings.Repeat("0", zeros) + string(digits[:t])
	case t > 0:
		return "0." + string(digits[:t])
	}
	return "0"
}

// fillScientific is FormattedFloatingDecimal.fillScientific: mantissa and exponent.
func fillScientific(precision int, digits []byte, exp int) (string, string) {
	t := max(0, min(len(digits)-1, precision))
	mant := string(digits[:1])
	if t > 0 {
		mant += "." + string(digits[1:1+t])
	}
	sign, e := byte('+'), exp-1
	if exp <= 0 {
		sign, e = '-', -exp+1
	}
	es := IntStr(int32(e))
	if e <= 9 {
		es = "0" + es
	}
	return mant, string(sign) + es
}

// addZeros is Formatter.addZeros: pads the fraction of mant with zeros to prec digits.
func addZeros(mant string, prec int) string {
	i := strings.IndexByte(mant, '.')
	needDot := i < 0
	outPrec := 0
	if !needDot {
		outPrec = len(mant) - i - 1
	}
	if outPrec >= prec {
		return mant
	}
	if needDot {
		mant += "."
	}
	return mant + strings.Repeat("0", prec-outPrec)
}

// StringFormatLocale is String.format(Locale, String, Object...): formatted as in the US
// locale whatever the Locale (the runtime has no locale data).
func StringFormatLocale(l any, format string, args ...any) string {
	return StringFormat(format, args...)
}

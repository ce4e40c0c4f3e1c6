package java

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Decimal arithmetic shared by java.text.DecimalFormat and java.math.BigDecimal: numbers as
// exact decimal digit strings, rounded by java.math.RoundingMode.

// RoundingMode is the enum java.math.RoundingMode.
type RoundingMode struct {
	name    string
	ordinal int32
}

// The RoundingMode constants.
var (
	// RoundingModeUp is RoundingMode.UP.
	RoundingModeUp = &RoundingMode{"UP", 0}
	// RoundingModeDown is RoundingMode.DOWN.
	RoundingModeDown = &RoundingMode{"DOWN", 1}
	// RoundingModeCeiling is RoundingMode.CEILING.
	RoundingModeCeiling = &RoundingMode{"CEILING", 2}
	// RoundingModeFloor is RoundingMode.FLOOR.
	RoundingModeFloor = &RoundingMode{"FLOOR", 3}
	// RoundingModeHalfUp is RoundingMode.HALF_UP.
	RoundingModeHalfUp = &RoundingMode{"HALF_UP", 4}
	// RoundingModeHalfDown is RoundingMode.HALF_DOWN.
	RoundingModeHalfDown = &RoundingMode{"HALF_DOWN", 5}
	// RoundingModeHalfEven is RoundingMode.HALF_EVEN.
	RoundingModeHalfEven = &RoundingMode{"HALF_EVEN", 6}
	// RoundingModeUnnecessary is RoundingMode.UNNECESSARY.
	RoundingModeUnnecessary = &RoundingMode{"UNNECESSARY", 7}
)

var roundingModes = []*RoundingMode{RoundingModeUp, RoundingModeDown, RoundingModeCeiling, RoundingModeFloor,
	RoundingModeHalfUp, RoundingModeHalfDown, RoundingModeHalfEven, RoundingModeUnnecessary}

// RoundingModeValues is the static RoundingMode.values().
func RoundingModeValues() []*RoundingMode { return append([]*RoundingMode{}, roundingModes...) }

// RoundingModeValueOf is the static RoundingMode.valueOf(String).
func RoundingModeValueOf(name string) *RoundingMode {
	for _, m := range roundingModes {
		if m.name == name {
			return m
		}
	}
	panic(NewIllegalArgumentException2("No enum constant java.math.RoundingMode." + name))
}

// Name is name().
func (m *RoundingMode) Name() string { return m.name }

// Ordinal is ordinal().
func (m *RoundingMode) Ordinal() int32 { return m.ordinal }

// String is toString().
func (m *RoundingMode) String() string { return m.name }

// decimal is an exact non-negative decimal number: digits (no leading zeros except a lone
// "0") times 10^-scale, with a sign.
type decimal struct {
	neg    bool
	digits string // the unscaled magnitude
	scale  int
}

// decimalOfFloat is the exact value of f (finite).
func decimalOfFloat(f float64) decimal {
	neg := math.Signbit(f)
	s := new(big.Float).SetFloat64(math.Abs(f)).Text('f', 1100)
	s = strings.TrimRight(s, "0")
	s = strings.TrimSuffix(s, ".")
	return decimalOfString(neg, s)
}

// decimalOfString parses an unsigned plain decimal ("123.4500").
func decimalOfString(neg bool, s string) decimal {
	scale := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		scale = len(s) - i - 1
		s = s[:i] + s[i+1:]
	}
	s = strings.TrimLeft(s, "0")
	if s == "" {
		s = "0"
	}
	return decimal{neg, s, scale}
}

// intPart and fracPart split the number at the decimal point.
func (d decimal) parts() (string, string) {
	digits := d.digits
	if d.scale <= 0 {
		if digits == "0" {
			return "0", ""
		}
		return digits + strings.Repeat("0", -d.scale), ""
	}
	if len(digits) <= d.scale {
		digits = strings.Repeat("0", d.scale-len(digits)+1) + digits
	}
	return digits[:len(digits)-d.scale], digits[len(digits)-d.scale:]
}

// isZero reports whether the magnitude is 0.
func (d decimal) isZero() bool { return strings.Trim(d.digits, "0") == "" }

// roundDecimal rounds d to scale fraction digits (negative: to tens, hundreds...) by mode.
func roundDecimal(d decimal, scale int, mode *RoundingMode) decimal {
	if d.scale <= scale {
		return d
	}
	drop := d.scale - scale // digits removed from the right of d.digits
	digits := d.digits
	if len(digits) < drop+1 {
		digits = strings.Repeat("0", drop+1-len(digits)) + digits
	}
	kept, gone := digits[:len(digits)-drop], digits[len(digits)-drop:]
	first := gone[0]
	restNonZero := strings.Trim(gone[1:], "0") != ""
	anyNonZero := first != '0' || restNonZero
	lastOdd := (kept[len(kept)-1]-'0')%2 == 1
	up := false
	switch mode {
	case RoundingModeUp:
		up = anyNonZero
	case RoundingModeDown:
	case RoundingModeCeiling:
		up = anyNonZero && !d.neg
	case RoundingModeFloor:
		up = anyNonZero && d.neg
	case RoundingModeHalfUp:
		up = first >= '5'
	case RoundingModeHalfDown:
		up = first > '5' || (first == '5' && restNonZero)
	case RoundingModeHalfEven:
		up = first > '5' || (first == '5' && (restNonZero || lastOdd))
	case RoundingModeUnnecessary:
		if anyNonZero {
			panic(NewArithmeticException2("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY"))
		}
	}
	if up {
		kept = incrementDigits(kept)
	}
	kept = strings.TrimLeft(kept, "0")
	if kept == "" {
		kept = "0"
	}
	return decimal{d.neg, kept, scale}
}

// incrementDigits adds one to a decimal digit string.
func incrementDigits(s string) string {
	b := []byte(s)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < '9' {
			b[i]++
			return string(b)
		}
		b[i] = '0'
	}
	return "1" + string(b)
}

// DecimalFormatSymbols is java.text.DecimalFormatSymbols: the symbols of the root/English
// locales (the only ones provided).
type DecimalFormatSymbols struct {
	decimalSeparator  uint16
	groupingSeparator uint16
	minusSign         uint16
	percent           uint16
	zeroDigit         uint16
	infinity          string
	nan               string
}

// NewDecimalFormatSymbols is the constructor DecimalFormatSymbols().
func NewDecimalFormatSymbols() *DecimalFormatSymbols {
	return &DecimalFormatSymbols{'.', ',', '-', '%', '0', "∞", "NaN"}
}

// NewDecimalFormatSymbols2 is the constructor DecimalFormatSymbols(Locale): English
// symbols whatever the locale.
func NewDecimalFormatSymbols2(locale *Locale) *DecimalFormatSymbols { return NewDecimalFormatSymbols() }

// DecimalSeparator is getDecimalSeparator().
func (s *DecimalFormatSymbols) DecimalSeparator() uint16 { return s.decimalSeparator }

// SetDecimalSeparator is setDecimalSeparator(char).
func (s *DecimalFormatSymbols) SetDecimalSeparator(c uint16) { s.decimalSeparator = c }

// GroupingSeparator is getGroupingSeparator().
func (s *DecimalFormatSymbols) GroupingSeparator() uint16 { return s.groupingSeparator }

// SetGroupingSeparator is setGroupingSeparator(char).
func (s *DecimalFormatSymbols) SetGroupingSeparator(c uint16) { s.groupingSeparator = c }

// MinusSign is getMinusSign().
func (s *DecimalFormatSymbols) MinusSign() uint16 { return s.minusSign }

// SetMinusSign is setMinusSign(char).
func (s *DecimalFormatSymbols) SetMinusSign(c uint16) { s.minusSign = c }

// NumberFormat is java.text.NumberFormat, the abstract class whose instances here are
// DecimalFormats.
type NumberFormat interface {
	// Format is format(double), format(long) and format(Object).
	Format(number any) string
	// Parse is parse(String): a Long when the text is integral, else a Double.
	Parse(source string) any
	// SetMaximumFractionDigits is setMaximumFractionDigits(int).
	SetMaximumFractionDigits(n int32)
	// SetMinimumFractionDigits is setMinimumFractionDigits(int).
	SetMinimumFractionDigits(n int32)
	// SetMaximumIntegerDigits is setMaximumIntegerDigits(int).
	SetMaximumIntegerDigits(n int32)
	// SetMinimumIntegerDigits is setMinimumIntegerDigits(int).
	SetMinimumIntegerDigits(n int32)
	// MaximumFractionDigits is getMaximumFractionDigits().
	MaximumFractionDigits() int32
	// MinimumFractionDigits is getMinimumFractionDigits().
	MinimumFractionDigits() int32
	// SetGroupingUsed is setGroupingUsed(boolean).
	SetGroupingUsed(v bool)
	// IsGroupingUsed is isGroupingUsed().
	IsGroupingUsed() bool
	// SetRoundingMode is setRoundingMode(RoundingMode).
	SetRoundingMode(mode *RoundingMode)
	// SetParseIntegerOnly is setParseIntegerOnly(boolean).
	SetParseIntegerOnly(v bool)
}

// DecimalFormat is java.text.DecimalFormat (patterns with #, 0, grouping, a fraction,
// %, quoted literals and a negative subpattern; no exponent or currency).
type DecimalFormat struct {
	posPrefix, posSuffix string
	negPrefix, negSuffix string
	minInt, maxInt       int
	minFrac, maxFrac     int
	grouping             int
	groupingUsed         bool
	multiplier           int
	showDecimal          bool
	parseIntegerOnly     bool
	rounding             *RoundingMode
	symbols              *DecimalFormatSymbols
}

// NewDecimalFormat is the constructor DecimalFormat(): the pattern "#,##0.###".
func NewDecimalFormat() *DecimalFormat { return NewDecimalFormat2("#,##0.###") }

// NewDecimalFormat2 is the constructor DecimalFormat(String).
func NewDecimalFormat2(pattern string) *DecimalFormat {
	return NewDecimalFormat3(pattern, NewDecimalFormatSymbols())
}

// NewDecimalFormat3 is the constructor DecimalFormat(String, DecimalFormatSymbols).
func NewDecimalFormat3(pattern string, symbols *DecimalFormatSymbols) *DecimalFormat {
	f := &DecimalFormat{rounding: RoundingModeHalfEven, symbols: symbols}
	f.ApplyPattern(pattern)
	return f
}

// NumberFormatGetInstance is the static NumberFormat.getInstance() (and
// getNumberInstance): "#,##0.###".
func NumberFormatGetInstance() NumberFormat { return NewDecimalFormat() }

// NumberFormatGetInstance2 is the static NumberFormat.getInstance(Locale).
func NumberFormatGetInstance2(locale *Locale) NumberFormat { return NewDecimalFormat() }

// NumberFormatGetIntegerInstance is the static NumberFormat.getIntegerInstance(): no
// fraction digits, half-even rounding, integer-only parsing.
func NumberFormatGetIntegerInstance() NumberFormat {
	f := NewDecimalFormat2("#,##0")
	f.parseIntegerOnly = true
	return f
}

// NumberFormatGetIntegerInstance2 is the static NumberFormat.getIntegerInstance(Locale).
func NumberFormatGetIntegerInstance2(locale *Locale) NumberFormat {
	return NumberFormatGetIntegerInstance()
}

// NumberFormatGetPercentInstance is the static NumberFormat.getPercentInstance(): "#,##0%".
func NumberFormatGetPercentInstance() NumberFormat { return NewDecimalFormat2("#,##0%") }

// ApplyPattern is applyPattern(String).
func (f *DecimalFormat) ApplyPattern(pattern string) {
	pos, neg, hasNeg := splitPattern(pattern)
	var body string
	f.posPrefix, body, f.posSuffix = splitAffixes(pos)
	f.multiplier = 1
	if strings.Contains(f.posPrefix+f.posSuffix, "%") {
		f.multiplier = 100
	}
	zeros, hashes, fracZeros, fracHashes := 0, 0, 0, 0
	f.grouping, f.groupingUsed, f.showDecimal = 0, false, false
	lastComma := -1
	intDigits := 0
	inFrac := false
	for _, c := range body {
		switch c {
		case '#':
			if inFrac {
				fracHashes++
			} else {
				hashes++
				intDigits++
			}
		case '0':
			if inFrac {
				fracZeros++
			} else {
				zeros++
				intDigits++
			}
		case ',':
			lastComma = intDigits
		case '.':
			inFrac = true
		case 'E':
			panic("l2j: not migrated: DecimalFormat exponent pattern " + pattern)
		}
	}
	if lastComma >= 0 {
		f.grouping = intDigits - lastComma
		f.groupingUsed = f.grouping > 0
	}
	if zeros == 0 && inFrac && hashes > 0 {
		zeros = 1 // Java turns "#.##" into "#0.##"
	}
	f.minInt, f.maxInt = zeros, math.MaxInt32
	f.minFrac, f.maxFrac = fracZeros, fracZeros+fracHashes
	f.showDecimal = inFrac && f.minFrac == 0 && f.maxFrac == 0 && strings.HasSuffix(strings.TrimRight(body, "#0,"), ".")
	if hasNeg {
		f.negPrefix, _, f.negSuffix = splitAffixes(neg)
	} else {
		f.negPrefix, f.negSuffix = "-"+f.posPrefix, f.posSuffix
	}
}

// splitPattern separates the positive and negative subpatterns at an unquoted ';'.
func splitPattern(p string) (pos, neg string, hasNeg bool) {
	quoted := false
	for i, c := range p {
		switch {
		case c == '\'':
			quoted = !quoted
		case c == ';' && !quoted:
			return p[:i], p[i+1:], true
		}
	}
	return p, "", false
}

// splitAffixes splits a subpattern into prefix, number body and suffix (quotes removed
// from the affixes).
func splitAffixes(p string) (prefix, body, suffix string) {
	start, end := -1, -1
	quoted := false
	for i, c := range p {
		if c == '\'' {
			quoted = !quoted
			continue
		}
		if !quoted && strings.ContainsRune("#0,.", c) {
			if start < 0 {
				start = i
			}
			end = i + 1
		}
	}
	if start < 0 {
		return unquoteAffix(p), "", ""
	}
	return unquoteAffix(p[:start]), p[start:end], unquoteAffix(p[end:])
}

func unquoteAffix(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			if i+1 < len(s) && s[i+1] == '\'' {
				b.WriteByte('\'')
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// Format is format(double), format(long) and format(Object) (boxed numbers, BigInteger,
// BigDecimal); IllegalArgumentException for anything else.
func (f *DecimalFormat) Format(number any) string {
	var d decimal
	switch x := unboxed(number).(type) {
	case float64:
		if s, ok := f.special(x); ok {
			return s
		}
		d = decimalOfFloat(x * float64(f.multiplier))
	case float32:
		return f.Format(float64(x))
	case int64:
		d = decimalOfInt(x, f.multiplier)
	case int32:
		d = decimalOfInt(int64(x), f.multiplier)
	case int16:
		d = decimalOfInt(int64(x), f.multiplier)
	case int8:
		d = decimalOfInt(int64(x), f.multiplier)
	case interface{ exactDecimal() decimal }:
		d = x.exactDecimal()
		if f.multiplier != 1 {
			d.scale -= 2
		}
	default:
		panic(NewIllegalArgumentException2("Cannot format given Object as a Number"))
	}
	return f.formatDecimal(d)
}

func decimalOfInt(v int64, mult int) decimal {
	neg := v < 0
	u := new(big.Int).Abs(big.NewInt(v))
	u.Mul(u, big.NewInt(int64(mult)))
	return decimal{neg, u.String(), 0}
}

func (f *DecimalFormat) special(x float64) (string, bool) {
	switch {
	case math.IsNaN(x):
		return f.symbols.nan, true
	case math.IsInf(x, 1):
		return f.posPrefix + f.symbols.infinity + f.posSuffix, true
	case math.IsInf(x, -1):
		return f.negPrefix + f.symbols.infinity + f.negSuffix, true
	}
	return "", false
}

func (f *DecimalFormat) formatDecimal(d decimal) string {
	d = roundDecimal(d, f.maxFrac, f.rounding)
	intPart, frac := d.parts()
	frac = strings.TrimRight(frac, "0")
	for len(frac) < f.minFrac {
		frac += "0"
	}
	intPart = strings.TrimLeft(intPart, "0")
	for len(intPart) < f.minInt {
		intPart = "0" + intPart
	}
	if intPart == "" && frac == "" {
		intPart = "0" // Java prints a zero rather than nothing
	}
	if f.groupingUsed && f.grouping > 0 && len(intPart) > f.grouping {
		var b strings.Builder
		head := len(intPart) % f.grouping
		if head > 0 {
			b.WriteString(intPart[:head])
		}
		for i := head; i < len(intPart); i += f.grouping {
			if b.Len() > 0 {
				b.WriteRune(rune(f.symbols.groupingSeparator))
			}
			b.WriteString(intPart[i : i+f.grouping])
		}
		intPart = b.String()
	}
	if f.symbols.zeroDigit != '0' {
		intPart, frac = shiftDigits(intPart, f.symbols.zeroDigit), shiftDigits(frac, f.symbols.zeroDigit)
	}
	num := intPart
	if frac != "" || f.showDecimal {
		num += string(rune(f.symbols.decimalSeparator)) + frac
	}
	if d.neg {
		return f.negPrefix + num + f.negSuffix
	}
	return f.posPrefix + num + f.posSuffix
}

func shiftDigits(s string, zero uint16) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = rune(zero) + c - '0'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// Parse is parse(String): the leading number of source (grouping separators allowed), a
// Long when integral and in range, else a Double; ParseException when there is none.
func (f *DecimalFormat) Parse(source string) any {
	s := source
	neg := false
	switch {
	case f.negPrefix != "" && strings.HasPrefix(s, f.negPrefix) && (f.posPrefix == "" || !strings.HasPrefix(s, f.posPrefix) || len(f.negPrefix) > len(f.posPrefix)):
		neg, s = true, s[len(f.negPrefix):]
	case strings.HasPrefix(s, f.posPrefix):
		s = s[len(f.posPrefix):]
	default:
		panic(NewParseException("Unparseable number: \""+source+"\"", 0))
	}
	var b strings.Builder
	seenDot := false
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune(c)
		case c == rune(f.symbols.groupingSeparator) && f.groupingUsed && !seenDot:
		case c == rune(f.symbols.decimalSeparator) && !seenDot && !f.parseIntegerOnly:
			seenDot = true
			b.WriteByte('.')
		default:
			goto done
		}
	}
done:
	num := strings.TrimSuffix(b.String(), ".")
	if num == "" {
		panic(NewParseException("Unparseable number: \""+source+"\"", 0))
	}
	v, _ := strconv.ParseFloat(num, 64)
	v /= float64(f.multiplier)
	if neg {
		v = -v
	}
	if v == math.Trunc(v) && math.Abs(v) < 1<<63 && !(v == 0 && neg) {
		return int64(v)
	}
	return v
}

// SetMaximumFractionDigits is setMaximumFractionDigits(int).
func (f *DecimalFormat) SetMaximumFractionDigits(n int32) {
	f.maxFrac = max(int(n), 0)
	f.minFrac = min(f.minFrac, f.maxFrac)
}

// SetMinimumFractionDigits is setMinimumFractionDigits(int).
func (f *DecimalFormat) SetMinimumFractionDigits(n int32) {
	f.minFrac = max(int(n), 0)
	f.maxFrac = max(f.maxFrac, f.minFrac)
}

// SetMaximumIntegerDigits is setMaximumIntegerDigits(int).
func (f *DecimalFormat) SetMaximumIntegerDigits(n int32) {
	f.maxInt = max(int(n), 0)
	f.minInt = min(f.minInt, f.maxInt)
}

// SetMinimumIntegerDigits is setMinimumIntegerDigits(int).
func (f *DecimalFormat) SetMinimumIntegerDigits(n int32) {
	f.minInt = max(int(n), 0)
	f.maxInt = max(f.maxInt, f.minInt)
}

// MaximumFractionDigits is getMaximumFractionDigits().
func (f *DecimalFormat) MaximumFractionDigits() int32 { return int32(f.maxFrac) }

// MinimumFractionDigits is getMinimumFractionDigits().
func (f *DecimalFormat) MinimumFractionDigits() int32 { return int32(f.minFrac) }

// SetGroupingUsed is setGroupingUsed(boolean).
func (f *DecimalFormat) SetGroupingUsed(v bool) {
	f.groupingUsed = v
	if v && f.grouping == 0 {
		f.grouping = 3
	}
}

// IsGroupingUsed is isGroupingUsed().
func (f *DecimalFormat) IsGroupingUsed() bool { return f.groupingUsed }

// SetGroupingSize is setGroupingSize(int).
func (f *DecimalFormat) SetGroupingSize(n int32) { f.grouping = int(n) }

// SetRoundingMode is setRoundingMode(RoundingMode).
func (f *DecimalFormat) SetRoundingMode(mode *RoundingMode) {
	if mode == nil {
		panic(NewNullPointerException())
	}
	f.rounding = mode
}

// RoundingMode is getRoundingMode().
func (f *DecimalFormat) RoundingMode() *RoundingMode { return f.rounding }

// SetParseIntegerOnly is setParseIntegerOnly(boolean).
func (f *DecimalFormat) SetParseIntegerOnly(v bool) { f.parseIntegerOnly = v }

// SetDecimalSeparatorAlwaysShown is setDecimalSeparatorAlwaysShown(boolean).
func (f *DecimalFormat) SetDecimalSeparatorAlwaysShown(v bool) { f.showDecimal = v }

// SetDecimalFormatSymbols is setDecimalFormatSymbols(DecimalFormatSymbols).
func (f *DecimalFormat) SetDecimalFormatSymbols(symbols *DecimalFormatSymbols) { f.symbols = symbols }

// MessageFormatFormat is the static java.text.MessageFormat.format(String, Object...):
// `{n}` (numbers as NumberFormat.getInstance formats them), `{n,number}`,
// `{n,number,integer}`, `{n,number,percent}`, `{n,number,<DecimalFormat pattern>}`; `”` is
// a quote and quoted text is literal; a missing argument leaves `{n}`.
func MessageFormatFormat(pattern string, arguments ...any) string {
	var b strings.Builder
	quoted := false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\'':
			if i+1 < len(pattern) && pattern[i+1] == '\'' {
				b.WriteByte('\'')
				i++
			} else {
				quoted = !quoted
			}
		case c == '{' && !quoted:
			end, depth := -1, 0
			for j := i + 1; j < len(pattern) && end < 0; j++ {
				switch pattern[j] {
				case '{':
					depth++
				case '}':
					if depth == 0 {
						end = j
					}
					depth--
				}
			}
			if end < 0 {
				panic(NewIllegalArgumentException2("Unmatched braces in the pattern."))
			}
			b.WriteString(formatMessageArg(pattern[i+1:end], arguments))
			i = end
		case c == '}' && !quoted:
			panic(NewIllegalArgumentException2("Unmatched braces in the pattern."))
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func formatMessageArg(spec string, args []any) string {
	parts := strings.SplitN(spec, ",", 3)
	idx, err := strconv.Atoi(strings.TrimSpace(parts[0]))
	if err != nil || idx < 0 {
		panic(NewIllegalArgumentException2("can't parse argument number: " + parts[0]))
	}
	if idx >= len(args) {
		return "{" + strconv.Itoa(idx) + "}"
	}
	arg := args[idx]
	if isNull(arg) {
		return "null"
	}
	kind, style := "", ""
	if len(parts) > 1 {
		kind = strings.TrimSpace(parts[1])
	}
	if len(parts) > 2 {
		style = strings.TrimSpace(parts[2])
	}
	if kind == "number" || kind == "" {
		var nf NumberFormat
		switch style {
		case "":
			nf = NumberFormatGetInstance()
		case "integer":
			nf = NumberFormatGetIntegerInstance()
		case "percent":
			nf = NumberFormatGetPercentInstance()
		default:
			nf = NewDecimalFormat2(style)
		}
		switch unboxed(arg).(type) {
		case float64, float32, int64, int32, int16, int8, interface{ exactDecimal() decimal }:
			return nf.Format(arg)
		}
		if kind == "number" {
			panic(NewIllegalArgumentException2("Cannot format given Object as a Number"))
		}
	}
	if dt, ok := arg.(*Date); ok && kind == "" {
		return NewSimpleDateFormat2("M/d/yy, h:mm a").Format(dt)
	}
	return Str(arg)
}

func init() { RegisterEnumValues("java.math.RoundingMode", RoundingModeValues) }

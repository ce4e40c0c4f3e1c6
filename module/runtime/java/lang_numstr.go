package java

import (
	"math"
	"math/big"
	bits64 "math/bits"
	"strconv"
)

// IntStr is Integer.toString(int) / String.valueOf(int).
func IntStr(i int32) string { return strconv.FormatInt(int64(i), 10) }

// LongStr is Long.toString(long) / String.valueOf(long).
func LongStr(l int64) string { return strconv.FormatInt(l, 10) }

// BoolStr is Boolean.toString(boolean) / String.valueOf(boolean).
func BoolStr(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// CharStr is Character.toString(char) / String.valueOf(char): the one-unit string (a lone
// surrogate in WTF-8, see lang_utf16.go).
func CharStr(c uint16) string {
	if c < 0x80 {
		return asciiStrings[c]
	}
	return string(appendRune(nil, rune(c)))
}

var asciiStrings = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return
}()

// DoubleStr is Double.toString(double) / String.valueOf(double), spelled as Java 17 does:
// "NaN", "Infinity", "-0.0", "100.0", "0.001", "1.0E10", "1.0E-5", with the digits of
// Java 17's FloatingDecimal (which are not always the shortest: 2^60 prints as
// 1.15292150460684698E18), see fdDigits.
func DoubleStr(d float64) string {
	bits := math.Float64bits(d)
	neg := bits>>63 != 0
	fract := bits & (1<<52 - 1)
	binExp := int(bits>>52) & 0x7FF
	switch {
	case binExp == 0x7FF && fract == 0 && neg:
		return "-Infinity"
	case binExp == 0x7FF && fract == 0:
		return "Infinity"
	case binExp == 0x7FF:
		return "NaN"
	case binExp == 0 && fract == 0 && neg:
		return "-0.0"
	case binExp == 0 && fract == 0:
		return "0.0"
	}
	digits, decExp := doubleDigits(d, true)
	return layoutJava(neg, digits, decExp)
}

// doubleDigits unpacks a finite non-zero d for fdDigits: the digits and decimal exponent
// FloatingDecimal computes (compat: Double.toString's form; false: Formatter's).
func doubleDigits(d float64, compat bool) ([]byte, int) {
	bits := math.Float64bits(d)
	fract := bits & (1<<52 - 1)
	binExp := int(bits>>52) & 0x7FF
	nSignificant := 53
	if binExp == 0 { // subnormal: normalise
		lz := bits64.LeadingZeros64(fract)
		shift := lz - (63 - 52)
		fract <<= uint(shift)
		binExp = 1 - shift
		nSignificant = 64 - lz
	} else {
		fract |= 1 << 52
	}
	return fdDigits(binExp-1023, fract, nSignificant, compat)
}

// FloatStr is Float.toString(float) / String.valueOf(float), spelled as Java 17 does.
func FloatStr(f float32) string {
	bits := math.Float32bits(f)
	neg := bits>>31 != 0
	fract := bits & (1<<23 - 1)
	binExp := int(bits>>23) & 0xFF
	switch {
	case binExp == 0xFF && fract == 0 && neg:
		return "-Infinity"
	case binExp == 0xFF && fract == 0:
		return "Infinity"
	case binExp == 0xFF:
		return "NaN"
	case binExp == 0 && fract == 0 && neg:
		return "-0.0"
	case binExp == 0 && fract == 0:
		return "0.0"
	}
	nSignificant := 24
	if binExp == 0 {
		lz := bits64.LeadingZeros32(fract)
		shift := lz - (31 - 23)
		fract <<= uint(shift)
		binExp = 1 - shift
		nSignificant = 32 - lz
	} else {
		fract |= 1 << 23
	}
	digits, decExp := fdDigits(binExp-127, uint64(fract)<<(52-23), nSignificant, true)
	return layoutJava(neg, digits, decExp)
}

// layoutJava spells 0.digits × 10^decExp as Double.toString does: plain for
// -3 < decExp < 8 with at least one fraction digit, else computerized scientific
// notation "d.dddE±n".
func layoutJava(neg bool, digits []byte, decExp int) string {
	b := make([]byte, 0, len(digits)+8)
	if neg {
		b = append(b, '-')
	}
	switch {
	case decExp > 0 && decExp < 8:
		n := min(len(digits), decExp)
		b = append(b, digits[:n]...)
		if n < decExp {
			for i := n; i < decExp; i++ {
				b = append(b, '0')
			}
			b = append(b, '.', '0')
		} else if n < len(digits) {
			b = append(b, '.')
			b = append(b, digits[n:]...)
		} else {
			b = append(b, '.', '0')
		}
	case decExp <= 0 && decExp > -3:
		b = append(b, '0', '.')
		for i := decExp; i < 0; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	default:
		b = append(b, digits[0], '.')
		if len(digits) > 1 {
			b = append(b, digits[1:]...)
		} else {
			b = append(b, '0')
		}
		b = append(b, 'E')
		b = strconv.AppendInt(b, int64(decExp-1), 10)
	}
	return string(b)
}

// Java 17's FloatingDecimal.dtoa, reimplemented: the digit generation Double.toString and
// Formatter use. Integers below 2^63 take an exact path that keeps digits a shortest
// algorithm would drop; other values generate digits until the remainder is within half
// an ulp, with FloatingDecimal's exact stopping and rounding rules (including its 32- and
// 64-bit arithmetic and their wrap-around), so the output matches the JDK's digit for digit.

// n5Bits[i] is about ceil(log2(5^i)).
var n5Bits = [...]int{0, 3, 5, 7, 10, 12, 14, 17, 19, 21, 24, 26, 28, 31, 33, 35, 38, 40, 42, 45, 47, 49, 52, 54, 56, 59, 61}

// insignificantPow2[p] is the number of decimal digits of 2^p that are noise.
var insignificantPow2 = [...]int{0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7,
	8, 8, 8, 9, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14,
	15, 15, 15, 15, 16, 16, 16, 17, 17, 17, 18, 18, 18, 19}

func pow5(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 5
	}
	return p
}

func n5(i int) int {
	if i < len(n5Bits) {
		return n5Bits[i]
	}
	return i * 3
}

// fdDigits returns the digits and the decimal exponent (value = 0.digits × 10^decExp) of
// fract × 2^(binExp-52), fract holding nSignificant bits with its top bit at bit 52.
func fdDigits(binExp int, fract uint64, nSignificant int, compat bool) ([]byte, int) {
	tailZeros := bits64.TrailingZeros64(fract)
	nFractBits := 53 - tailZeros
	nTinyBits := max(0, nFractBits-binExp-1)
	if binExp <= 62 && binExp >= -21 && nTinyBits == 0 && nFractBits+n5Bits[0] < 64 {
		// An integer below 2^63: its exact digits, less those below the precision.
		insignificant := 0
		if p := binExp - nSignificant - 1; binExp > nSignificant && p > 1 && p < len(insignificantPow2) {
			insignificant = insignificantPow2[p]
		}
		v := fract
		if binExp >= 52 {
			v <<= uint(binExp - 52)
		} else {
			v >>= uint(52 - binExp)
		}
		return longDigits(v, insignificant)
	}
	decExp := estimateDecExp(fract, binExp)
	b5 := max(0, -decExp)
	b2 := b5 + nTinyBits + binExp
	s5 := max(0, decExp)
	s2 := s5 + nTinyBits
	m5 := b5
	m2 := b2 - nSignificant
	fract >>= uint(tailZeros)
	b2 -= nFractBits - 1
	common := min(b2, s2)
	b2 -= common
	s2 -= common
	m2 -= common
	if nFractBits == 1 {
		m2-- // a power of two: the next value below is only half as far
	}
	if m2 < 0 {
		b2 -= m2
		s2 -= m2
		m2 = 0
	}
	bBits := nFractBits + b2 + n5(b5)
	tenSBits := s2 + 1 + n5(s5+1)
	var digits []byte
	var low, high bool
	var lowDiff int64
	forceTwo := !compat || decExp < -3 || decExp >= 8
	switch {
	case bBits < 32 && tenSBits < 32:
		b := int32(fract) * int32(pow5(b5)) << uint(b2)
		s := int32(pow5(s5)) << uint(s2)
		m := int32(pow5(m5)) << uint(m2)
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low, high = b < m, b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+q))
		}
		if !compat || decExp < -3 || decExp >= 8 {
			low, high = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low, high = b < m, b+m > tens
			} else {
				low, high = true, true // m overflowed: FloatingDecimal stops here
			}
			digits = append(digits, byte('0'+q))
		}
		lowDiff = int64(b<<1 - tens)
	case bBits < 64 && tenSBits < 64:
		b := int64(fract) * pow5(b5) << uint(b2)
		s := pow5(s5) << uint(s2)
		m := pow5(m5) << uint(m2)
		tens := s * 10
		q := b / s
		b = 10 * (b % s)
		m *= 10
		low, high = b < m, b+m > tens
		if q == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+q))
		}
		if !compat || decExp < -3 || decExp >= 8 {
			low, high = false, false
		}
		for !low && !high {
			q = b / s
			b = 10 * (b % s)
			m *= 10
			if m > 0 {
				low, high = b < m, b+m > tens
			} else {
				low, high = true, true
			}
			digits = append(digits, byte('0'+q))
		}
		lowDiff = b<<1 - tens
	default:
		s := new(big.Int).Lsh(new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(s5)), nil), uint(s2))
		b := new(big.Int).Lsh(new(big.Int).Mul(new(big.Int).SetUint64(fract), new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(b5)), nil)), uint(b2))
		m := new(big.Int).Lsh(new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(m5+1)), nil), uint(m2+1))
		tenS := new(big.Int).Mul(s, big.NewInt(10))
		ten := big.NewInt(10)
		q, sum := new(big.Int), new(big.Int)
		step := func() int {
			q.QuoRem(b, s, b)
			b.Mul(b, ten)
			return int(q.Int64())
		}
		d := step()
		low = b.Cmp(m) < 0
		high = sum.Add(b, m).Cmp(tenS) >= 0
		if d == 0 && !high {
			decExp--
		} else {
			digits = append(digits, byte('0'+d))
		}
		if forceTwo {
			low, high = false, false
		}
		for !low && !high {
			d = step()
			m.Mul(m, ten)
			low = b.Cmp(m) < 0
			high = sum.Add(b, m).Cmp(tenS) >= 0
			digits = append(digits, byte('0'+d))
		}
		if high && low {
			lowDiff = int64(new(big.Int).Lsh(b, 1).Cmp(tenS))
		}
	}
	decExp++
	if high {
		if !low || lowDiff > 0 || (lowDiff == 0 && digits[len(digits)-1]&1 != 0) {
			decExp = roundUpDigits(digits, decExp)
		}
	}
	return digits, decExp
}

// roundUpDigits adds one to the last digit, carrying; a carry out of the first digit
// makes it "1" (the other digits stay as '0's) and raises the exponent.
func roundUpDigits(digits []byte, decExp int) int {
	i := len(digits) - 1
	for digits[i] == '9' && i > 0 {
		digits[i] = '0'
		i--
	}
	if digits[i] == '9' {
		digits[0] = '1'
		return decExp + 1
	}
	digits[i]++
	return decExp
}

// longDigits is FloatingDecimal's developLongDigits: the digits of v after rounding away
// `insignificant` low decimal digits, without trailing zeros.
func longDigits(v uint64, insignificant int) ([]byte, int) {
	decExp := 0
	if insignificant != 0 {
		p := uint64(pow5(insignificant)) << uint(insignificant)
		residue := v % p
		v /= p
		decExp += insignificant
		if residue >= p>>1 {
			v++
		}
	}
	s := strconv.AppendUint(nil, v, 10)
	decExp += len(s)
	for len(s) > 1 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	return s, decExp
}

// estimateDecExp is FloatingDecimal's estimate of floor(log10(value)), computed with the
// same double arithmetic (explicit conversions keep Go from fusing multiply-adds).
func estimateDecExp(fract uint64, binExp int) int {
	d2 := math.Float64frombits(1023<<52 | fract&(1<<52-1))
	d := float64(float64(float64(d2-1.5)*0.289529654)+0.176091259) + float64(float64(binExp)*0.301029995663981)
	bits := math.Float64bits(d)
	exponent := int(bits>>52&0x7FF) - 1023
	neg := bits>>63 != 0
	switch {
	case exponent >= 0 && exponent < 52:
		mask := uint64(1<<52-1) >> uint(exponent)
		r := int((bits&(1<<52-1) | 1<<52) >> uint(52-exponent))
		if !neg {
			return r
		}
		if mask&bits == 0 {
			return -r
		}
		return -r - 1
	case exponent < 0:
		if bits&^(1<<63) == 0 || !neg {
			return 0
		}
		return -1
	}
	return int(d)
}

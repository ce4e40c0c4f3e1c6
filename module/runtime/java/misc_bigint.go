package java

import (
	"crypto/rand"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// BigInteger is java.math.BigInteger on math/big (immutable: every operation returns a new
// value).
type BigInteger struct{ v *big.Int }

func bi(v *big.Int) *BigInteger { return &BigInteger{v} }

// The BigInteger constants.
var (
	// BigIntegerZero is BigInteger.ZERO.
	BigIntegerZero = bi(big.NewInt(0))
	// BigIntegerOne is BigInteger.ONE.
	BigIntegerOne = bi(big.NewInt(1))
	// BigIntegerTwo is BigInteger.TWO.
	BigIntegerTwo = bi(big.NewInt(2))
	// BigIntegerTen is BigInteger.TEN.
	BigIntegerTen = bi(big.NewInt(10))
)

// NewBigInteger is the constructor BigInteger(String): decimal, optional sign.
func NewBigInteger(val string) *BigInteger { return NewBigInteger2(val, 10) }

// NewBigInteger2 is the constructor BigInteger(String, int radix).
func NewBigInteger2(val string, radix int32) *BigInteger {
	if radix < 2 || radix > 36 {
		panic(NewNumberFormatException2("Radix out of range"))
	}
	if val == "" {
		panic(NewNumberFormatException2("Zero length BigInteger"))
	}
	digits := val
	if digits[0] == '-' || digits[0] == '+' {
		digits = digits[1:]
	}
	if digits == "" || strings.ContainsAny(digits, "+-_") {
		panic(NewNumberFormatException2("For input string: \"" + val + "\""))
	}
	v, ok := new(big.Int).SetString(val, int(radix))
	if !ok {
		panic(NewNumberFormatException2("For input string: \"" + val + "\""))
	}
	return bi(v)
}

// NewBigInteger3 is the constructor BigInteger(byte[]): two's-complement, big-endian.
func NewBigInteger3(val []int8) *BigInteger {
	if len(val) == 0 {
		panic(NewNumberFormatException2("Zero length BigInteger"))
	}
	v := new(big.Int).SetBytes(int8sAsBytes(val))
	if val[0] < 0 {
		v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(val))))
	}
	return bi(v)
}

// NewBigInteger4 is the constructor BigInteger(int signum, byte[] magnitude).
func NewBigInteger4(signum int32, magnitude []int8) *BigInteger {
	if signum < -1 || signum > 1 {
		panic(NewNumberFormatException2("Invalid signum value"))
	}
	v := new(big.Int).SetBytes(int8sAsBytes(magnitude))
	if signum == 0 && v.Sign() != 0 {
		panic(NewNumberFormatException2("signum-magnitude mismatch"))
	}
	if signum < 0 {
		v.Neg(v)
	}
	return bi(v)
}

// BigIntegerValueOf is the static BigInteger.valueOf(long).
func BigIntegerValueOf(val int64) *BigInteger { return bi(big.NewInt(val)) }

// BigIntegerProbablePrime is the static BigInteger.probablePrime(int, Random): a random
// prime of bitLength bits (from crypto/rand; the Random argument is not used).
func BigIntegerProbablePrime(bitLength int32, rnd any) *BigInteger {
	if bitLength < 2 {
		panic(NewArithmeticException2("bitLength < 2"))
	}
	p, err := rand.Prime(rand.Reader, int(bitLength))
	if err != nil {
		panic(NewArithmeticException2(err.Error()))
	}
	return bi(p)
}

func nonNullBig(x *BigInteger) *big.Int {
	if x == nil {
		panic(NewNullPointerException())
	}
	return x.v
}

// Add is add(BigInteger).
func (b *BigInteger) Add(val *BigInteger) *BigInteger {
	return bi(new(big.Int).Add(b.v, nonNullBig(val)))
}

// Subtract is subtract(BigInteger).
func (b *BigInteger) Subtract(val *BigInteger) *BigInteger {
	return bi(new(big.Int).Sub(b.v, nonNullBig(val)))
}

// Multiply is multiply(BigInteger).
func (b *BigInteger) Multiply(val *BigInteger) *BigInteger {
	return bi(new(big.Int).Mul(b.v, nonNullBig(val)))
}

func checkDivisor(v *big.Int) {
	if v.Sign() == 0 {
		panic(NewArithmeticException2("BigInteger divide by zero"))
	}
}

// Divide is divide(BigInteger): truncating toward zero.
func (b *BigInteger) Divide(val *BigInteger) *BigInteger {
	checkDivisor(nonNullBig(val))
	return bi(new(big.Int).Quo(b.v, val.v))
}

// Remainder is remainder(BigInteger): the sign of this.
func (b *BigInteger) Remainder(val *BigInteger) *BigInteger {
	checkDivisor(nonNullBig(val))
	return bi(new(big.Int).Rem(b.v, val.v))
}

// DivideAndRemainder is divideAndRemainder(BigInteger).
func (b *BigInteger) DivideAndRemainder(val *BigInteger) []*BigInteger {
	checkDivisor(nonNullBig(val))
	q, r := new(big.Int).QuoRem(b.v, val.v, new(big.Int))
	return []*BigInteger{bi(q), bi(r)}
}

// Mod is mod(BigInteger): never negative (ArithmeticException for m <= 0).
func (b *BigInteger) Mod(m *BigInteger) *BigInteger {
	if nonNullBig(m).Sign() <= 0 {
		panic(NewArithmeticException2("BigInteger: modulus not positive"))
	}
	return bi(new(big.Int).Mod(b.v, m.v))
}

// ModPow is modPow(BigInteger, BigInteger).
func (b *BigInteger) ModPow(exponent, m *BigInteger) *BigInteger {
	if nonNullBig(m).Sign() <= 0 {
		panic(NewArithmeticException2("BigInteger: modulus not positive"))
	}
	e := nonNullBig(exponent)
	if e.Sign() < 0 {
		return b.ModInverse(m).ModPow(bi(new(big.Int).Neg(e)), m)
	}
	return bi(new(big.Int).Exp(b.v, e, m.v))
}

// ModInverse is modInverse(BigInteger).
func (b *BigInteger) ModInverse(m *BigInteger) *BigInteger {
	if nonNullBig(m).Sign() <= 0 {
		panic(NewArithmeticException2("BigInteger: modulus not positive"))
	}
	r := new(big.Int).ModInverse(new(big.Int).Mod(b.v, m.v), m.v)
	if r == nil {
		panic(NewArithmeticException2("BigInteger not invertible."))
	}
	return bi(r)
}

// Pow is pow(int).
func (b *BigInteger) Pow(exponent int32) *BigInteger {
	if exponent < 0 {
		panic(NewArithmeticException2("Negative exponent"))
	}
	return bi(new(big.Int).Exp(b.v, big.NewInt(int64(exponent)), nil))
}

// Gcd is gcd(BigInteger).
func (b *BigInteger) Gcd(val *BigInteger) *BigInteger {
	x, y := new(big.Int).Abs(b.v), new(big.Int).Abs(nonNullBig(val))
	return bi(new(big.Int).GCD(nil, nil, x, y))
}

// Negate is negate().
func (b *BigInteger) Negate() *BigInteger { return bi(new(big.Int).Neg(b.v)) }

// Abs is abs().
func (b *BigInteger) Abs() *BigInteger { return bi(new(big.Int).Abs(b.v)) }

// Signum is signum().
func (b *BigInteger) Signum() int32 { return int32(b.v.Sign()) }

// Min is min(BigInteger).
func (b *BigInteger) Min(val *BigInteger) *BigInteger {
	if b.CompareTo(val) <= 0 {
		return b
	}
	return val
}

// Max is max(BigInteger).
func (b *BigInteger) Max(val *BigInteger) *BigInteger {
	if b.CompareTo(val) >= 0 {
		return b
	}
	return val
}

// Sqrt is sqrt().
func (b *BigInteger) Sqrt() *BigInteger {
	if b.v.Sign() < 0 {
		panic(NewArithmeticException2("Negative BigInteger"))
	}
	return bi(new(big.Int).Sqrt(b.v))
}

// ShiftLeft is shiftLeft(int).
func (b *BigInteger) ShiftLeft(n int32) *BigInteger {
	if n < 0 {
		return b.ShiftRight(-n)
	}
	return bi(new(big.Int).Lsh(b.v, uint(n)))
}

// ShiftRight is shiftRight(int): arithmetic (floor).
func (b *BigInteger) ShiftRight(n int32) *BigInteger {
	if n < 0 {
		return b.ShiftLeft(-n)
	}
	return bi(new(big.Int).Rsh(b.v, uint(n)))
}

// And is and(BigInteger).
func (b *BigInteger) And(val *BigInteger) *BigInteger {
	return bi(new(big.Int).And(b.v, nonNullBig(val)))
}

// Or is or(BigInteger).
func (b *BigInteger) Or(val *BigInteger) *BigInteger {
	return bi(new(big.Int).Or(b.v, nonNullBig(val)))
}

// Xor is xor(BigInteger).
func (b *BigInteger) Xor(val *BigInteger) *BigInteger {
	return bi(new(big.Int).Xor(b.v, nonNullBig(val)))
}

// Not is not().
func (b *BigInteger) Not() *BigInteger { return bi(new(big.Int).Not(b.v)) }

// AndNot is andNot(BigInteger).
func (b *BigInteger) AndNot(val *BigInteger) *BigInteger {
	return bi(new(big.Int).AndNot(b.v, nonNullBig(val)))
}

// TestBit is testBit(int).
func (b *BigInteger) TestBit(n int32) bool {
	if n < 0 {
		panic(NewArithmeticException2("Negative bit address"))
	}
	return new(big.Int).Rsh(b.v, uint(n)).Bit(0) == 1
}

// SetBit is setBit(int).
func (b *BigInteger) SetBit(n int32) *BigInteger {
	if n < 0 {
		panic(NewArithmeticException2("Negative bit address"))
	}
	return b.Or(BigIntegerOne.ShiftLeft(n))
}

// BitLength is bitLength(): bits in the minimal two's-complement form, sign excluded.
func (b *BigInteger) BitLength() int32 {
	if b.v.Sign() >= 0 {
		return int32(b.v.BitLen())
	}
	return int32(new(big.Int).Not(b.v).BitLen())
}

// BitCount is bitCount(): bits that differ from the sign bit.
func (b *BigInteger) BitCount() int32 {
	x := b.v
	if x.Sign() < 0 {
		x = new(big.Int).Not(x)
	}
	n := 0
	for _, w := range x.Bits() {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return int32(n)
}

// IsProbablePrime is isProbablePrime(int).
func (b *BigInteger) IsProbablePrime(certainty int32) bool {
	if certainty <= 0 {
		return true
	}
	return new(big.Int).Abs(b.v).ProbablyPrime(int(min(certainty/2+1, 64)))
}

// NextProbablePrime is nextProbablePrime().
func (b *BigInteger) NextProbablePrime() *BigInteger {
	if b.v.Sign() < 0 {
		panic(NewArithmeticException2("start < 0: " + b.String()))
	}
	n := new(big.Int).Add(b.v, big.NewInt(1))
	for !n.ProbablyPrime(20) {
		n.Add(n, big.NewInt(1))
	}
	return bi(n)
}

// CompareTo is compareTo(BigInteger).
func (b *BigInteger) CompareTo(val *BigInteger) int32 { return int32(b.v.Cmp(nonNullBig(val))) }

// Equals is equals(Object).
func (b *BigInteger) Equals(o any) bool {
	x, ok := o.(*BigInteger)
	return ok && x != nil && x.v.Cmp(b.v) == 0
}

// HashCode is hashCode(): Java's hash over the 32-bit words of the magnitude.
func (b *BigInteger) HashCode() int32 {
	mag := new(big.Int).Abs(b.v).Bytes()
	var h int32
	for len(mag)%4 != 0 {
		mag = append([]byte{0}, mag...)
	}
	for i := 0; i < len(mag); i += 4 {
		w := uint32(mag[i])<<24 | uint32(mag[i+1])<<16 | uint32(mag[i+2])<<8 | uint32(mag[i+3])
		h = 31*h + int32(w)
	}
	return h * int32(b.v.Sign())
}

// String is toString().
func (b *BigInteger) String() string { return b.v.String() }

// ToString2 is toString(int radix).
func (b *BigInteger) ToString2(radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return b.v.Text(int(radix))
}

// ToByteArray is toByteArray(): minimal two's-complement, big-endian.
func (b *BigInteger) ToByteArray() []int8 {
	n := int(b.BitLength())/8 + 1
	out := make([]byte, n)
	x := new(big.Int).Set(b.v)
	if x.Sign() < 0 {
		x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	x.FillBytes(out)
	return bytesAsInt8s(out)
}

// IntValue is intValue(): the low 32 bits.
func (b *BigInteger) IntValue() int32 { return int32(b.LongValue()) }

// LongValue is longValue(): the low 64 bits.
func (b *BigInteger) LongValue() int64 {
	m := new(big.Int).And(b.v, new(big.Int).SetUint64(math.MaxUint64))
	return int64(m.Uint64())
}

// LongValueExact is longValueExact().
func (b *BigInteger) LongValueExact() int64 {
	if !b.v.IsInt64() {
		panic(NewArithmeticException2("BigInteger out of long range"))
	}
	return b.v.Int64()
}

// IntValueExact is intValueExact().
func (b *BigInteger) IntValueExact() int32 {
	if !b.v.IsInt64() || b.v.Int64() != int64(int32(b.v.Int64())) {
		panic(NewArithmeticException2("BigInteger out of int range"))
	}
	return int32(b.v.Int64())
}

// DoubleValue is doubleValue(): correctly rounded.
func (b *BigInteger) DoubleValue() float64 {
	f, _ := new(big.Float).SetInt(b.v).Float64()
	return f
}

// FloatValue is floatValue().
func (b *BigInteger) FloatValue() float32 {
	f, _ := new(big.Float).SetInt(b.v).Float32()
	return f
}

func (b *BigInteger) exactDecimal() decimal {
	return decimal{neg: b.v.Sign() < 0, digits: new(big.Int).Abs(b.v).String()}
}

// BigDecimal is java.math.BigDecimal: an unscaled BigInteger and a scale
// (value = unscaled × 10^-scale).
type BigDecimal struct {
	unscaled *big.Int
	scale    int32
}

// MathContext is java.math.MathContext: a precision and a rounding mode.
type MathContext struct {
	precision int32
	rounding  *RoundingMode
}

// NewMathContext is the constructor MathContext(int).
func NewMathContext(precision int32) *MathContext { return &MathContext{precision, RoundingModeHalfUp} }

// NewMathContext2 is the constructor MathContext(int, RoundingMode).
func NewMathContext2(precision int32, mode *RoundingMode) *MathContext {
	return &MathContext{precision, mode}
}

// The MathContext constants.
var (
	MathContextDecimal32  = &MathContext{7, RoundingModeHalfEven}
	MathContextDecimal64  = &MathContext{16, RoundingModeHalfEven}
	MathContextDecimal128 = &MathContext{34, RoundingModeHalfEven}
	MathContextUnlimited  = &MathContext{0, RoundingModeHalfUp}
)

// The BigDecimal constants.
var (
	BigDecimalZero = &BigDecimal{big.NewInt(0), 0}
	BigDecimalOne  = &BigDecimal{big.NewInt(1), 0}
	BigDecimalTen  = &BigDecimal{big.NewInt(10), 0}
)

// NewBigDecimal is the constructor BigDecimal(String): "123.45", "-1E+3", "1.2e-7".
func NewBigDecimal(val string) *BigDecimal {
	bad := func() { panic(NewNumberFormatException2("Character array is missing \"exponent\" mark 'e' or 'E'.")) }
	s := val
	exp := int64(0)
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.ParseInt(s[i+1:], 10, 32)
		if err != nil {
			bad()
		}
		exp, s = e, s[:i]
	}
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimLeft(s, "+-")
	scale := int64(0)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		scale = int64(len(s) - i - 1)
		s = s[:i] + s[i+1:]
	}
	if s == "" || strings.Trim(s, "0123456789") != "" {
		panic(NewNumberFormatException2("Character " + val + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark."))
	}
	u, _ := new(big.Int).SetString(s, 10)
	if neg {
		u.Neg(u)
	}
	return &BigDecimal{u, int32(scale - exp)}
}

// NewBigDecimal2 is the constructor BigDecimal(double): the exact binary value.
func NewBigDecimal2(val float64) *BigDecimal {
	if math.IsNaN(val) || math.IsInf(val, 0) {
		panic(NewNumberFormatException2("Infinite or NaN"))
	}
	d := decimalOfFloat(val)
	return decimalToBig(d)
}

// NewBigDecimal3 is the constructor BigDecimal(BigInteger).
func NewBigDecimal3(val *BigInteger) *BigDecimal {
	return &BigDecimal{new(big.Int).Set(nonNullBig(val)), 0}
}

// NewBigDecimal4 is the constructor BigDecimal(BigInteger unscaledVal, int scale).
func NewBigDecimal4(unscaledVal *BigInteger, scale int32) *BigDecimal {
	return &BigDecimal{new(big.Int).Set(nonNullBig(unscaledVal)), scale}
}

// NewBigDecimal5 is the constructor BigDecimal(int).
func NewBigDecimal5(val int32) *BigDecimal { return &BigDecimal{big.NewInt(int64(val)), 0} }

// NewBigDecimal6 is the constructor BigDecimal(long).
func NewBigDecimal6(val int64) *BigDecimal { return &BigDecimal{big.NewInt(val), 0} }

// BigDecimalValueOf is the static BigDecimal.valueOf(double): through Double.toString.
func BigDecimalValueOf(val float64) *BigDecimal { return NewBigDecimal(DoubleStr(val)) }

// BigDecimalValueOfLong is the static BigDecimal.valueOf(long).
func BigDecimalValueOfLong(val int64) *BigDecimal { return NewBigDecimal6(val) }

// BigDecimalValueOfScaled is the static BigDecimal.valueOf(long, int).
func BigDecimalValueOfScaled(unscaledVal int64, scale int32) *BigDecimal {
	return &BigDecimal{big.NewInt(unscaledVal), scale}
}

func decimalToBig(d decimal) *BigDecimal {
	u, _ := new(big.Int).SetString(d.digits, 10)
	if d.neg {
		u.Neg(u)
	}
	return &BigDecimal{u, int32(d.scale)}
}

func (d *BigDecimal) exactDecimal() decimal {
	return decimal{neg: d.unscaled.Sign() < 0, digits: new(big.Int).Abs(d.unscaled).String(), scale: int(d.scale)}
}

// pow10 is 10^n.
func pow10(n int32) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

// aligned returns both unscaled values at the larger scale.
func aligned(a, b *BigDecimal) (*big.Int, *big.Int, int32) {
	switch {
	case a.scale == b.scale:
		return a.unscaled, b.unscaled, a.scale
	case a.scale > b.scale:
		return a.unscaled, new(big.Int).Mul(b.unscaled, pow10(a.scale-b.scale)), a.scale
	}
	return new(big.Int).Mul(a.unscaled, pow10(b.scale-a.scale)), b.unscaled, b.scale
}

func nonNullDec(x *BigDecimal) *BigDecimal {
	if x == nil {
		panic(NewNullPointerException())
	}
	return x
}

// Add is add(BigDecimal).
func (d *BigDecimal) Add(augend *BigDecimal) *BigDecimal {
	x, y, s := aligned(d, nonNullDec(augend))
	return &BigDecimal{new(big.Int).Add(x, y), s}
}

// Subtract is subtract(BigDecimal).
func (d *BigDecimal) Subtract(subtrahend *BigDecimal) *BigDecimal {
	x, y, s := aligned(d, nonNullDec(subtrahend))
	return &BigDecimal{new(big.Int).Sub(x, y), s}
}

// Multiply is multiply(BigDecimal).
func (d *BigDecimal) Multiply(m *BigDecimal) *BigDecimal {
	nonNullDec(m)
	return &BigDecimal{new(big.Int).Mul(d.unscaled, m.unscaled), d.scale + m.scale}
}

// Divide is divide(BigDecimal): the exact quotient (ArithmeticException when it does not
// terminate), at the preferred scale this.scale - divisor.scale where it can be.
func (d *BigDecimal) Divide(divisor *BigDecimal) *BigDecimal {
	nonNullDec(divisor)
	if divisor.unscaled.Sign() == 0 {
		panic(NewArithmeticException2("Division by zero"))
	}
	preferred := d.scale - divisor.scale
	// Terminating iff the reduced denominator has only factors 2 and 5.
	num := new(big.Int).Set(d.unscaled)
	den := new(big.Int).Set(divisor.unscaled)
	g := new(big.Int).GCD(nil, nil, new(big.Int).Abs(num), new(big.Int).Abs(den))
	if g.Sign() != 0 {
		den.Quo(den, g)
	}
	rest := new(big.Int).Abs(den)
	extra := int32(0)
	for _, f := range []int64{2, 5} {
		k := int32(0)
		for new(big.Int).Rem(rest, big.NewInt(f)).Sign() == 0 {
			rest.Quo(rest, big.NewInt(f))
			k++
		}
		extra = max(extra, k)
	}
	if rest.Cmp(big.NewInt(1)) != 0 {
		panic(NewArithmeticException2("Non-terminating decimal expansion; no exact representable decimal result."))
	}
	q := d.DivideScale(divisor, preferred+extra+int32(len(d.unscaled.String())), RoundingModeUnnecessary)
	return q.stripTo(preferred)
}

// stripTo removes trailing zeros down to scale min.
func (d *BigDecimal) stripTo(minScale int32) *BigDecimal {
	u := new(big.Int).Set(d.unscaled)
	s := d.scale
	ten := big.NewInt(10)
	for s > minScale {
		q, r := new(big.Int).QuoRem(u, ten, new(big.Int))
		if r.Sign() != 0 {
			break
		}
		u, s = q, s-1
	}
	return &BigDecimal{u, s}
}

// DivideScale is divide(BigDecimal, int scale, RoundingMode).
func (d *BigDecimal) DivideScale(divisor *BigDecimal, scale int32, mode *RoundingMode) *BigDecimal {
	nonNullDec(divisor)
	if divisor.unscaled.Sign() == 0 {
		panic(NewArithmeticException2("Division by zero"))
	}
	// q = d.unscaled * 10^(scale - d.scale + divisor.scale) / divisor.unscaled, rounded.
	num := new(big.Int).Set(d.unscaled)
	den := new(big.Int).Set(divisor.unscaled)
	shift := scale - d.scale + divisor.scale
	if shift >= 0 {
		num.Mul(num, pow10(shift))
	} else {
		den.Mul(den, pow10(-shift))
	}
	neg := (num.Sign() < 0) != (den.Sign() < 0)
	num.Abs(num)
	den.Abs(den)
	q, r := new(big.Int).QuoRem(num, den, new(big.Int))
	if r.Sign() != 0 {
		// Decide the rounding from the remainder as extra digits.
		twice := new(big.Int).Lsh(r, 1)
		cmp := twice.Cmp(den)
		first := byte('0')
		switch {
		case cmp > 0:
			first = '6'
		case cmp == 0:
			first = '5'
		default:
			first = '1'
		}
		digits := q.String() + string(first) + "1"
		if cmp == 0 {
			digits = q.String() + "5"
		}
		rounded := roundDecimal(decimal{neg: neg, digits: digits, scale: len(digits) - len(q.String())}, 0, mode)
		q, _ = new(big.Int).SetString(rounded.digits, 10)
	}
	if neg {
		q.Neg(q)
	}
	return &BigDecimal{q, scale}
}

// DivideMC is divide(BigDecimal, MathContext).
func (d *BigDecimal) DivideMC(divisor *BigDecimal, mc *MathContext) *BigDecimal {
	if mc.precision == 0 {
		return d.Divide(divisor)
	}
	// Enough scale for the precision, then round to it.
	est := mc.precision + int32(len(divisor.unscaled.String())) - int32(len(d.unscaled.String())) + d.scale - divisor.scale + 3
	q := d.DivideScale(divisor, est, RoundingModeDown)
	exact := d.DivideScale(divisor, est+5, RoundingModeDown)
	if exact.Compare(q) != 0 {
		q = exact // keep the extra digits so the rounding sees them
	}
	return q.Round(mc).stripTo(d.scale - divisor.scale)
}

// Remainder is remainder(BigDecimal).
func (d *BigDecimal) Remainder(divisor *BigDecimal) *BigDecimal {
	q := d.DivideScale(divisor, 0, RoundingModeDown)
	return d.Subtract(q.Multiply(divisor))
}

// Pow is pow(int).
func (d *BigDecimal) Pow(n int32) *BigDecimal {
	if n < 0 || n > 999999999 {
		panic(NewArithmeticException2("Invalid operation"))
	}
	return &BigDecimal{new(big.Int).Exp(d.unscaled, big.NewInt(int64(n)), nil), d.scale * n}
}

// Negate is negate().
func (d *BigDecimal) Negate() *BigDecimal { return &BigDecimal{new(big.Int).Neg(d.unscaled), d.scale} }

// Abs is abs().
func (d *BigDecimal) Abs() *BigDecimal { return &BigDecimal{new(big.Int).Abs(d.unscaled), d.scale} }

// Signum is signum().
func (d *BigDecimal) Signum() int32 { return int32(d.unscaled.Sign()) }

// Scale is scale().
func (d *BigDecimal) Scale() int32 { return d.scale }

// Precision is precision(): digits in the unscaled value.
func (d *BigDecimal) Precision() int32 {
	return int32(len(new(big.Int).Abs(d.unscaled).String()))
}

// UnscaledValue is unscaledValue().
func (d *BigDecimal) UnscaledValue() *BigInteger { return bi(new(big.Int).Set(d.unscaled)) }

// SetScale is setScale(int, RoundingMode).
func (d *BigDecimal) SetScale(newScale int32, mode *RoundingMode) *BigDecimal {
	if newScale >= d.scale {
		return &BigDecimal{new(big.Int).Mul(d.unscaled, pow10(newScale-d.scale)), newScale}
	}
	return decimalToBig(roundDecimal(d.exactDecimal(), int(newScale), mode))
}

// SetScale2 is setScale(int): ArithmeticException when rounding would be needed.
func (d *BigDecimal) SetScale2(newScale int32) *BigDecimal {
	return d.SetScale(newScale, RoundingModeUnnecessary)
}

// Round is round(MathContext).
func (d *BigDecimal) Round(mc *MathContext) *BigDecimal {
	p := d.Precision()
	if mc.precision == 0 || p <= mc.precision {
		return d
	}
	r := d.SetScale(d.scale-(p-mc.precision), mc.rounding)
	if r.Precision() > mc.precision { // 9.99 -> 10.0: one digit too many
		r = r.SetScale(r.scale-1, mc.rounding)
	}
	return r
}

// StripTrailingZeros is stripTrailingZeros().
func (d *BigDecimal) StripTrailingZeros() *BigDecimal {
	if d.unscaled.Sign() == 0 {
		return BigDecimalZero
	}
	return d.stripTo(math.MinInt32)
}

// Compare is compareTo(BigDecimal): by value (2.0 equals 2.00).
func (d *BigDecimal) Compare(val *BigDecimal) int32 {
	x, y, _ := aligned(d, nonNullDec(val))
	return int32(x.Cmp(y))
}

// CompareTo is compareTo(BigDecimal).
func (d *BigDecimal) CompareTo(val *BigDecimal) int32 { return d.Compare(val) }

// Max is max(BigDecimal).
func (d *BigDecimal) Max(val *BigDecimal) *BigDecimal {
	if d.Compare(val) >= 0 {
		return d
	}
	return val
}

// Min is min(BigDecimal).
func (d *BigDecimal) Min(val *BigDecimal) *BigDecimal {
	if d.Compare(val) <= 0 {
		return d
	}
	return val
}

// Equals is equals(Object): the same value and scale (2.0 is not 2.00).
func (d *BigDecimal) Equals(o any) bool {
	x, ok := o.(*BigDecimal)
	return ok && x != nil && x.scale == d.scale && x.unscaled.Cmp(d.unscaled) == 0
}

// HashCode is hashCode(): 31 * unscaledValue().hashCode() + scale.
func (d *BigDecimal) HashCode() int32 { return 31*bi(d.unscaled).HashCode() + d.scale }

// String is toString(): scientific notation when the exponent is small or the scale
// negative, as Java's.
func (d *BigDecimal) String() string {
	digits := new(big.Int).Abs(d.unscaled).String()
	sign := ""
	if d.unscaled.Sign() < 0 {
		sign = "-"
	}
	adjusted := -int64(d.scale) + int64(len(digits)-1)
	if d.scale >= 0 && adjusted >= -6 {
		return sign + plainDigits(digits, d.scale)
	}
	mant := digits[:1]
	if len(digits) > 1 {
		mant += "." + digits[1:]
	}
	exp := "E"
	if adjusted >= 0 {
		exp += "+"
	}
	return sign + mant + exp + strconv.FormatInt(adjusted, 10)
}

func plainDigits(digits string, scale int32) string {
	if scale <= 0 {
		if digits == "0" {
			return "0"
		}
		return digits + strings.Repeat("0", int(-scale))
	}
	if len(digits) <= int(scale) {
		digits = strings.Repeat("0", int(scale)-len(digits)+1) + digits
	}
	return digits[:len(digits)-int(scale)] + "." + digits[len(digits)-int(scale):]
}

// ToPlainString is toPlainString().
func (d *BigDecimal) ToPlainString() string {
	sign := ""
	if d.unscaled.Sign() < 0 {
		sign = "-"
	}
	return sign + plainDigits(new(big.Int).Abs(d.unscaled).String(), d.scale)
}

// ToBigInteger is toBigInteger(): the integer part.
func (d *BigDecimal) ToBigInteger() *BigInteger {
	return bi(d.SetScale(0, RoundingModeDown).unscaled)
}

// DoubleValue is doubleValue(): correctly rounded.
func (d *BigDecimal) DoubleValue() float64 {
	f, _ := strconv.ParseFloat(d.String(), 64)
	return f
}

// FloatValue is floatValue().
func (d *BigDecimal) FloatValue() float32 {
	f, _ := strconv.ParseFloat(d.String(), 32)
	return float32(f)
}

// LongValue is longValue(): the integer part's low 64 bits.
func (d *BigDecimal) LongValue() int64 { return d.ToBigInteger().LongValue() }

// IntValue is intValue().
func (d *BigDecimal) IntValue() int32 { return int32(d.LongValue()) }

func init() {
	registerClassNames(map[string]string{
		"BigInteger":   "java.math.BigInteger",
		"BigDecimal":   "java.math.BigDecimal",
		"MathContext":  "java.math.MathContext",
		"RoundingMode": "java.math.RoundingMode",
	})
}

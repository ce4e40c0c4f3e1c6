package java

import (
	"math"
	"sync"
	"unsafe"
)

// java.lang.Math (and StrictMath, whose stubs map to the same functions). Overloads that
// differ only in the numeric type are one generic function (Math.max(int, int) and
// Math.max(double, double) are both MathMax). The transcendental functions are fdlibm's
// (lang_fdlibm.go): StrictMath's results exactly, and Math's too except where HotSpot
// computes Math with Intel's libm (sin, cos, tan, exp, log, log10, pow), which differs
// from StrictMath by an ulp in a few percent of cases.

const (
	// MathPi is Math.PI.
	MathPi float64 = math.Pi
	// MathE is Math.E.
	MathE float64 = math.E
)

// Number is the constraint of the numeric overloads of Math (int, long, float, double).
type Number interface {
	~int32 | ~int64 | ~float32 | ~float64
}

// Integral is the constraint of Math's int/long overloads.
type Integral interface {
	~int32 | ~int64
}

// Floating is the constraint of Math's float/double overloads.
type Floating interface {
	~float32 | ~float64
}

// MathAbs is Math.abs: abs(MIN_VALUE) is MIN_VALUE; abs(-0.0) is 0.0.
func MathAbs[T Number](a T) T {
	if a != a { // NaN
		return a
	}
	if a < 0 {
		return -a
	}
	return a + 0 // -0.0 + 0 is 0.0
}

// MathMax is Math.max: NaN if either is NaN, and 0.0 above -0.0, for floating point.
func MathMax[T Number](a, b T) T {
	if a != a {
		return a
	}
	if b != b {
		return b
	}
	if a == 0 && b == 0 && a == b {
		if math.Signbit(float64(a)) {
			return b
		}
		return a
	}
	if a >= b {
		return a
	}
	return b
}

// MathMin is Math.min: NaN if either is NaN, and -0.0 below 0.0, for floating point.
func MathMin[T Number](a, b T) T {
	if a != a {
		return a
	}
	if b != b {
		return b
	}
	if a == 0 && b == 0 && a == b {
		if math.Signbit(float64(a)) {
			return a
		}
		return b
	}
	if a <= b {
		return a
	}
	return b
}

// MathClamp is Math.clamp (Java 21; provided for code that backports it).
func MathClamp[T Number](value, lo, hi T) T {
	if lo > hi {
		panic(NewIllegalArgumentException2(Str(lo) + " > " + Str(hi)))
	}
	return MathMin(hi, MathMax(value, lo))
}

// MathSignum is Math.signum(double|float).
func MathSignum[T Floating](d T) T {
	switch {
	case d > 0:
		return 1
	case d < 0:
		return -1
	}
	return d // NaN, 0.0, -0.0
}

// MathCopySign is Math.copySign(double|float).
func MathCopySign[T Floating](magnitude, sign T) T {
	return T(math.Copysign(float64(magnitude), float64(sign)))
}

// MathPow is Math.pow(double, double).
func MathPow(a, b float64) float64 { return fdPow(a, b) }

// MathSqrt is Math.sqrt(double).
func MathSqrt(a float64) float64 { return math.Sqrt(a) }

// MathCbrt is Math.cbrt(double).
func MathCbrt(a float64) float64 { return fdCbrt(a) }

// MathFloor is Math.floor(double).
func MathFloor(a float64) float64 { return math.Floor(a) }

// MathCeil is Math.ceil(double).
func MathCeil(a float64) float64 { return math.Ceil(a) }

// MathRint is Math.rint(double): the nearest integer, ties to even.
func MathRint(a float64) float64 { return math.RoundToEven(a) }

// MathRound is Math.round(double): floor(a + 0.5) computed exactly, saturated to long.
func MathRound(a float64) int64 {
	f := math.Floor(a)
	if a-f >= 0.5 {
		f++
	}
	return D2L(f)
}

// MathRoundFloat is Math.round(float): floor(a + 0.5) computed exactly, saturated to int.
func MathRoundFloat(a float32) int32 {
	f := float32(math.Floor(float64(a)))
	if a-f >= 0.5 {
		f++
	}
	return F2I(f)
}

// MathHypot is Math.hypot(double, double).
func MathHypot(x, y float64) float64 { return fdHypot(x, y) }

// MathExp is Math.exp(double).
func MathExp(a float64) float64 { return fdExp(a) }

// MathExpm1 is Math.expm1(double).
func MathExpm1(a float64) float64 { return math.Expm1(a) }

// MathLog is Math.log(double).
func MathLog(a float64) float64 { return fdLog(a) }

// MathLog10 is Math.log10(double).
func MathLog10(a float64) float64 { return fdLog10(a) }

// MathLog1p is Math.log1p(double).
func MathLog1p(a float64) float64 { return math.Log1p(a) }

// MathSin is Math.sin(double).
func MathSin(a float64) float64 { return fdSin(a) }

// MathCos is Math.cos(double).
func MathCos(a float64) float64 { return fdCos(a) }

// MathTan is Math.tan(double).
func MathTan(a float64) float64 { return fdTan(a) }

// MathAsin is Math.asin(double).
func MathAsin(a float64) float64 { return fdAsin(a) }

// MathAcos is Math.acos(double).
func MathAcos(a float64) float64 { return fdAcos(a) }

// MathAtan is Math.atan(double).
func MathAtan(a float64) float64 { return fdAtan(a) }

// MathAtan2 is Math.atan2(double, double).
func MathAtan2(y, x float64) float64 { return fdAtan2(y, x) }

// MathSinh is Math.sinh(double).
func MathSinh(a float64) float64 { return fdSinh(a) }

// MathCosh is Math.cosh(double).
func MathCosh(a float64) float64 { return fdCosh(a) }

// MathTanh is Math.tanh(double).
func MathTanh(a float64) float64 { return fdTanh(a) }

// MathToRadians is Math.toRadians(double).
func MathToRadians(angdeg float64) float64 { return angdeg * (math.Pi / 180) }

// MathToDegrees is Math.toDegrees(double).
func MathToDegrees(angrad float64) float64 { return angrad * (180 / math.Pi) }

// MathUlp is Math.ulp(double).
func MathUlp(d float64) float64 {
	switch {
	case d != d:
		return d
	case math.IsInf(d, 0):
		return math.Inf(1)
	}
	d = math.Abs(d)
	if d == math.MaxFloat64 {
		return math.Pow(2, 971)
	}
	return math.Nextafter(d, math.Inf(1)) - d
}

// MathNextUp is Math.nextUp(double).
func MathNextUp(d float64) float64 { return math.Nextafter(d, math.Inf(1)) }

// MathNextDown is Math.nextDown(double).
func MathNextDown(d float64) float64 { return math.Nextafter(d, math.Inf(-1)) }

// MathNextAfter is Math.nextAfter(double, double).
func MathNextAfter(start, direction float64) float64 { return math.Nextafter(start, direction) }

// MathGetExponent is Math.getExponent(double).
func MathGetExponent(d float64) int32 { return int32(math.Float64bits(d)>>52&0x7FF) - 1023 }

// MathScalb is Math.scalb(double, int).
func MathScalb(d float64, scaleFactor int32) float64 { return math.Ldexp(d, int(scaleFactor)) }

// MathIEEEremainder is Math.IEEEremainder(double, double).
func MathIEEEremainder(f1, f2 float64) float64 { return math.Remainder(f1, f2) }

// MathFma is Math.fma(double, double, double).
func MathFma(a, b, c float64) float64 { return math.FMA(a, b, c) }

var (
	mathRandomOnce sync.Once
	mathRandom     *Random
)

// MathRandom is Math.random(): a double in [0, 1) from one shared java.util.Random.
func MathRandom() float64 {
	mathRandomOnce.Do(func() { mathRandom = NewRandom() })
	return mathRandom.NextDouble()
}

// MathFloorDiv is Math.floorDiv(int|long, int|long): the quotient rounded toward
// negative infinity.
func MathFloorDiv[T Integral](x, y T) T {
	if y == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// MathFloorMod is Math.floorMod(int|long, int|long): the modulus with the divisor's sign.
func MathFloorMod[T Integral](x, y T) T {
	if y == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	m := x % y
	if m != 0 && ((m < 0) != (y < 0)) {
		m += y
	}
	return m
}

func overflow[T Integral](v T) {
	if unsafe.Sizeof(v) == 8 {
		panic(NewArithmeticException2("long overflow"))
	}
	panic(NewArithmeticException2("integer overflow"))
}

// MathAddExact is Math.addExact(int|long): ArithmeticException on overflow.
func MathAddExact[T Integral](x, y T) T {
	r := x + y
	if (x^r)&(y^r) < 0 {
		overflow(r)
	}
	return r
}

// MathSubtractExact is Math.subtractExact(int|long).
func MathSubtractExact[T Integral](x, y T) T {
	r := x - y
	if (x^y)&(x^r) < 0 {
		overflow(r)
	}
	return r
}

// MathMultiplyExact is Math.multiplyExact(int|long).
func MathMultiplyExact[T Integral](x, y T) T {
	r := x * y
	if x != 0 && (r/x != y || (x == -1 && y == minOf[T]())) {
		overflow(r)
	}
	return r
}

func minOf[T Integral]() T {
	var one T = 1
	return one << (unsafe.Sizeof(one)*8 - 1) // wraps to the type's minimum
}

// MathIncrementExact is Math.incrementExact(int|long).
func MathIncrementExact[T Integral](a T) T { return MathAddExact(a, 1) }

// MathDecrementExact is Math.decrementExact(int|long).
func MathDecrementExact[T Integral](a T) T { return MathSubtractExact(a, 1) }

// MathNegateExact is Math.negateExact(int|long).
func MathNegateExact[T Integral](a T) T {
	if a == minOf[T]() {
		overflow(a)
	}
	return -a
}

// MathAbsExact is Math.absExact(int|long).
func MathAbsExact[T Integral](a T) T {
	if a == minOf[T]() {
		if unsafe.Sizeof(a) == 8 {
			panic(NewArithmeticException2("Overflow to represent absolute value of Long.MIN_VALUE"))
		}
		panic(NewArithmeticException2("Overflow to represent absolute value of Integer.MIN_VALUE"))
	}
	return MathAbs(a)
}

// MathToIntExact is Math.toIntExact(long).
func MathToIntExact(value int64) int32 {
	if int64(int32(value)) != value {
		panic(NewArithmeticException2("integer overflow"))
	}
	return int32(value)
}

// D2I is Java's (int) cast of a double: truncation, saturating at the int range, NaN 0.
func D2I(d float64) int32 {
	switch {
	case d != d:
		return 0
	case d >= 2147483647:
		return IntegerMaxValue
	case d <= -2147483648:
		return IntegerMinValue
	}
	return int32(d)
}

// D2L is Java's (long) cast of a double.
func D2L(d float64) int64 {
	switch {
	case d != d:
		return 0
	case d >= 9223372036854775807:
		return LongMaxValue
	case d <= -9223372036854775808:
		return LongMinValue
	}
	return int64(d)
}

// F2I is Java's (int) cast of a float.
func F2I(f float32) int32 { return D2I(float64(f)) }

// F2L is Java's (long) cast of a float.
func F2L(f float32) int64 { return D2L(float64(f)) }

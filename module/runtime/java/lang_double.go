package java

import (
	"math"
	"strconv"
)

// The statics of java.lang.Double, Float and Boolean. The boxed types are `*float64`,
// `*float32` and `*bool`.

// Double and Float constants.
const (
	// DoubleMaxValue is Double.MAX_VALUE.
	DoubleMaxValue float64 = math.MaxFloat64
	// DoubleMinValue is Double.MIN_VALUE (the smallest positive value, 4.9E-324).
	DoubleMinValue float64 = math.SmallestNonzeroFloat64
	// DoubleMinNormal is Double.MIN_NORMAL.
	DoubleMinNormal float64 = 0x1.0p-1022
	// DoubleMaxExponent is Double.MAX_EXPONENT.
	DoubleMaxExponent int32 = 1023
	// DoubleMinExponent is Double.MIN_EXPONENT.
	DoubleMinExponent int32 = -1022
	// DoubleSize is Double.SIZE.
	DoubleSize int32 = 64
	// DoubleBytes is Double.BYTES.
	DoubleBytes int32 = 8
	// FloatMaxValue is Float.MAX_VALUE.
	FloatMaxValue float32 = math.MaxFloat32
	// FloatMinValue is Float.MIN_VALUE (1.4E-45).
	FloatMinValue float32 = math.SmallestNonzeroFloat32
	// FloatMinNormal is Float.MIN_NORMAL.
	FloatMinNormal float32 = 0x1.0p-126
	// FloatMaxExponent is Float.MAX_EXPONENT.
	FloatMaxExponent int32 = 127
	// FloatMinExponent is Float.MIN_EXPONENT.
	FloatMinExponent int32 = -126
	// FloatSize is Float.SIZE.
	FloatSize int32 = 32
	// FloatBytes is Float.BYTES.
	FloatBytes int32 = 4
)

var (
	// DoublePositiveInfinity is Double.POSITIVE_INFINITY.
	DoublePositiveInfinity = math.Inf(1)
	// DoubleNegativeInfinity is Double.NEGATIVE_INFINITY.
	DoubleNegativeInfinity = math.Inf(-1)
	// DoubleNaN is Double.NaN.
	DoubleNaN = math.NaN()
	// FloatPositiveInfinity is Float.POSITIVE_INFINITY.
	FloatPositiveInfinity = float32(math.Inf(1))
	// FloatNegativeInfinity is Float.NEGATIVE_INFINITY.
	FloatNegativeInfinity = float32(math.Inf(-1))
	// FloatNaN is Float.NaN.
	FloatNaN = float32(math.NaN())
)

// javaFloatSyntax checks s (already trimmed) against the grammar of Double.valueOf and
// returns the text strconv.ParseFloat reads the same way ("NaN", "Infinity", decimal and
// hexadecimal forms, an optional f/F/d/D suffix), or panics NumberFormatException.
func javaFloatSyntax(in string) string {
	if in == "" {
		panic(NewNumberFormatException2("empty String"))
	}
	bad := func() { panic(NewNumberFormatException2("For input string: \"" + in + "\"")) }
	s := in
	sign := ""
	if s[0] == '+' || s[0] == '-' {
		sign, s = s[:1], s[1:]
	}
	switch s {
	case "NaN":
		return "NaN"
	case "Infinity":
		return sign + "Inf"
	}
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'f', 'F', 'd', 'D':
			s = s[:n-1]
		}
	}
	hex := len(s) > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	i := 0
	if hex {
		i = 2
	}
	isDig := func(c byte) bool {
		if hex {
			return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
		}
		return c >= '0' && c <= '9'
	}
	nDigits := 0
	for i < len(s) && isDig(s[i]) {
		i++
		nDigits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && isDig(s[i]) {
			i++
			nDigits++
		}
		if i < len(s) && s[i] == '.' {
			panic(NewNumberFormatException2("multiple points"))
		}
	}
	if nDigits == 0 {
		bad()
	}
	expChar := byte('e')
	if hex {
		expChar = 'p'
	}
	if i < len(s) && (s[i]|0x20) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		start := i
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == start {
			bad()
		}
	} else if hex {
		bad() // a hexadecimal literal needs its binary exponent
	}
	if i != len(s) {
		bad()
	}
	return sign + s
}

// DoubleParseDouble is Double.parseDouble(String).
func DoubleParseDouble(s string) float64 {
	v, _ := strconv.ParseFloat(javaFloatSyntax(Trim(s)), 64) // out of range: ±Inf or 0, as Java
	return v
}

// DoubleValueOf is Double.valueOf(double).
func DoubleValueOf(d float64) *float64 { return &d }

// DoubleValueOfString is Double.valueOf(String).
func DoubleValueOfString(s string) *float64 { return DoubleValueOf(DoubleParseDouble(s)) }

// DoubleToString is Double.toString(double).
func DoubleToString(d float64) string { return DoubleStr(d) }

// DoubleIsNaN is Double.isNaN(double).
func DoubleIsNaN(d float64) bool { return d != d }

// DoubleIsInfinite is Double.isInfinite(double).
func DoubleIsInfinite(d float64) bool { return math.IsInf(d, 0) }

// DoubleIsFinite is Double.isFinite(double).
func DoubleIsFinite(d float64) bool { return !math.IsInf(d, 0) && d == d }

// DoubleDoubleToLongBits is Double.doubleToLongBits(double): NaNs collapse to one.
func DoubleDoubleToLongBits(d float64) int64 {
	if d != d {
		return 0x7ff8000000000000
	}
	return int64(math.Float64bits(d))
}

// DoubleDoubleToRawLongBits is Double.doubleToRawLongBits(double).
func DoubleDoubleToRawLongBits(d float64) int64 { return int64(math.Float64bits(d)) }

// DoubleLongBitsToDouble is Double.longBitsToDouble(long).
func DoubleLongBitsToDouble(bits int64) float64 { return math.Float64frombits(uint64(bits)) }

// DoubleHashCode is Double.hashCode(double).
func DoubleHashCode(d float64) int32 { return LongHashCode(DoubleDoubleToLongBits(d)) }

// DoubleCompare is Double.compare(double, double): -0.0 < 0.0, NaN above everything.
func DoubleCompare(a, b float64) int32 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return LongCompare(DoubleDoubleToLongBits(a), DoubleDoubleToLongBits(b))
}

// DoubleSum is Double.sum(double, double).
func DoubleSum(a, b float64) float64 { return a + b }

// DoubleMax is Double.max(double, double).
func DoubleMax(a, b float64) float64 { return MathMax(a, b) }

// DoubleMin is Double.min(double, double).
func DoubleMin(a, b float64) float64 { return MathMin(a, b) }

// FloatParseFloat is Float.parseFloat(String).
func FloatParseFloat(s string) float32 {
	v, _ := strconv.ParseFloat(javaFloatSyntax(Trim(s)), 32)
	return float32(v)
}

// FloatValueOf is Float.valueOf(float).
func FloatValueOf(f float32) *float32 { return &f }

// FloatValueOfString is Float.valueOf(String).
func FloatValueOfString(s string) *float32 { return FloatValueOf(FloatParseFloat(s)) }

// FloatToString is Float.toString(float).
func FloatToString(f float32) string { return FloatStr(f) }

// FloatIsNaN is Float.isNaN(float).
func FloatIsNaN(f float32) bool { return f != f }

// FloatIsInfinite is Float.isInfinite(float).
func FloatIsInfinite(f float32) bool { return math.IsInf(float64(f), 0) }

// FloatIsFinite is Float.isFinite(float).
func FloatIsFinite(f float32) bool { return !math.IsInf(float64(f), 0) && f == f }

// FloatFloatToIntBits is Float.floatToIntBits(float): NaNs collapse to one.
func FloatFloatToIntBits(f float32) int32 {
	if f != f {
		return 0x7fc00000
	}
	return int32(math.Float32bits(f))
}

// FloatFloatToRawIntBits is Float.floatToRawIntBits(float).
func FloatFloatToRawIntBits(f float32) int32 { return int32(math.Float32bits(f)) }

// FloatIntBitsToFloat is Float.intBitsToFloat(int).
func FloatIntBitsToFloat(bits int32) float32 { return math.Float32frombits(uint32(bits)) }

// FloatHashCode is Float.hashCode(float).
func FloatHashCode(f float32) int32 { return FloatFloatToIntBits(f) }

// FloatCompare is Float.compare(float, float).
func FloatCompare(a, b float32) int32 {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return IntegerCompare(FloatFloatToIntBits(a), FloatFloatToIntBits(b))
}

// FloatSum is Float.sum(float, float).
func FloatSum(a, b float32) float32 { return a + b }

// FloatMax is Float.max(float, float).
func FloatMax(a, b float32) float32 { return float32(MathMax(float64(a), float64(b))) }

// FloatMin is Float.min(float, float).
func FloatMin(a, b float32) float32 { return float32(MathMin(float64(a), float64(b))) }

var (
	// BooleanTrue is Boolean.TRUE.
	BooleanTrue = BooleanValueOf(true)
	// BooleanFalse is Boolean.FALSE.
	BooleanFalse = BooleanValueOf(false)
)

// BooleanParseBoolean is Boolean.parseBoolean(String): "true" in any case.
func BooleanParseBoolean(s string) bool { return EqualsIgnoreCase(s, "true") }

// BooleanValueOf is Boolean.valueOf(boolean).
func BooleanValueOf(b bool) *bool { return Box(b) }

// BooleanValueOfString is Boolean.valueOf(String).
func BooleanValueOfString(s string) *bool { return BooleanValueOf(BooleanParseBoolean(s)) }

// BooleanToString is Boolean.toString(boolean).
func BooleanToString(b bool) string { return BoolStr(b) }

// BooleanHashCode is Boolean.hashCode(boolean): 1231 or 1237.
func BooleanHashCode(b bool) int32 {
	if b {
		return 1231
	}
	return 1237
}

// BooleanCompare is Boolean.compare(boolean, boolean).
func BooleanCompare(x, y bool) int32 {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// BooleanLogicalAnd is Boolean.logicalAnd(boolean, boolean).
func BooleanLogicalAnd(a, b bool) bool { return a && b }

// BooleanLogicalOr is Boolean.logicalOr(boolean, boolean).
func BooleanLogicalOr(a, b bool) bool { return a || b }

// BooleanLogicalXor is Boolean.logicalXor(boolean, boolean).
func BooleanLogicalXor(a, b bool) bool { return a != b }

// BooleanGetBoolean is Boolean.getBoolean(String): the system property is "true".
func BooleanGetBoolean(name string) bool {
	if name == "" {
		return false
	}
	return BooleanParseBoolean(SystemGetProperty(name))
}

// The instance methods of the boxed numbers (java.lang.Number's intValue() and friends),
// for a receiver of any boxed form: the primitive in an `any`, or a pointer (nil panics
// NullPointerException). Narrowing follows Java's casts.

func numberValue(n any) any {
	v := unboxed(n)
	if v == nil {
		panic(NewNullPointerException())
	}
	return v
}

// NumberIsInstance is `x instanceof Number` (Number is `any` in Go, so a type assertion
// cannot tell): a boxed Byte, Short, Integer, Long, Float or Double, or an object with
// Number's four methods (AtomicInteger, BigDecimal, a class extending Number). Character
// and Boolean are not Numbers; null is not an instance.
func NumberIsInstance(x any) bool {
	switch v := unboxed(x).(type) {
	case int8, int16, int32, int64, float32, float64:
		return true
	case interface {
		IntValue() int32
		LongValue() int64
		FloatValue() float32
		DoubleValue() float64
	}:
		return !isNull(v)
	}
	return false
}

// NumberIntValue is Number.intValue().
func NumberIntValue(n any) int32 {
	switch x := numberValue(n).(type) {
	case int32:
		return x
	case int64:
		return int32(x)
	case float64:
		return D2I(x)
	case float32:
		return F2I(x)
	case int16:
		return int32(x)
	case int8:
		return int32(x)
	case uint16:
		return int32(x)
	case interface{ IntValue() int32 }:
		return x.IntValue()
	}
	panic(NewClassCastException2(ClassNameOf(n) + " is not a java.lang.Number"))
}

// NumberLongValue is Number.longValue().
func NumberLongValue(n any) int64 {
	switch x := numberValue(n).(type) {
	case int32:
		return int64(x)
	case int64:
		return x
	case float64:
		return D2L(x)
	case float32:
		return F2L(x)
	case int16:
		return int64(x)
	case int8:
		return int64(x)
	case uint16:
		return int64(x)
	case interface{ LongValue() int64 }:
		return x.LongValue()
	}
	panic(NewClassCastException2(ClassNameOf(n) + " is not a java.lang.Number"))
}

// NumberDoubleValue is Number.doubleValue().
func NumberDoubleValue(n any) float64 {
	switch x := numberValue(n).(type) {
	case int32:
		return float64(x)
	case int64:
		return float64(x)
	case float64:
		return x
	case float32:
		return float64(x)
	case int16:
		return float64(x)
	case int8:
		return float64(x)
	case uint16:
		return float64(x)
	case interface{ DoubleValue() float64 }:
		return x.DoubleValue()
	}
	panic(NewClassCastException2(ClassNameOf(n) + " is not a java.lang.Number"))
}

// NumberFloatValue is Number.floatValue().
func NumberFloatValue(n any) float32 {
	switch x := numberValue(n).(type) {
	case int32:
		return float32(x)
	case int64:
		return float32(x)
	case float64:
		return float32(x)
	case float32:
		return x
	case int16:
		return float32(x)
	case int8:
		return float32(x)
	case uint16:
		return float32(x)
	case interface{ FloatValue() float32 }:
		return x.FloatValue()
	}
	panic(NewClassCastException2(ClassNameOf(n) + " is not a java.lang.Number"))
}

// NumberShortValue is Number.shortValue().
func NumberShortValue(n any) int16 { return int16(NumberIntValue(n)) }

// NumberByteValue is Number.byteValue().
func NumberByteValue(n any) int8 { return int8(NumberIntValue(n)) }

// BooleanBooleanValue is Boolean.booleanValue(): the value, NullPointerException for null.
func BooleanBooleanValue(b any) bool {
	if v, ok := numberValue(b).(bool); ok {
		return v
	}
	panic(NewClassCastException2(ClassNameOf(b) + " cannot be cast to class java.lang.Boolean"))
}

// CharacterCharValue is Character.charValue(): the value, NullPointerException for null.
func CharacterCharValue(c any) uint16 {
	if v, ok := numberValue(c).(uint16); ok {
		return v
	}
	panic(NewClassCastException2(ClassNameOf(c) + " cannot be cast to class java.lang.Character"))
}

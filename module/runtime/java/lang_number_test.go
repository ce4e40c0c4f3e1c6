package java

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

// Expected values printed by Java 17 (N1.java). Doubles and floats are given by their
// bits so the test checks the spelling of exactly the value Java printed.
func TestDoubleAndFloatToStringMatchJava17(t *testing.T) {
	doubles := "3ff0000000000000=1.0 4059000000000000=100.0 416312d000000000=1.0E7 416312cfe0000000=9999999.0 " +
		"3f50624dd2f1a9fc=0.001 3f5061e273273f09=9.999E-4 3fb999999999999a=0.1 3fd5555555555555=0.3333333333333333 " +
		"3fe5555555555555=0.6666666666666666 44b52d02c7e14af6=9.999999999999999E22 44c52d02c7e14af6=1.9999999999999998E23 " +
		"419d6f3454000000=1.23456789E8 4202a05f20000000=1.0E10 3ee4f8b588e368f1=1.0E-5 400921fb54442d18=3.141592653589793 " +
		"7fefffffffffffff=1.7976931348623157E308 1=4.9E-324 10000000000000=2.2250738585072014E-308 " +
		"43b0000000000000=1.15292150460684698E18 4011666666666666=4.35 3fd3333333333333=0.3 4059200000000000=100.5 " +
		"444b1ae4d6e2ef50=1.0E21 4480f0cf064dd592=1.0E22 4340000000000000=9.007199254740992E15 " +
		"1aa74fe1c1e8908=1.2345678901234568E-300 " +
		// From a 600,000-value comparison with the JDK, cases a shortest-digits algorithm
		// gets wrong: integers above 2^53 and FloatingDecimal's rounding near 2^84.
		"43c75ecd1fcb059e=3.3680176942339348E18 4384a5c4b5b6a1cb=1.85976442080999776E17 " +
		"45355bf56623a559=2.5821704374054426E25 45373055f4fab761=2.8033553068183795E25 " +
		"c000000000000000=-2.0 8000000000000000=-0.0 7ff0000000000000=Infinity fff0000000000000=-Infinity 7ff8000000000001=NaN"
	for _, kv := range strings.Fields(doubles) {
		hex, want, _ := strings.Cut(kv, "=")
		bits := uint64(0)
		for _, c := range hex {
			bits = bits*16 + uint64(strings.IndexRune("0123456789abcdef", c))
		}
		if got := DoubleStr(math.Float64frombits(bits)); got != want {
			t.Errorf("Double.toString(0x%s) = %s, want %s", hex, got, want)
		}
	}
	floats := "3f800000=1.0 3dcccccd=0.1 4b189680=1.0E7 3a83126f=0.001 7f7fffff=3.4028235E38 1=1.4E-45 " +
		"4b800000=1.6777216E7 800000=1.17549435E-38 3eaaaaab=0.33333334 47f12065=123456.79 " +
		"5cc45c03=4.42162107E17 6a402e11=5.8082824E25 ea451676=-5.9566113E25"
	for _, kv := range strings.Fields(floats) {
		hex, want, _ := strings.Cut(kv, "=")
		bits := uint32(0)
		for _, c := range hex {
			bits = bits*16 + uint32(strings.IndexRune("0123456789abcdef", c))
		}
		if got := FloatStr(math.Float32frombits(bits)); got != want {
			t.Errorf("Float.toString(0x%s) = %s, want %s", hex, got, want)
		}
	}
}

// x instanceof Number for Integer 1, Long 2, Double 3.0, Short, Byte, Float, "7",
// Character 'c', Boolean true, AtomicInteger, BigDecimal, Level.INFO, null:
// Java 17: true true true true true true false false false true true false false
func TestNumberIsInstance(t *testing.T) {
	values := []any{Box[int32](1), int64(2), 3.0, int16(4), int8(5), float32(6), "7", uint16('c'), true,
		NewAtomicInteger2(8), NewBigDecimal("9.5"), LevelInfo, nil}
	got := ""
	for _, v := range values {
		got += Str(NumberIsInstance(v)) + " "
	}
	uExpect(t, "instanceof Number", got, "true true true true true true false false false true true false false ")
}

func TestParseAndFormatIntegers(t *testing.T) {
	got := strings.Join([]string{
		IntStr(IntegerParseInt("-2147483648")), IntStr(IntegerParseInt("+17")), IntStr(IntegerParseInt2("7fffffff", 16)),
		IntStr(IntegerParseInt2("-zz", 36)), LongStr(LongParseLong("-9223372036854775808")), IntStr(IntegerParseInt("١٢٣")),
		IntStr(IntegerParseUnsignedInt("4294967295")), LongStr(LongParseUnsignedLong("18446744073709551615")),
	}, " ")
	if want := "-2147483648 17 2147483647 -1295 -9223372036854775808 123 -1 -1"; got != want {
		t.Errorf("parse: %s\nwant   %s", got, want)
	}
	got = IntStr(*IntegerDecode("0x1F")) + " " + IntStr(*IntegerDecode("-010")) + " " + IntStr(*IntegerDecode("#ff")) + " " + LongStr(*LongDecode("0"))
	if got != "31 -8 255 0" {
		t.Errorf("decode: %s", got)
	}
	got = strings.Join([]string{IntegerToString2(255, 16), IntegerToString2(-255, 2), IntegerToHexString(-1), IntegerToBinaryString(10),
		IntegerToOctalString(-8), LongToHexString(-1), LongToString2(-255, 36), IntegerToUnsignedString(-1), LongToUnsignedString(-1),
		IntegerToString2(5, 99)}, " ")
	if want := "ff -11111111 ffffffff 1010 37777777770 ffffffffffffffff -73 4294967295 18446744073709551615 5"; got != want {
		t.Errorf("toString: %s\nwant      %s", got, want)
	}
	vals := []any{IntegerBitCount(-1), IntegerReverse(1), IntegerHighestOneBit(100), IntegerLowestOneBit(100),
		IntegerNumberOfLeadingZeros(1), IntegerNumberOfTrailingZeros(8), IntegerRotateLeft(-0x7fffffff, 1), IntegerRotateRight(1, 1),
		LongBitCount(-1), LongRotateLeft(1, 65), LongHighestOneBit(-1), IntegerReverseBytes(0x01020304), IntegerSignum(-9),
		LongNumberOfLeadingZeros(0), IntegerCompareUnsigned(-1, 1), IntegerDivideUnsigned(-1, 2)}
	if got, want := joinStr(vals), "32 -2147483648 64 4 31 3 3 -2147483648 64 2 -9223372036854775808 67305985 -1 64 1 2147483647"; got != want {
		t.Errorf("bits: %s\nwant  %s", got, want)
	}
	hashes := []any{LongHashCode(1 << 40), DoubleHashCode(1.5), FloatHashCode(1.5), BooleanHashCode(true),
		DoubleDoubleToLongBits(math.NaN()), DoubleDoubleToRawLongBits(math.Copysign(0, -1)), FloatFloatToIntBits(-1.5)}
	if got, want := joinStr(hashes), "256 1073217536 1069547520 1231 9221120237041090560 -9223372036854775808 -1077936128"; got != want {
		t.Errorf("hashes: %s", got)
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { IntegerParseInt("12a") }, `For input string: "12a"`},
		{func() { IntegerParseInt("") }, `For input string: ""`},
		{func() { IntegerParseInt("-") }, `For input string: "-"`},
		{func() { IntegerParseInt2("zz", 16) }, `For input string: "zz" under radix 16`},
		{func() { IntegerParseInt2("1", 99) }, "radix 99 greater than Character.MAX_RADIX"},
		{func() { IntegerParseInt("2147483648") }, `For input string: "2147483648"`},
		{func() { ShortParseShort("40000") }, `Value out of range. Value:"40000" Radix:10`},
		{func() { LongParseLong("99999999999999999999") }, `For input string: "99999999999999999999"`},
		{func() { IntegerDecode("-0x") }, `For input string: "-" under radix 16`},
		{func() { DoubleParseDouble("1.2.3") }, "multiple points"},
		{func() { DoubleParseDouble("") }, "empty String"},
	}
	for _, c := range errs {
		ex := Try(c.f)
		if _, ok := ex.(NumberFormatException); !ok || ex.Message() != c.want {
			t.Errorf("got %v, want NumberFormatException: %s", ex, c.want)
		}
	}
}

func joinStr(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = Str(v)
	}
	return strings.Join(parts, " ")
}

func TestParseDoubleAcceptsJavaSyntaxOnly(t *testing.T) {
	vals := []any{DoubleParseDouble(" 1.5e3 "), DoubleParseDouble("-.5"), DoubleParseDouble("1."), DoubleParseDouble("0x1.8p1"),
		DoubleParseDouble("2f"), DoubleParseDouble("1e400"), DoubleParseDouble("-Infinity"), DoubleParseDouble("NaN"),
		FloatParseFloat("1.1"), DoubleParseDouble("1e-400")}
	if got, want := joinStr(vals), "1500.0 -0.5 1.0 3.0 2.0 Infinity -Infinity NaN 1.1 0.0"; got != want {
		t.Errorf("parseDouble: %s\nwant %s", got, want)
	}
	for _, bad := range []string{"1e", "e5", ".", "0x1.8", "Inf", "1_000", "1.5ff", "--1", "1.5 f"} {
		ex := Try(func() { DoubleParseDouble(bad) })
		if ex == nil || ex.Message() != `For input string: "`+bad+`"` {
			t.Errorf("parseDouble(%q): %v", bad, ex)
		}
	}
}

func TestMathFollowsJava(t *testing.T) {
	vals := []any{MathRound(2.5), MathRound(-2.5), MathRound(0.49999999999999994), MathRound(-0.5), MathRoundFloat(2.5),
		MathRound(math.NaN()), MathRound(1e20), MathRoundFloat(-1e20), MathRint(2.5), MathRint(3.5), MathFloorDiv[int32](-7, 2),
		MathFloorMod[int32](-7, 2), MathFloorMod[int32](7, -2), MathFloorDiv[int64](7, -2), MathAbs(IntegerMinValue),
		MathAbs(math.Copysign(0, -1)), MathMax(math.Copysign(0, -1), 0.0), MathMin(math.Copysign(0, -1), 0.0),
		MathMax(math.NaN(), 1.0), MathSignum(-3.0), MathSignum(math.Copysign(0, -1)), MathPow(1, math.NaN()),
		MathPow(-1, math.Inf(1)), MathSqrt(-1), MathCbrt(27), MathHypot(3, 4), MathToDegrees(math.Pi), MathToRadians(180),
		MathCeil(-0.5), MathFloor(-0.5), MathUlp(1.0), MathGetExponent(1024.0)}
	want := "3 -2 0 0 3 0 9223372036854775807 -2147483648 2.0 4.0 -4 1 -1 -4 -2147483648 0.0 0.0 -0.0 NaN -1.0 -0.0 NaN NaN NaN 3.0 5.0 180.0 3.141592653589793 -0.0 -1.0 2.220446049250313E-16 10"
	if got := joinStr(vals); got != want {
		t.Errorf("math: %s\nwant  %s", got, want)
	}
	// Java's Math on HotSpot/x86-64 computes sin, cos, tan, exp, log, log10 and pow with
	// Intel's libm; the runtime gives StrictMath's (fdlibm) results, which are Math's or one
	// ulp away (exp(1) and tan(1) here); the others are Math's exactly.
	trig := []struct {
		got, want float64
		ulps      int
	}{
		{MathSin(1), 0.8414709848078965, 0}, {MathCos(1), 0.5403023058681398, 0}, {MathTan(1), 1.5574077246549023, 1},
		{MathAsin(0.5), 0.5235987755982989, 0}, {MathAcos(0.5), 1.0471975511965979, 0}, {MathAtan(1), 0.7853981633974483, 0},
		{MathAtan2(1, -1), 2.356194490192345, 0}, {MathExp(1), 2.718281828459045, 1}, {MathLog(10), 2.302585092994046, 0},
		{MathLog10(1000), 3.0, 0}, {MathPow(2, 0.5), 1.4142135623730951, 0}, {MathPow(10, -2), 0.01, 0},
		{MathSinh(1), 1.1752011936438014, 0}, {MathExpm1(1e-10), 1.00000000005e-10, 0}, {MathLog1p(1e-10), 9.999999999500001e-11, 0},
	}
	for i, c := range trig {
		d := int64(math.Float64bits(c.got)) - int64(math.Float64bits(c.want))
		if d < -int64(c.ulps) || d > int64(c.ulps) {
			t.Errorf("trig %d: %v, want %v (within %d ulp)", i, c.got, c.want, c.ulps)
		}
	}
	casts := []any{D2I(3.99e10), D2I(-1e10), D2I(math.NaN()), D2L(1e19), D2L(-0.99), F2I(2.5), F2L(float32(math.Inf(1))), D2I(-2147483648.5)}
	if got := joinStr(casts); got != "2147483647 -2147483648 0 9223372036854775807 0 2 9223372036854775807 -2147483648" {
		t.Errorf("casts: %s", got)
	}
	exact := []struct {
		f    func()
		want string
	}{
		{func() { MathAddExact(IntegerMaxValue, 1) }, "integer overflow"},
		{func() { MathMultiplyExact(LongMinValue, -1) }, "long overflow"},
		{func() { MathToIntExact(1 << 31) }, "integer overflow"},
		{func() { MathNegateExact(IntegerMinValue) }, "integer overflow"},
		{func() { MathAbsExact(LongMinValue) }, "Overflow to represent absolute value of Long.MIN_VALUE"},
		{func() { MathFloorMod[int32](1, 0) }, "/ by zero"},
	}
	for _, c := range exact {
		ex := Try(c.f)
		if _, ok := ex.(ArithmeticException); !ok || ex.Message() != c.want {
			t.Errorf("got %v, want ArithmeticException: %s", ex, c.want)
		}
	}
	ok := []any{MathMultiplyExact[int32](-46341, 46340), MathAddExact[int64](-5, 3), MathMultiplyExact[int64](3037000499, 3037000499)}
	if got := joinStr(ok); got != "-2147441940 -2 9223372030926249001" {
		t.Errorf("exact: %s", got)
	}
}

func TestCharacterClassification(t *testing.T) {
	vals := []any{CharacterIsDigit('٣'), CharacterIsLetter('é'), CharacterIsLetterOrDigit('_'), CharacterIsUpperCase('Σ'),
		CharacterIsLowerCase('ª'), CharacterIsWhitespace(0xa0), CharacterIsWhitespace(0x2003), CharacterIsWhitespace(0x1c),
		CharacterIsSpaceChar(0xa0), CharacterIsAlphabetic('Ⅻ'), CharacterIsLetter('Ⅻ'), int32(CharacterToUpperCase('ß')),
		int32(CharacterToUpperCase('ÿ')), CharacterToLowerCase('İ'), CharacterGetNumericValue(uint16('Z')),
		CharacterGetNumericValue(uint16('٣')), CharacterDigit(uint16('f'), 16), CharacterDigit(uint16('g'), 16),
		CharacterForDigit(11, 16), CharacterDigit(uint16('Ｆ'), 16), CharacterIsJavaIdentifierStart('$'),
		CharacterIsJavaIdentifierPart(0), int32(len(CharacterToChars(0x1F600))), CharacterIsISOControl(0x85),
		CharacterGetNumericValue(uint16('Ⅻ'))}
	vals = append(vals, CharacterGetNumericValue(uint16('²')), CharacterGetNumericValue(uint16('½')), CharacterGetNumericValue(uint16('⑳')),
		CharacterGetNumericValue(int32(0x4E94)), CharacterIsDefined(0x378), CharacterIsDefined(0xE000))
	want := "true true false true true false true true true true false 223 376 i 35 3 15 -1 b 15 true true 2 true 12 2 -2 20 -1 false true"
	if got := joinStr(vals); got != want {
		t.Errorf("Character: %s\nwant       %s", got, want)
	}
}

func TestRandomMatchesJavaSequences(t *testing.T) {
	r := NewRandom2(42)
	vals := []any{r.NextInt(), r.NextIntBound(100), r.NextIntBound(1 << 10), r.NextLong(), r.NextDouble(), r.NextFloat(),
		r.NextBoolean(), r.NextGaussian(), r.NextGaussian(), r.NextIntRange(5, 10), r.NextIntRange(-5, IntegerMaxValue),
		r.NextLongBound(1000), r.NextLongRange(-3, 3), r.NextDoubleBound(2.0), r.NextDoubleRange(1.0, 2.0)}
	want := "-1170105035 63 699 884324181205335268 0.9420735430282128 0.70771056 true -0.8761154839986063 -0.10449443722947346 7 1184328952 928 2 1.996357200125688 1.1519582485629762"
	if got := joinStr(vals); got != want {
		t.Errorf("Random(42): %s\nwant        %s", got, want)
	}
	bs := make([]int8, 7)
	NewRandom2(7).NextBytes(bs)
	if !reflect.DeepEqual(bs, []int8{-103, 23, 15, -69, 24, 52, 119}) {
		t.Errorf("nextBytes %v", bs)
	}
	g := NewRandom2(123)
	var gauss []any
	for i := 0; i < 20; i++ {
		gauss = append(gauss, g.NextGaussian())
	}
	wantG := "-1.4380493091409068 0.6341950751776804 0.22606201283216426 0.2774600474034881 0.18431915554393896 -0.36521377741519273 1.3520301643454316 0.359236227002652 -0.20527935071925305 1.0174953185160527 1.3715644272288952 -1.8901985061831905 -0.46712192935671604 -0.6710741967435231 -1.6793972862029432 -0.26861132442483715 -0.30000514126403843 -1.421690929890814 0.09530193550326646 -0.3892962956652293"
	if got := joinStr(gauss); got != wantG {
		t.Errorf("nextGaussian: %s\nwant %s", got, wantG)
	}
	q := NewRandom2(-99)
	var ints []string
	for i := 0; i < 20; i++ {
		ints = append(ints, IntStr(q.NextIntBound(7))+","+IntStr(q.NextIntBound(1000000007)))
	}
	wantI := "3,323268355 1,526442740 5,527041579 4,997268078 5,527434873 2,532282887 3,491748940 2,708169175 6,46112767 4,835402431 3,141849879 5,734221664 4,435951947 2,91773950 5,66427995 2,296005774 6,417649391 3,676230317 2,46701070 5,403837891"
	if got := strings.Join(ints, " "); got != wantI {
		t.Errorf("nextInt(bound): %s", got)
	}
	if ex := Try(func() { r.NextIntBound(0) }); ex == nil || ex.Message() != "bound must be positive" {
		t.Errorf("nextInt(0): %v", ex)
	}
	a, b := NewRandom(), NewRandom()
	if a.NextLong() == b.NextLong() && a.NextLong() == b.NextLong() {
		t.Error("two unseeded Randoms gave the same sequence")
	}
}

package java

import (
	"math/bits"
	"strconv"
)

// The statics of java.lang.Integer, Long, Short and Byte. The boxed types themselves are
// `*int32`, `*int64`, `*int16`, `*int8` (nil is null); their instance methods
// (intValue(), compareTo...) are the Number* functions and Equals/HashCode/Compare/Str.

// Integer constants.
const (
	// IntegerMinValue is Integer.MIN_VALUE.
	IntegerMinValue int32 = -1 << 31
	// IntegerMaxValue is Integer.MAX_VALUE.
	IntegerMaxValue int32 = 1<<31 - 1
	// IntegerSize is Integer.SIZE.
	IntegerSize int32 = 32
	// IntegerBytes is Integer.BYTES.
	IntegerBytes int32 = 4
	// LongMinValue is Long.MIN_VALUE.
	LongMinValue int64 = -1 << 63
	// LongMaxValue is Long.MAX_VALUE.
	LongMaxValue int64 = 1<<63 - 1
	// LongSize is Long.SIZE.
	LongSize int32 = 64
	// LongBytes is Long.BYTES.
	LongBytes int32 = 8
	// ShortMinValue is Short.MIN_VALUE.
	ShortMinValue int16 = -1 << 15
	// ShortMaxValue is Short.MAX_VALUE.
	ShortMaxValue int16 = 1<<15 - 1
	// ShortSize is Short.SIZE.
	ShortSize int32 = 16
	// ShortBytes is Short.BYTES.
	ShortBytes int32 = 2
	// ByteMinValue is Byte.MIN_VALUE.
	ByteMinValue int8 = -1 << 7
	// ByteMaxValue is Byte.MAX_VALUE.
	ByteMaxValue int8 = 1<<7 - 1
	// ByteSize is Byte.SIZE.
	ByteSize int32 = 8
	// ByteBytes is Byte.BYTES.
	ByteBytes int32 = 1
)

// forInputString is NumberFormatException.forInputString.
func forInputString(s string, radix int32) *NumberFormatExceptionImpl {
	msg := "For input string: \"" + s + "\""
	if radix != 10 {
		msg += " under radix " + IntStr(radix)
	}
	return NewNumberFormatException2(msg)
}

// parseSigned is Integer.parseInt's algorithm (accumulating negatively, digits by
// Character.digit) for a result in [min, max].
func parseSigned(s string, radix int32, min, max int64) int64 {
	if IsNullString(s) {
		panic(NewNumberFormatException2("Cannot parse null string"))
	}
	checkRadix(radix)
	units := []uint16(nil)
	if isASCII(s) {
		units = make([]uint16, len(s))
		for i := 0; i < len(s); i++ {
			units[i] = uint16(s[i])
		}
	} else {
		units = appendToUnits(nil, s)
	}
	if len(units) == 0 {
		panic(forInputString(s, radix))
	}
	neg := false
	limit := -max
	i := 0
	if first := units[0]; first < '0' {
		switch first {
		case '-':
			neg = true
			limit = min
		case '+':
		default:
			panic(forInputString(s, radix))
		}
		if len(units) == 1 {
			panic(forInputString(s, radix))
		}
		i++
	}
	r := int64(radix)
	multmin := limit / r
	result := int64(0)
	for ; i < len(units); i++ {
		digit := int64(CharacterDigit(units[i], radix))
		if digit < 0 || result < multmin {
			panic(forInputString(s, radix))
		}
		result *= r
		if result < limit+digit {
			panic(forInputString(s, radix))
		}
		result -= digit
	}
	if neg {
		return result
	}
	return -result
}

func checkRadix(radix int32) {
	if radix < 2 {
		panic(NewNumberFormatException2("radix " + IntStr(radix) + " less than Character.MIN_RADIX"))
	}
	if radix > 36 {
		panic(NewNumberFormatException2("radix " + IntStr(radix) + " greater than Character.MAX_RADIX"))
	}
}

// IntegerParseInt is Integer.parseInt(String).
func IntegerParseInt(s string) int32 {
	return int32(parseSigned(s, 10, int64(IntegerMinValue), int64(IntegerMaxValue)))
}

// IntegerParseInt2 is Integer.parseInt(String, int).
func IntegerParseInt2(s string, radix int32) int32 {
	return int32(parseSigned(s, radix, int64(IntegerMinValue), int64(IntegerMaxValue)))
}

// IntegerParseUnsignedInt is Integer.parseUnsignedInt(String).
func IntegerParseUnsignedInt(s string) int32 { return IntegerParseUnsignedInt2(s, 10) }

// IntegerParseUnsignedInt2 is Integer.parseUnsignedInt(String, int).
func IntegerParseUnsignedInt2(s string, radix int32) int32 {
	if IsNullString(s) {
		panic(NewNumberFormatException2("Cannot parse null string"))
	}
	checkRadix(radix)
	if s == "" {
		panic(forInputString(s, radix))
	}
	if s[0] == '-' {
		panic(NewNumberFormatException2("Illegal leading minus sign on unsigned string " + s + "."))
	}
	v := parseSigned(s, radix, LongMinValue, LongMaxValue)
	if v>>32 != 0 {
		panic(NewNumberFormatException2("String value " + s + " exceeds range of unsigned int."))
	}
	return int32(uint32(v))
}

// IntegerValueOf is Integer.valueOf(int): the boxed value.
func IntegerValueOf(i int32) *int32 { return Box(i) }

// IntegerValueOfString is Integer.valueOf(String).
func IntegerValueOfString(s string) *int32 { return IntegerValueOf(IntegerParseInt(s)) }

// IntegerValueOfString2 is Integer.valueOf(String, int).
func IntegerValueOfString2(s string, radix int32) *int32 {
	return IntegerValueOf(IntegerParseInt2(s, radix))
}

// IntegerDecode is Integer.decode(String): decimal, 0x/0X/# hex, 0 octal, with a sign.
func IntegerDecode(nm string) *int32 {
	v := decodeInteger(nm, int64(IntegerMinValue), int64(IntegerMaxValue))
	r := int32(v)
	return &r
}

// LongDecode is Long.decode(String).
func LongDecode(nm string) *int64 {
	v := decodeInteger(nm, LongMinValue, LongMaxValue)
	return &v
}

func decodeInteger(nm string, min, max int64) int64 {
	if nm == "" {
		panic(NewNumberFormatException2("Zero length string"))
	}
	radix, index, neg := int32(10), 0, false
	switch nm[0] {
	case '-':
		neg = true
		index++
	case '+':
		index++
	}
	rest := nm[index:]
	switch {
	case len(rest) >= 2 && (rest[:2] == "0x" || rest[:2] == "0X"):
		index += 2
		radix = 16
	case len(rest) >= 1 && rest[0] == '#':
		index++
		radix = 16
	case len(rest) >= 2 && rest[0] == '0':
		index++
		radix = 8
	}
	if index < len(nm) && (nm[index] == '-' || nm[index] == '+') {
		panic(NewNumberFormatException2("Sign character in wrong position"))
	}
	digits := nm[index:]
	if neg {
		digits = "-" + digits
	}
	return parseSigned(digits, radix, min, max)
}

// IntegerToString is Integer.toString(int).
func IntegerToString(i int32) string { return IntStr(i) }

// IntegerToString2 is Integer.toString(int, int): radix outside 2..36 means 10.
func IntegerToString2(i, radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return strconv.FormatInt(int64(i), int(radix))
}

// IntegerToUnsignedString is Integer.toUnsignedString(int).
func IntegerToUnsignedString(i int32) string { return strconv.FormatUint(uint64(uint32(i)), 10) }

// IntegerToHexString is Integer.toHexString(int).
func IntegerToHexString(i int32) string { return strconv.FormatUint(uint64(uint32(i)), 16) }

// IntegerToOctalString is Integer.toOctalString(int).
func IntegerToOctalString(i int32) string { return strconv.FormatUint(uint64(uint32(i)), 8) }

// IntegerToBinaryString is Integer.toBinaryString(int).
func IntegerToBinaryString(i int32) string { return strconv.FormatUint(uint64(uint32(i)), 2) }

// IntegerHashCode is Integer.hashCode(int).
func IntegerHashCode(i int32) int32 { return i }

// IntegerCompare is Integer.compare(int, int).
func IntegerCompare(x, y int32) int32 {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// IntegerCompareUnsigned is Integer.compareUnsigned(int, int).
func IntegerCompareUnsigned(x, y int32) int32 {
	return IntegerCompare(x+IntegerMinValue, y+IntegerMinValue)
}

// IntegerToUnsignedLong is Integer.toUnsignedLong(int).
func IntegerToUnsignedLong(x int32) int64 { return int64(uint32(x)) }

// IntegerDivideUnsigned is Integer.divideUnsigned(int, int).
func IntegerDivideUnsigned(dividend, divisor int32) int32 {
	if divisor == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	return int32(uint32(dividend) / uint32(divisor))
}

// IntegerRemainderUnsigned is Integer.remainderUnsigned(int, int).
func IntegerRemainderUnsigned(dividend, divisor int32) int32 {
	if divisor == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	return int32(uint32(dividend) % uint32(divisor))
}

// IntegerSignum is Integer.signum(int).
func IntegerSignum(i int32) int32 { return IntegerCompare(i, 0) }

// IntegerBitCount is Integer.bitCount(int).
func IntegerBitCount(i int32) int32 { return int32(bits.OnesCount32(uint32(i))) }

// IntegerReverse is Integer.reverse(int).
func IntegerReverse(i int32) int32 { return int32(bits.Reverse32(uint32(i))) }

// IntegerReverseBytes is Integer.reverseBytes(int).
func IntegerReverseBytes(i int32) int32 { return int32(bits.ReverseBytes32(uint32(i))) }

// IntegerHighestOneBit is Integer.highestOneBit(int).
func IntegerHighestOneBit(i int32) int32 {
	if i == 0 {
		return 0
	}
	return int32(uint32(1) << (31 - bits.LeadingZeros32(uint32(i))))
}

// IntegerLowestOneBit is Integer.lowestOneBit(int).
func IntegerLowestOneBit(i int32) int32 { return i & -i }

// IntegerNumberOfLeadingZeros is Integer.numberOfLeadingZeros(int).
func IntegerNumberOfLeadingZeros(i int32) int32 { return int32(bits.LeadingZeros32(uint32(i))) }

// IntegerNumberOfTrailingZeros is Integer.numberOfTrailingZeros(int).
func IntegerNumberOfTrailingZeros(i int32) int32 { return int32(bits.TrailingZeros32(uint32(i))) }

// IntegerRotateLeft is Integer.rotateLeft(int, int).
func IntegerRotateLeft(i, distance int32) int32 {
	return int32(bits.RotateLeft32(uint32(i), int(distance&31)))
}

// IntegerRotateRight is Integer.rotateRight(int, int).
func IntegerRotateRight(i, distance int32) int32 {
	return int32(bits.RotateLeft32(uint32(i), -int(distance&31)))
}

// IntegerSum is Integer.sum(int, int).
func IntegerSum(a, b int32) int32 { return a + b }

// IntegerMax is Integer.max(int, int).
func IntegerMax(a, b int32) int32 { return max(a, b) }

// IntegerMin is Integer.min(int, int).
func IntegerMin(a, b int32) int32 { return min(a, b) }

// LongParseLong is Long.parseLong(String).
func LongParseLong(s string) int64 { return parseSigned(s, 10, LongMinValue, LongMaxValue) }

// LongParseLong2 is Long.parseLong(String, int).
func LongParseLong2(s string, radix int32) int64 {
	return parseSigned(s, radix, LongMinValue, LongMaxValue)
}

// LongParseUnsignedLong is Long.parseUnsignedLong(String).
func LongParseUnsignedLong(s string) int64 {
	if s == "" {
		panic(forInputString(s, 10))
	}
	if s[0] == '-' {
		panic(NewNumberFormatException2("Illegal leading minus sign on unsigned string " + s + "."))
	}
	t := s
	if t[0] == '+' {
		t = t[1:]
	}
	if t == "" || !isASCII(t) {
		panic(forInputString(s, 10))
	}
	v, err := strconv.ParseUint(t, 10, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			panic(NewNumberFormatException2("String value " + s + " exceeds range of unsigned long."))
		}
		panic(forInputString(s, 10))
	}
	return int64(v)
}

// LongValueOf is Long.valueOf(long).
func LongValueOf(l int64) *int64 { return Box(l) }

// LongValueOfString is Long.valueOf(String).
func LongValueOfString(s string) *int64 { return LongValueOf(LongParseLong(s)) }

// LongValueOfString2 is Long.valueOf(String, int).
func LongValueOfString2(s string, radix int32) *int64 { return LongValueOf(LongParseLong2(s, radix)) }

// LongToString is Long.toString(long).
func LongToString(l int64) string { return LongStr(l) }

// LongToString2 is Long.toString(long, int).
func LongToString2(l int64, radix int32) string {
	if radix < 2 || radix > 36 {
		radix = 10
	}
	return strconv.FormatInt(l, int(radix))
}

// LongToUnsignedString is Long.toUnsignedString(long).
func LongToUnsignedString(l int64) string { return strconv.FormatUint(uint64(l), 10) }

// LongToHexString is Long.toHexString(long).
func LongToHexString(l int64) string { return strconv.FormatUint(uint64(l), 16) }

// LongToOctalString is Long.toOctalString(long).
func LongToOctalString(l int64) string { return strconv.FormatUint(uint64(l), 8) }

// LongToBinaryString is Long.toBinaryString(long).
func LongToBinaryString(l int64) string { return strconv.FormatUint(uint64(l), 2) }

// LongHashCode is Long.hashCode(long).
func LongHashCode(l int64) int32 { return int32(l ^ int64(uint64(l)>>32)) }

// LongCompare is Long.compare(long, long).
func LongCompare(x, y int64) int32 {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// LongCompareUnsigned is Long.compareUnsigned(long, long).
func LongCompareUnsigned(x, y int64) int32 { return LongCompare(x+LongMinValue, y+LongMinValue) }

// LongDivideUnsigned is Long.divideUnsigned(long, long).
func LongDivideUnsigned(dividend, divisor int64) int64 {
	if divisor == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	return int64(uint64(dividend) / uint64(divisor))
}

// LongRemainderUnsigned is Long.remainderUnsigned(long, long).
func LongRemainderUnsigned(dividend, divisor int64) int64 {
	if divisor == 0 {
		panic(NewArithmeticException2("/ by zero"))
	}
	return int64(uint64(dividend) % uint64(divisor))
}

// LongSignum is Long.signum(long).
func LongSignum(l int64) int32 { return LongCompare(l, 0) }

// LongBitCount is Long.bitCount(long).
func LongBitCount(l int64) int32 { return int32(bits.OnesCount64(uint64(l))) }

// LongReverse is Long.reverse(long).
func LongReverse(l int64) int64 { return int64(bits.Reverse64(uint64(l))) }

// LongReverseBytes is Long.reverseBytes(long).
func LongReverseBytes(l int64) int64 { return int64(bits.ReverseBytes64(uint64(l))) }

// LongHighestOneBit is Long.highestOneBit(long).
func LongHighestOneBit(l int64) int64 {
	if l == 0 {
		return 0
	}
	return int64(uint64(1) << (63 - bits.LeadingZeros64(uint64(l))))
}

// LongLowestOneBit is Long.lowestOneBit(long).
func LongLowestOneBit(l int64) int64 { return l & -l }

// LongNumberOfLeadingZeros is Long.numberOfLeadingZeros(long).
func LongNumberOfLeadingZeros(l int64) int32 { return int32(bits.LeadingZeros64(uint64(l))) }

// LongNumberOfTrailingZeros is Long.numberOfTrailingZeros(long).
func LongNumberOfTrailingZeros(l int64) int32 { return int32(bits.TrailingZeros64(uint64(l))) }

// LongRotateLeft is Long.rotateLeft(long, int).
func LongRotateLeft(l int64, distance int32) int64 {
	return int64(bits.RotateLeft64(uint64(l), int(distance&63)))
}

// LongRotateRight is Long.rotateRight(long, int).
func LongRotateRight(l int64, distance int32) int64 {
	return int64(bits.RotateLeft64(uint64(l), -int(distance&63)))
}

// LongSum is Long.sum(long, long).
func LongSum(a, b int64) int64 { return a + b }

// LongMax is Long.max(long, long).
func LongMax(a, b int64) int64 { return max(a, b) }

// LongMin is Long.min(long, long).
func LongMin(a, b int64) int64 { return min(a, b) }

// ShortParseShort is Short.parseShort(String).
func ShortParseShort(s string) int16 { return ShortParseShort2(s, 10) }

// ShortParseShort2 is Short.parseShort(String, int).
func ShortParseShort2(s string, radix int32) int16 {
	i := IntegerParseInt2(s, radix)
	if i < int32(ShortMinValue) || i > int32(ShortMaxValue) {
		panic(NewNumberFormatException2("Value out of range. Value:\"" + s + "\" Radix:" + IntStr(radix)))
	}
	return int16(i)
}

// ShortValueOf is Short.valueOf(short).
func ShortValueOf(s int16) *int16 { return Box(s) }

// ShortValueOfString is Short.valueOf(String).
func ShortValueOfString(s string) *int16 { return ShortValueOf(ShortParseShort(s)) }

// ShortToString is Short.toString(short).
func ShortToString(s int16) string { return IntStr(int32(s)) }

// ShortHashCode is Short.hashCode(short).
func ShortHashCode(s int16) int32 { return int32(s) }

// ShortCompare is Short.compare(short, short): x - y.
func ShortCompare(x, y int16) int32 { return int32(x) - int32(y) }

// ShortToUnsignedInt is Short.toUnsignedInt(short).
func ShortToUnsignedInt(s int16) int32 { return int32(uint16(s)) }

// ShortReverseBytes is Short.reverseBytes(short).
func ShortReverseBytes(s int16) int16 { return int16(bits.ReverseBytes16(uint16(s))) }

// ByteParseByte is Byte.parseByte(String).
func ByteParseByte(s string) int8 { return ByteParseByte2(s, 10) }

// ByteParseByte2 is Byte.parseByte(String, int).
func ByteParseByte2(s string, radix int32) int8 {
	i := IntegerParseInt2(s, radix)
	if i < int32(ByteMinValue) || i > int32(ByteMaxValue) {
		panic(NewNumberFormatException2("Value out of range. Value:\"" + s + "\" Radix:" + IntStr(radix)))
	}
	return int8(i)
}

// ByteValueOf is Byte.valueOf(byte).
func ByteValueOf(b int8) *int8 { return Box(b) }

// ByteValueOfString is Byte.valueOf(String).
func ByteValueOfString(s string) *int8 { return ByteValueOf(ByteParseByte(s)) }

// ByteToString is Byte.toString(byte).
func ByteToString(b int8) string { return IntStr(int32(b)) }

// ByteHashCode is Byte.hashCode(byte).
func ByteHashCode(b int8) int32 { return int32(b) }

// ByteCompare is Byte.compare(byte, byte): x - y.
func ByteCompare(x, y int8) int32 { return int32(x) - int32(y) }

// ByteToUnsignedInt is Byte.toUnsignedInt(byte).
func ByteToUnsignedInt(b int8) int32 { return int32(uint8(b)) }

// ByteToUnsignedLong is Byte.toUnsignedLong(byte).
func ByteToUnsignedLong(b int8) int64 { return int64(uint8(b)) }

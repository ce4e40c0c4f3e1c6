package java

import (
	"reflect"
	"strings"
	"testing"
)

func TestBigIntegerMatchesJava(t *testing.T) {
	x, y, h := NewBigInteger("123456789012345678901234567890"), NewBigInteger2("-987654321", 10), NewBigInteger2("ff", 16)
	n97 := NewBigInteger("97")
	// Java 17 (Bi.java), first three lines.
	got := []string{x.Add(y).String(), x.Subtract(y).String(), x.Multiply(y).String(), x.Divide(y).String(), x.Mod(n97).String(),
		y.Mod(n97).String(), y.Remainder(n97).String(), h.Pow(5).String(), IntStr(x.CompareTo(y)), IntStr(x.Signum()) + IntStr(y.Signum())}
	want := "123456789012345678900246913569 123456789012345678902222222211 -121932631124828532112482853211126352690 -124999998873437499901 52 67 -30 1078203909375 1 1-1"
	if strings.Join(got, " ") != want {
		t.Errorf("arithmetic:\n%s\n%s", strings.Join(got, " "), want)
	}
	got = []string{IntStr(x.HashCode()), IntStr(y.HashCode()), IntStr(BigIntegerZero.HashCode()), IntStr(h.HashCode()), x.ToString2(16), y.ToString2(36)}
	if strings.Join(got, " ") != "1915528825 -987654321 0 255 18ee90ff6c373e0ee4e3f0ad2 -gc0uy9" {
		t.Errorf("hash/radix: %v", got)
	}
	if !reflect.DeepEqual(y.ToByteArray(), []int8{-59, 33, -105, 79}) || !reflect.DeepEqual(h.ToByteArray(), []int8{0, -1}) || !reflect.DeepEqual(BigIntegerValueOf(-128).ToByteArray(), []int8{-128}) {
		t.Error("toByteArray")
	}
	got = []string{NewBigInteger3([]int8{-1, 0}).String(), NewBigInteger4(1, []int8{-1, 0}).String(),
		BigIntegerValueOf(3).ModPow(NewBigInteger("200"), NewBigInteger("1000007")).String(), BigIntegerValueOf(3).ModInverse(BigIntegerValueOf(11)).String(),
		x.Gcd(BigIntegerValueOf(30)).String(), IntStr(x.BitLength()), IntStr(y.BitLength()), x.ShiftLeft(3).String(), y.ShiftRight(4).String(),
		LongStr(x.LongValue()), IntStr(x.IntValue()), DoubleStr(x.DoubleValue()), y.Negate().Abs().String(), BoolStr(BigIntegerValueOf(97).IsProbablePrime(20)),
		BoolStr(x.TestBit(0)), x.And(h).String(), y.Or(h).String(), y.Xor(h).String(), y.Not().String()}
	want = "-256 65280 959082 4 30 97 30 987654312098765431209876543120 -61728396 -4362896299872285998 1312754386 1.2345678901234568E29 987654321 true false 210 -987654145 -987654224 987654320"
	if strings.Join(got, " ") != want {
		t.Errorf("more:\n%s\n%s", strings.Join(got, " "), want)
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { x.Divide(BigIntegerZero) }, "java.lang.ArithmeticException: BigInteger divide by zero"},
		{func() { x.Mod(y) }, "java.lang.ArithmeticException: BigInteger: modulus not positive"},
		{func() { NewBigInteger("12x") }, "java.lang.NumberFormatException: For input string: \"12x\""},
		{func() { NewBigInteger("") }, "java.lang.NumberFormatException: Zero length BigInteger"},
		{func() { x.Pow(-1) }, "java.lang.ArithmeticException: Negative exponent"},
	}
	for _, e := range errs {
		if s := thrown(e.f); s != e.want {
			t.Errorf("%q, want %q", s, e.want)
		}
	}
	// RSA as L2J's login server uses it: c = m^e mod n, m = c^d mod n.
	p, q := BigIntegerProbablePrime(256, nil), BigIntegerProbablePrime(256, nil)
	n := p.Multiply(q)
	phi := p.Subtract(BigIntegerOne).Multiply(q.Subtract(BigIntegerOne))
	e := BigIntegerValueOf(65537)
	d := e.ModInverse(phi)
	m := NewBigInteger("42424242424242")
	if e.Gcd(phi).Equals(BigIntegerOne) && !m.ModPow(e, n).ModPow(d, n).Equals(m) {
		t.Fatal("RSA round trip")
	}
}

func TestBigDecimalMatchesJava(t *testing.T) {
	d, e := NewBigDecimal("123.4500"), NewBigDecimal("-0.05")
	got := []string{d.String(), d.Add(e).String(), d.Subtract(e).String(), d.Multiply(e).String(), d.Divide(NewBigDecimal("4")).String(),
		d.SetScale(2, RoundingModeHalfUp).String(), IntStr(d.Scale()), IntStr(d.Precision()), d.StripTrailingZeros().String(),
		IntStr(d.CompareTo(NewBigDecimal("123.45"))), BoolStr(d.Equals(NewBigDecimal("123.45"))), IntStr(d.HashCode()), NewBigDecimal("1E+3").String(),
		NewBigDecimal("0.000001234").String(), NewBigDecimal("0.0000001234").String(), BigDecimalValueOf(2.5).String(), NewBigDecimal2(0.1).String(),
		BigDecimalValueOfScaled(100, 3).String(), d.ToPlainString(), DoubleStr(d.DoubleValue()), IntStr(d.IntValue()), d.Negate().String(),
		NewBigDecimal("1E+3").ToPlainString()}
	// Java 17 (Bi.java).
	want := "123.4500 123.4000 123.5000 -6.172500 30.8625 123.45 4 7 123.45 0 false 38269504 1E+3 0.000001234 1.234E-7 2.5 0.1000000000000000055511151231257827021181583404541015625 0.100 123.4500 123.45 123 -123.4500 1000"
	if strings.Join(got, " ") != want {
		t.Errorf("BigDecimal:\n%s\n%s", strings.Join(got, " "), want)
	}
	got = []string{BigDecimalOne.DivideScale(NewBigDecimal("3"), 5, RoundingModeHalfEven).String(), BigDecimalOne.DivideMC(NewBigDecimal("3"), MathContextDecimal32).String(),
		NewBigDecimal("2.50").StripTrailingZeros().ToPlainString(), NewBigDecimal("100").StripTrailingZeros().String()}
	if strings.Join(got, " ") != "0.33333 0.3333333 2.5 1E+2" {
		t.Errorf("division: %v", got)
	}
	if s := thrown(func() { BigDecimalOne.Divide(NewBigDecimal("3")) }); s != "java.lang.ArithmeticException: Non-terminating decimal expansion; no exact representable decimal result." {
		t.Errorf("non-terminating: %q", s)
	}
	if NewDecimalFormat2("#,##0.00").Format(NewBigDecimal("1234567.895")) != "1,234,567.90" {
		t.Error("DecimalFormat of a BigDecimal")
	}
}

func TestBase64DigestInetMatchJava(t *testing.T) {
	// Java 17 (Bi.java).
	got := []string{Base64GetEncoder().EncodeToString(GetBytes("hello world!?")), Base64GetUrlEncoder().EncodeToString([]int8{-5, -1, -2}),
		Base64GetEncoder().WithoutPadding().EncodeToString([]int8{1}), NewStringBytes(Base64GetDecoder().DecodeString("aGVsbG8=")),
		NewStringBytes(Base64GetDecoder().DecodeString("aGVsbG8"))}
	if strings.Join(got, " ") != "aGVsbG8gd29ybGQhPw== -__- AQ hello hello" {
		t.Errorf("base64: %v", got)
	}
	if !reflect.DeepEqual(Base64GetUrlDecoder().DecodeString("-_-_"), []int8{-5, -1, -65}) {
		t.Error("url decoder")
	}
	if s := strings.ReplaceAll(Base64GetMimeEncoder().EncodeToString(make([]int8, 60)), "\r\n", "|"); s != strings.Repeat("A", 76)+"|AAAA" {
		t.Errorf("mime: %s", s)
	}
	for src, want := range map[string]string{
		"a.bc":  "java.lang.IllegalArgumentException: Illegal base64 character 2e",
		"abcde": "java.lang.IllegalArgumentException: Last unit does not have enough valid bits",
		"ab=c":  "java.lang.IllegalArgumentException: Input byte array has wrong 4-byte ending unit",
	} {
		if s := thrown(func() { Base64GetDecoder().DecodeString(src) }); s != want {
			t.Errorf("%s: %q", src, s)
		}
	}
	md := MessageDigestGetInstance("SHA-1")
	md.UpdateBytes(GetBytes("abc"))
	if !reflect.DeepEqual(md.Digest(), []int8{-87, -103, 62, 54, 71, 6, -127, 106, -70, 62, 37, 113, 120, 80, -62, 108, -100, -48, -40, -99}) {
		t.Error("SHA-1")
	}
	if MessageDigestGetInstance("MD5").DigestLength() != 16 || MessageDigestGetInstance("sha-256").Algorithm() != "sha-256" ||
		NewBigInteger4(1, MessageDigestGetInstance("SHA-256").DigestBytes(GetBytes("abc"))).ToString2(16) != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Error("digests")
	}
	if s := thrown(func() { MessageDigestGetInstance("FOO") }); s != "java.security.NoSuchAlgorithmException: FOO MessageDigest not available" {
		t.Errorf("unknown digest: %q", s)
	}
	ia := InetAddressGetByName("127.0.0.1")
	if ia.String() != "/127.0.0.1" || ia.HostAddress() != "127.0.0.1" || !reflect.DeepEqual(ia.Address(), []int8{127, 0, 0, 1}) || !ia.IsLoopbackAddress() {
		t.Errorf("inet %s", ia)
	}
	if s := thrown(func() { InetAddressGetByName("no.such.host.invalid") }); s != "java.net.UnknownHostException: no.such.host.invalid: Name or service not known" {
		t.Errorf("unknown host: %q", s)
	}
}

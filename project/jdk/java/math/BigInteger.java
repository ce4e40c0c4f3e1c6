package java.math;

import java.util.Random;

public class BigInteger implements Comparable<BigInteger> {
    public static final BigInteger ZERO;
    public static final BigInteger ONE;
    public static final BigInteger TWO;
    public static final BigInteger TEN;

    @Go("java.NewBigInteger({0})") public BigInteger(String val) {}
    @Go("java.NewBigInteger2({0}, {1})") public BigInteger(String val, int radix) {}
    @Go("java.NewBigInteger3({0})") public BigInteger(byte[] val) {}
    @Go("java.NewBigInteger4({0}, {1})") public BigInteger(int signum, byte[] magnitude) {}

    public static BigInteger valueOf(long val) {}
    public static BigInteger probablePrime(int bitLength, Random rnd) {}
    public BigInteger add(BigInteger val) {}
    public BigInteger subtract(BigInteger val) {}
    public BigInteger multiply(BigInteger val) {}
    public BigInteger divide(BigInteger val) {}
    public BigInteger remainder(BigInteger val) {}
    public BigInteger[] divideAndRemainder(BigInteger val) {}
    public BigInteger mod(BigInteger m) {}
    public BigInteger modPow(BigInteger exponent, BigInteger m) {}
    public BigInteger modInverse(BigInteger m) {}
    public BigInteger pow(int exponent) {}
    public BigInteger gcd(BigInteger val) {}
    public BigInteger negate() {}
    public BigInteger abs() {}
    public int signum() {}
    public BigInteger min(BigInteger val) {}
    public BigInteger max(BigInteger val) {}
    public BigInteger sqrt() {}
    public BigInteger shiftLeft(int n) {}
    public BigInteger shiftRight(int n) {}
    public BigInteger and(BigInteger val) {}
    public BigInteger or(BigInteger val) {}
    public BigInteger xor(BigInteger val) {}
    public BigInteger not() {}
    public BigInteger andNot(BigInteger val) {}
    public boolean testBit(int n) {}
    public BigInteger setBit(int n) {}
    public int bitLength() {}
    public int bitCount() {}
    public boolean isProbablePrime(int certainty) {}
    public BigInteger nextProbablePrime() {}
    public int compareTo(BigInteger val) {}
    public boolean equals(Object x) {}
    public int hashCode() {}
    public String toString() {}
    @Go("{this}.ToString2({0})") public String toString(int radix) {}
    public byte[] toByteArray() {}
    public int intValue() {}
    public long longValue() {}
    public long longValueExact() {}
    public int intValueExact() {}
    public double doubleValue() {}
    public float floatValue() {}
}

package java.lang;

// A Number is `any` holding a boxed value (int32, *int32, float64...): its methods convert
// with Java's narrowing rules. `instanceof Number` cannot be a Go type assertion on `any`:
// @GoInstanceOf gives the test.
@GoType("any")
@GoInstanceOf("java.NumberIsInstance({0})")
public abstract class Number implements java.io.Serializable {
    @Go("java.NumberIntValue({this})") public abstract int intValue();
    @Go("java.NumberLongValue({this})") public abstract long longValue();
    @Go("java.NumberFloatValue({this})") public abstract float floatValue();
    @Go("java.NumberDoubleValue({this})") public abstract double doubleValue();
    @Go("java.NumberByteValue({this})") public byte byteValue() {}
    @Go("java.NumberShortValue({this})") public short shortValue() {}
}

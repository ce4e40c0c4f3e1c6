package java.lang;

public class AssertionError extends Error {
    @Go("java.NewAssertionError()") public AssertionError() {}
    @Go("java.NewAssertionError2({0})") public AssertionError(Object detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(boolean detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(char detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(int detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(long detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(float detailMessage) {}
    @Go("java.NewAssertionError2({0})") public AssertionError(double detailMessage) {}
    @Go("java.NewAssertionError3({0}, {1})") public AssertionError(String message, Throwable cause) {}
}

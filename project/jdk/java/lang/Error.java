package java.lang;

public class Error extends Throwable {
    @Go("java.NewError()") public Error() {}
    @Go("java.NewError2({0})") public Error(String message) {}
    @Go("java.NewError3({0}, {1})") public Error(String message, Throwable cause) {}
    @Go("java.NewError4({0})") public Error(Throwable cause) {}
}

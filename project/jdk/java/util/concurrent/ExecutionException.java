package java.util.concurrent;

public class ExecutionException extends Exception {
    @Go("java.NewExecutionException()") public ExecutionException() {}
    @Go("java.NewExecutionException2({0})") public ExecutionException(String message) {}
    @Go("java.NewExecutionException3({0}, {1})") public ExecutionException(String message, Throwable cause) {}
    @Go("java.NewExecutionException4({0})") public ExecutionException(Throwable cause) {}
}

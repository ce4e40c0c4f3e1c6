package java.util.concurrent;

public class BrokenBarrierException extends Exception {
    @Go("java.NewBrokenBarrierException()") public BrokenBarrierException() {}
    @Go("java.NewBrokenBarrierException2({0})") public BrokenBarrierException(String message) {}
}

package java.util.concurrent;

public class CyclicBarrier {
    @Go("java.NewCyclicBarrier({0})") public CyclicBarrier(int parties) {}
    @Go("java.NewCyclicBarrier2({0}, {1})") public CyclicBarrier(int parties, Runnable barrierAction) {}

    public int await() throws InterruptedException, BrokenBarrierException {}
    @Go("{this}.AwaitTimeout({0}, {1})") public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {}
    public int getParties() {}
    public int getNumberWaiting() {}
    public boolean isBroken() {}
    public void reset() {}
}

package java.util.concurrent;

public class CountDownLatch {
    @Go("java.NewCountDownLatch({0})") public CountDownLatch(int count) {}

    public void await() throws InterruptedException {}
    @Go("{this}.AwaitTimeout({0}, {1})") public boolean await(long timeout, TimeUnit unit) throws InterruptedException {}
    public void countDown() {}
    public long getCount() {}
    public String toString() {}
}

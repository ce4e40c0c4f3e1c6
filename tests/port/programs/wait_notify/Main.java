// wait/notifyAll: a bounded buffer shared by a producer and a consumer thread; the consumer
// prints what it takes, so the output order is fixed by the data, not by scheduling.
import java.util.LinkedList;

public class Main {
    static class BoundedBuffer {
        private final LinkedList<Integer> items = new LinkedList<>();
        private final int capacity;
        private int maxSeen;

        BoundedBuffer(int capacity) {
            this.capacity = capacity;
        }

        synchronized void put(int v) throws InterruptedException {
            while (items.size() == capacity) {
                wait();
            }
            items.addLast(v);
            maxSeen = Math.max(maxSeen, items.size());
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (items.isEmpty()) {
                wait();
            }
            int v = items.removeFirst();
            notifyAll();
            return v;
        }

        synchronized int maxSeen() {
            return maxSeen;
        }
    }

    static class Gate {
        private boolean open;

        synchronized void await() throws InterruptedException {
            while (!open) {
                wait();
            }
        }

        synchronized void open() {
            open = true;
            notify();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BoundedBuffer buffer = new BoundedBuffer(3);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 20; i++) {
                    buffer.put(i * i);
                }
                buffer.put(-1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        StringBuilder got = new StringBuilder();
        Thread consumer = new Thread(() -> {
            try {
                int sum = 0;
                while (true) {
                    int v = buffer.take();
                    if (v < 0) {
                        break;
                    }
                    sum += v;
                    got.append(v).append(' ');
                }
                got.append("sum=").append(sum);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        System.out.println(got);
        System.out.println("buffer never exceeded capacity: " + (buffer.maxSeen() <= 3));
        Gate gate = new Gate();
        Thread waiter = new Thread(() -> {
            try {
                gate.await();
                System.out.println("gate passed");
            } catch (InterruptedException e) {
                System.out.println("interrupted");
            }
        });
        waiter.start();
        gate.open();
        waiter.join();
        Object monitor = new Object();
        try {
            monitor.wait();
        } catch (IllegalMonitorStateException e) {
            System.out.println("wait without the monitor: IllegalMonitorStateException");
        }
        synchronized (monitor) {
            monitor.notifyAll();
            monitor.wait(1);
        }
        System.out.println("timed wait returned");
    }
}

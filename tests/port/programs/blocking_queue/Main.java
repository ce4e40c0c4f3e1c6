// BlockingQueues: producer/consumer over LinkedBlockingQueue with a poison pill, an
// ArrayBlockingQueue's capacity (offer fails when full), poll with a timeout on an empty queue.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class Main {
    private static final String POISON = "__stop__";

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        List<String> received = new ArrayList<>();
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    String msg = queue.take();
                    if (msg.equals(POISON)) {
                        break;
                    }
                    received.add(msg.toUpperCase());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        consumer.start();
        for (String s : new String[] {"login", "move", "attack", "logout"}) {
            queue.put(s);
        }
        queue.put(POISON);
        consumer.join();
        System.out.println(received + " left " + queue.size());
        BlockingQueue<Integer> small = new ArrayBlockingQueue<>(2);
        System.out.println(small.offer(1) + " " + small.offer(2) + " " + small.offer(3) + " remaining " + small.remainingCapacity() + " " + small);
        System.out.println(small.poll() + " " + small.peek() + " " + small.offer(4, 10, TimeUnit.MILLISECONDS) + " " + small);
        BlockingQueue<Integer> empty = new LinkedBlockingQueue<>();
        System.out.println("timed poll on empty: " + empty.poll(5, TimeUnit.MILLISECONDS));
        BlockingQueue<Integer> work = new ArrayBlockingQueue<>(4);
        long[] sums = new long[2];
        Thread[] workers = new Thread[2];
        for (int w = 0; w < 2; w++) {
            final int id = w;
            workers[w] = new Thread(() -> {
                try {
                    while (true) {
                        int v = work.take();
                        if (v < 0) {
                            break;
                        }
                        sums[id] += v;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            workers[w].start();
        }
        for (int i = 1; i <= 1000; i++) {
            work.put(i);
        }
        work.put(-1);
        work.put(-1);
        for (Thread w : workers) {
            w.join();
        }
        List<Integer> drained = new ArrayList<>();
        small.drainTo(drained);
        System.out.println("total " + (sums[0] + sums[1]) + " drained " + drained);
    }
}

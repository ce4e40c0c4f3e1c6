// Threads: subclassing Thread and passing a Runnable, names, join, results written to
// per-thread slots, Thread.currentThread() in main, isAlive after join.
public class Main {
    static class SumWorker extends Thread {
        private final int from;
        private final int to;
        long result;

        SumWorker(String name, int from, int to) {
            super(name);
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            long s = 0;
            for (int i = from; i < to; i++) {
                s += (long) i * i;
            }
            result = s;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("main thread: " + Thread.currentThread().getName());
        SumWorker[] workers = new SumWorker[4];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new SumWorker("sum-" + i, i * 250000, (i + 1) * 250000);
        }
        for (SumWorker w : workers) {
            w.start();
        }
        long total = 0;
        for (SumWorker w : workers) {
            w.join();
            total += w.result;
            System.out.println(w.getName() + " -> " + w.result + " alive=" + w.isAlive());
        }
        System.out.println("total " + total);
        String[] names = new String[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < 3; i++) {
            final int slot = i;
            ts[i] = new Thread(() -> names[slot] = Thread.currentThread().getName().toUpperCase(), "named-" + i);
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(String.join(",", names));
        Thread daemon = new Thread(() -> {
        });
        daemon.setDaemon(true);
        System.out.println("daemon " + daemon.isDaemon() + " started " + daemon.isAlive());
        daemon.start();
        daemon.join();
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(20);
                System.out.println("sleeper woke up");
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted");
            }
        });
        sleeper.start();
        sleeper.join();
        System.out.println("done");
    }
}

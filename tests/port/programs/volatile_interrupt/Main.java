// A volatile stop flag read by a spinning worker, interrupting a sleeping thread, the
// interrupted status, and an exception escaping a worker thread (reported by the default
// handler on stderr; main goes on and exits 0).
public class Main {
    private static volatile boolean running = true;
    private static volatile int spins;

    public static void main(String[] args) throws InterruptedException {
        Thread spinner = new Thread(() -> {
            int local = 0;
            while (running) {
                local++;
                spins = local;
            }
            System.out.println("spinner stopped");
        });
        spinner.start();
        while (spins < 1000) {
            Thread.onSpinWait();
        }
        running = false;
        spinner.join();
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                System.out.println("slept a minute (wrong)");
            } catch (InterruptedException e) {
                System.out.println("sleeper interrupted, flag now " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        sleeper.interrupt();
        sleeper.join();
        Thread.currentThread().interrupt();
        System.out.println("main interrupted: " + Thread.interrupted() + " then " + Thread.interrupted());
        Thread crasher = new Thread(() -> {
            throw new IllegalStateException("worker crashed");
        }, "crasher");
        crasher.start();
        crasher.join();
        System.out.println("main continues after the worker's exception");
        Thread handled = new Thread(() -> {
            throw new UnsupportedOperationException("handled crash");
        }, "handled");
        handled.setUncaughtExceptionHandler((t, e) -> System.out.println(t.getName() + " failed: " + e.getMessage()));
        handled.start();
        handled.join();
        System.out.println("end");
    }
}

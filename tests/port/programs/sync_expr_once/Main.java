// synchronized(expr) evaluates expr exactly once (side effects happen once), a null lock
// throws NullPointerException, and the lock is released when the block throws.
import java.util.ArrayList;
import java.util.List;

public class Main {
    private static int lookups = 0;
    private static final List<Object> LOCKS = new ArrayList<>();

    static Object lockFor(int id) {
        lookups++;
        System.out.println("lockFor(" + id + ") call #" + lookups);
        while (LOCKS.size() <= id) {
            LOCKS.add(new Object());
        }
        return LOCKS.get(id);
    }

    static int counter = 0;

    public static void main(String[] args) throws Exception {
        synchronized (lockFor(2)) {
            counter++;
            System.out.println("inside block, counter " + counter);
        }
        System.out.println("lookups " + lookups);
        Object nothing = null;
        try {
            synchronized (nothing) {
                System.out.println("never");
            }
        } catch (NullPointerException e) {
            System.out.println("null lock: NullPointerException");
        }
        Object shared = lockFor(0);
        try {
            synchronized (shared) {
                throw new IllegalStateException("thrown while locked");
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        Thread t = new Thread(() -> {
            synchronized (shared) {
                System.out.println("other thread got the lock");
            }
        });
        t.start();
        t.join();
        int[] arr = {0};
        int index = 0;
        synchronized (LOCKS.get(index++)) {
            arr[0] = index;
        }
        System.out.println("index " + index + " arr " + arr[0] + " lookups " + lookups);
    }
}

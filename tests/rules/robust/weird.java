import java.util.*;
import java.util.concurrent.*;

@SuppressWarnings("unchecked")
public abstract class Weird<T extends Number> implements Comparable<Weird<T>> {
    protected final Map<String, List<? extends T>> _index = new ConcurrentHashMap<>();
    private int[][] _grid = new int[3][4];
    private static volatile Weird<?> _instance;
    {
        _grid[0][0] = 1;
    }

    public abstract T value();

    public int compareTo(Weird<T> other) {
        return Double.compare(value().doubleValue(), other.value().doubleValue());
    }

    @SafeVarargs
    public static int sum(int first, int... rest) {
        int total = first;
        for (int r : rest) {
            total += r;
        }
        return total;
    }

    public class Inner {
        int peek() {
            return _grid[0][0];
        }
    }

    public interface Visitor {
        default String describe() {
            return "visitor";
        }

        void visit(Object o);
    }

    public static Weird<?> getInstance() {
        if (_instance == null) {
            synchronized (Weird.class) {
                if (_instance == null) {
                    _instance = null;
                }
            }
        }
        return _instance;
    }

    public String labels(int n) {
        block:
        {
            if (n > 2) {
                break block;
            }
            n++;
        }
        char c = (char) ('a' + n);
        switch (c) {
            case 'a' -> {
                return "A";
            }
            default -> {
                return String.valueOf(c);
            }
        }
    }

    public void threads() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> f = pool.submit(() -> System.out.println("task"));
        Thread t = new Thread(() -> {});
        t.start();
        t.join();
        assert n() > 0 : "positive";
    }

    private int n() {
        return 1;
    }

    record Pair<A, B>(A first, B second) {
    }

    enum Mode {
        ON {
            @Override
            String label() {
                return "on";
            }
        },
        OFF;

        String label() {
            return "off";
        }
    }
}

// A user Iterable with its own Iterator used in for-each, a default remove() that throws,
// and a generic range class.
import java.util.Iterator;
import java.util.NoSuchElementException;

public class Main {
    static class Range implements Iterable<Integer> {
        private final int from;
        private final int to;
        private final int step;

        Range(int from, int to, int step) {
            this.from = from;
            this.to = to;
            this.step = step;
        }

        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int next = from;

                @Override
                public boolean hasNext() {
                    return step > 0 ? next < to : next > to;
                }

                @Override
                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException("range exhausted");
                    }
                    int v = next;
                    next += step;
                    return v;
                }
            };
        }
    }

    static class Ring<T> implements Iterable<T> {
        private final Object[] slots;
        private int start;

        Ring(int size) {
            slots = new Object[size];
        }

        void put(int i, T v) {
            slots[i] = v;
        }

        void rotate() {
            start = (start + 1) % slots.length;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int seen;

                public boolean hasNext() {
                    return seen < slots.length;
                }

                public T next() {
                    return (T) slots[(start + seen++) % slots.length];
                }
            };
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i : new Range(0, 10, 3)) {
            sb.append(i).append(' ');
        }
        for (int i : new Range(5, 0, -2)) {
            sb.append(i).append(' ');
        }
        System.out.println(sb);
        Iterator<Integer> it = new Range(0, 1, 1).iterator();
        System.out.println(it.next() + " " + it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        try {
            it.remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("remove: " + e.getMessage());
        }
        Ring<String> ring = new Ring<>(3);
        ring.put(0, "a");
        ring.put(1, "b");
        ring.put(2, "c");
        ring.rotate();
        for (String s : ring) {
            System.out.print(s);
        }
        System.out.println();
        ring.forEach(s -> System.out.print(s.toUpperCase()));
        System.out.println();
    }
}

// Generics: bounded type parameters, generic methods, wildcards (extends/super), generic
// classes and interfaces, recursive bounds.
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

public class Main {
    static <T extends Comparable<T>> T max(List<T> items) {
        T best = items.get(0);
        for (T item : items) {
            if (item.compareTo(best) > 0) {
                best = item;
            }
        }
        return best;
    }

    static double sum(Collection<? extends Number> nums) {
        double total = 0;
        for (Number n : nums) {
            total += n.doubleValue();
        }
        return total;
    }

    static void fill(List<? super Integer> sink, int n) {
        for (int i = 0; i < n; i++) {
            sink.add(i);
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    interface Repository<K, V> {
        void put(K key, V value);

        V get(K key);

        default V getOrElse(K key, V fallback) {
            V v = get(key);
            return v == null ? fallback : v;
        }
    }

    static class ListRepository<V> implements Repository<Integer, V> {
        private final List<V> data = new ArrayList<>();

        public void put(Integer key, V value) {
            while (data.size() <= key) {
                data.add(null);
            }
            data.set(key, value);
        }

        public V get(Integer key) {
            return key < data.size() ? data.get(key) : null;
        }
    }

    abstract static class Shape<S extends Shape<S>> implements Comparable<S> {
        abstract int size();

        @SuppressWarnings("unchecked")
        S self() {
            return (S) this;
        }

        public int compareTo(S other) {
            return Integer.compare(size(), other.size());
        }
    }

    static class Box extends Shape<Box> {
        final int n;

        Box(int n) {
            this.n = n;
        }

        int size() {
            return n;
        }

        @Override
        public String toString() {
            return "Box" + n;
        }
    }

    static <T, R> List<R> mapAll(List<T> in, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    public static void main(String[] args) {
        System.out.println(max(List.of(3, 9, 2)) + " " + max(List.of("pear", "apple", "zucchini")) + " " + max(List.of(new Box(2), new Box(7), new Box(5))));
        System.out.println(sum(List.of(1, 2, 3)) + " " + sum(List.of(1.5, 2.5)) + " " + sum(List.of(1L, 2.5f)));
        List<Number> sink = new ArrayList<>();
        fill(sink, 3);
        List<Object> objects = new ArrayList<>();
        fill(objects, 2);
        System.out.println(sink + " " + objects);
        Pair<String, Integer> p = new Pair<>("hp", 100);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(2.5) + " " + p.<List<String>>withSecond(List.of("x")));
        Repository<Integer, String> repo = new ListRepository<>();
        repo.put(3, "three");
        repo.put(1, "one");
        System.out.println(repo.get(1) + " " + repo.get(2) + " " + repo.getOrElse(9, "none") + " " + repo.getOrElse(3, "none"));
        System.out.println(mapAll(List.of("a", "bb", "ccc"), String::length) + " " + new Box(4).self() + " " + Main.<Integer>max(List.of(1, 2)));
    }
}

import java.util.*;
import java.util.function.*;

public class Coll {
    static class Counter {
        private final Map<String, Integer> _counts = new HashMap<>();

        void add(String key) {
            _counts.put(key, _counts.getOrDefault(key, 0) + 1);
        }

        int get(String key) {
            Integer v = _counts.get(key);
            return _counts.containsKey(key) ? v : 0;
        }
    }

    static class Animal {
        protected String _name;

        Animal(String name) {
            _name = name;
        }

        String speak() {
            return _name + " makes a sound";
        }
    }

    static class Dog extends Animal {
        Dog(String name) {
            super(name);
        }

        String speak() {
            return _name + " barks";
        }

        String base() {
            return super.speak();
        }
    }

    static int apply(Function<Integer, Integer> f, int x) {
        return f.apply(x);
    }

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>(Arrays.asList(5, 3, 8, 1));
        nums.add(4);
        Collections.sort(nums);
        System.out.println(nums);
        nums.remove(0);
        nums.remove(Integer.valueOf(8));
        System.out.println(nums + " " + nums.size() + " " + nums.contains(4) + " " + nums.indexOf(5));
        nums.sort((a, b) -> b - a);
        System.out.println(nums);
        Map<String, Integer> ages = new TreeMap<>();
        ages.put("bob", 30);
        ages.put("al", 25);
        System.out.println(ages.get("bob") + " " + ages.size() + " " + ages.containsKey("zed"));
        ages.remove("bob");
        System.out.println(ages.isEmpty());
        Set<String> seen = new HashSet<>();
        seen.add("x");
        seen.add("x");
        seen.add("y");
        System.out.println(seen.size() + " " + seen.contains("y"));
        if (seen.add("z")) System.out.println("added z");
        Counter c = new Counter();
        c.add("a");
        c.add("a");
        c.add("b");
        System.out.println(c.get("a") + " " + c.get("b") + " " + c.get("q"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            sb.append(i).append(',');
        }
        sb.setLength(sb.length() - 1);
        sb.insert(0, "[").append("]");
        System.out.println(sb.toString() + " " + sb.length() + " " + sb.reverse());
        String s = "Hello, World";
        System.out.println(s.length() + " " + s.charAt(4) + " " + s.substring(7) + " " + s.indexOf("o") + " " + s.toUpperCase());
        String[] parts = "a,b,,c,,".split(",");
        System.out.println(parts.length + " " + String.join("|", parts));
        System.out.println(s.equals("Hello, World") + " " + s.startsWith("Hell") + " " + s.replace('l', 'L') + " " + s.contains("World"));
        System.out.println(String.format("%5d|%-4s|%.3f|%x", 42, "ab", 3.14159, 255));
        System.out.println("abc".compareTo("abd") < 0);
        char[] cs = "dcba".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + String.valueOf(cs.length));
        Function<Integer, Integer> sq = x -> x * x;
        System.out.println(apply(sq, 7) + apply(x -> x + 1, 1));
        Supplier<String> sup = () -> "supplied";
        System.out.println(sup.get());
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.apply(2, 3));
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("ran");
            }
        };
        r.run();
        Animal a = new Dog("rex");
        Dog d = new Dog("fido");
        System.out.println(d.speak() + "; " + d.base());
        int total = 0;
        for (Map.Entry<String, Integer> e : ages.entrySet()) {
            total += e.getValue();
            System.out.println(e.getKey());
        }
        System.out.println(total);
        List<String> words = List.of("pear", "fig", "banana");
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparing(String::length));
        System.out.println(sorted);
        int sumLen = words.stream().mapToInt(String::length).sum();
        System.out.println(sumLen);
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(1);
        stack.push(2);
        System.out.println(stack.pop() + " " + stack.peek());
    }
}

import java.util.*;

public class More {
    interface Visitor<R> {
        R visit(int value);
    }

    static abstract class Shape {
        abstract double area();

        String describe() {
            return "shape";
        }
    }

    static class Square extends Shape {
        private final double _side;

        Square(double side) {
            _side = side;
        }

        double area() {
            return _side * _side;
        }
    }

    private final Map<String, Integer> _scores = new TreeMap<>();

    static int sum(int... values) {
        int total = 0;
        for (int v : values) total += v;
        return total;
    }

    static String caesar(String s, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                char base = Character.isUpperCase(c) ? 'A' : 'a';
                sb.append((char) (base + (c - base + shift) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3));
        System.out.println(caesar("Hello, World!", 3));
        More m = new More();
        m._scores.put("zed", 1);
        m._scores.put("amy", 3);
        m._scores.put("bob", 2);
        for (Map.Entry<String, Integer> e : m._scores.entrySet()) {
            System.out.print(e.getKey() + "=" + e.getValue() + " ");
        }
        System.out.println();
        Set<Integer> ts = new TreeSet<>(Arrays.asList(5, 1, 3));
        for (int x : ts) System.out.print(x + " ");
        System.out.println();
        int[][] grid = new int[3][4];
        for (int[] row : grid) Arrays.fill(row, 7);
        grid[1][2] = 0;
        int total = 0;
        for (int[] row : grid) for (int v : row) total += v;
        System.out.println(total);
        long big = Long.MAX_VALUE;
        big++;
        System.out.println(big);
        System.out.println(Math.floorMod(-7, 3) + " " + (-7 % 3) + " " + Integer.compare(3, 9));
        Visitor<String> v = value -> "v" + value;
        System.out.println(v.visit(4));
        Square sq = new Square(3);
        System.out.println(sq.area() + " " + sq.describe());
        List<int[]> pairs = new ArrayList<>();
        pairs.add(new int[] {1, 2});
        pairs.add(new int[] {3, 4});
        System.out.println(pairs.get(1)[0] + pairs.size());
        String w = "b";
        switch (w) {
            case "a":
                System.out.println("is a");
                break;
            case "b":
                System.out.println("is b");
            default:
                System.out.println("fell");
        }
        double ratio = 7 / 2 + 0.5;
        float f = 1.1f;
        System.out.println(ratio + " " + f + " " + (f * 2) + " " + (double) f);
        StringBuilder sb = new StringBuilder("abcdef");
        sb.deleteCharAt(2).insert(0, 'X');
        System.out.println(sb);
        System.out.println(String.valueOf(3.0) + String.valueOf(true) + 'c' + 1);
        System.out.println('a' + 'b' + "c");
    }
}

// Java 17 syntax: var, pattern matching instanceof, switch expressions, sealed types,
// text blocks, enhanced for with var.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    sealed interface Shape permits Circle, Rect, Tri {
    }

    record Circle(double r) implements Shape {
    }

    record Rect(double w, double h) implements Shape {
    }

    static final class Tri implements Shape {
        final double base;
        final double height;

        Tri(double base, double height) {
            this.base = base;
            this.height = height;
        }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return 3 * c.r() * c.r();
        } else if (s instanceof Rect r && r.w() == r.h()) {
            return r.w() * r.w();
        } else if (s instanceof Rect r) {
            return r.w() * r.h();
        } else if (s instanceof Tri t) {
            return t.base * t.height / 2;
        }
        throw new IllegalStateException();
    }

    static String kind(Object o) {
        return o == null ? "null!" : o.getClass().getSimpleName();
    }

    public static void main(String[] args) {
        var shapes = new ArrayList<Shape>();
        shapes.add(new Circle(1));
        shapes.add(new Rect(2, 2));
        shapes.add(new Rect(2, 3));
        shapes.add(new Tri(4, 5));
        for (var s : shapes) {
            System.out.println(kind(s) + " " + area(s));
        }
        var counts = new TreeMap<String, Integer>();
        for (var word : "a b a c b a".split(" ")) {
            counts.merge(word, 1, Integer::sum);
        }
        System.out.println(counts);
        var html = """
            <html>
              <body>%s</body>
            </html>\
            """.formatted("hi");
        System.out.println(html);
        String json = """
            {"name": "Aria", \
            "level": 52}
            """;
        System.out.print(json);
        int day = 3;
        String name = switch (day) {
            case 1, 7 -> "weekend";
            case 2, 3, 4, 5, 6 -> {
                var s = "weekday";
                yield s + day;
            }
            default -> throw new IllegalArgumentException("day " + day);
        };
        System.out.println(name + " " + kind(null) + " " + kind(42));
        List<Object> mixed = List.of(1, "two", 3.0, 'c', List.of(5));
        int total = 0;
        for (Object o : mixed) {
            if (o instanceof Integer i) {
                total += i;
            } else if (o instanceof String str) {
                total += str.length();
            } else if (o instanceof List<?> l) {
                total += l.size() * 100;
            }
        }
        System.out.println(total);
        Map<String, List<Integer>> groups = Map.of("x", List.of(1, 2));
        for (var e : groups.entrySet()) {
            System.out.println(e.getKey() + "=" + e.getValue());
        }
    }
}

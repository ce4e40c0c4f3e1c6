// Records: canonical and compact constructors, accessors, equals, toString, static members,
// records implementing interfaces, nested records.
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public class Main {
    interface Priced {
        int price();

        default boolean expensive() {
            return price() > 1000;
        }
    }

    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("out of world: " + x + "," + y);
            }
        }

        double distance(Point other) {
            int dx = x - other.x;
            int dy = y - other.y;
            return Math.sqrt(dx * dx + dy * dy);
        }

        static Point of(String s) {
            String[] parts = s.split(",");
            return new Point(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }
    }

    record Item(String name, int price, List<String> tags) implements Priced {
        Item(String name, int price) {
            this(name, price, List.of());
        }

        @Override
        public String name() {
            return name.toUpperCase();
        }
    }

    record Spawn(Point at, String npc) {
    }

    record Empty() {
    }

    public static void main(String[] args) {
        Point a = new Point(3, 4);
        Point b = Point.of(" 3, 4");
        System.out.println(a + " " + a.equals(b) + " " + (a == b) + " " + a.distance(Point.ORIGIN) + " " + a.x() + " " + b.y());
        System.out.println(a.hashCode() == b.hashCode());
        Item sword = new Item("sword", 1500, List.of("weapon", "s-grade"));
        Item potion = new Item("potion", 20);
        System.out.println(sword + " " + sword.name() + " " + sword.expensive() + " " + potion.expensive() + " " + potion.tags().size());
        Spawn s = new Spawn(new Point(10, -20), "Gatekeeper");
        System.out.println(s + " " + s.at().x() + " " + s.equals(new Spawn(new Point(10, -20), "Gatekeeper")));
        Set<Point> visited = new HashSet<>();
        visited.add(a);
        visited.add(b);
        visited.add(new Point(1, 1));
        System.out.println(visited.size() + " " + visited.contains(new Point(1, 1)) + " " + new Empty() + " " + new Empty().equals(new Empty()));
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        record Local(String k, double v) {
        }
        System.out.println(new Local("ratio", 0.25) + " " + new Item("x", 1, null));
    }
}

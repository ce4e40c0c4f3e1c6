// equals/hashCode overridden: user keys in HashMap and HashSet, contains, remove, iteration.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public class Main {
    static final class Location {
        final int x;
        final int y;
        final int z;

        Location(int x, int y, int z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Location)) {
                return false;
            }
            Location other = (Location) o;
            return x == other.x && y == other.y && z == other.z;
        }

        @Override
        public int hashCode() {
            return Objects.hash(x, y, z);
        }

        @Override
        public String toString() {
            return "Loc(" + x + "," + y + "," + z + ")";
        }
    }

    static class ItemId {
        final int id;

        ItemId(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ItemId && ((ItemId) o).id == id;
        }

        @Override
        public int hashCode() {
            return id * 7919;
        }

        @Override
        public String toString() {
            return "Item" + id;
        }
    }

    public static void main(String[] args) {
        Location a = new Location(100, -200, 3000);
        Location b = new Location(100, -200, 3000);
        System.out.println((a == b) + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode());
        Map<Location, String> spawns = new HashMap<>();
        spawns.put(a, "Gatekeeper");
        spawns.put(new Location(0, 0, 0), "Origin");
        spawns.put(new Location(-5, 17, 2), "Guard");
        spawns.put(b, "Gatekeeper2");
        System.out.println(spawns.size() + " " + spawns.get(new Location(100, -200, 3000)));
        System.out.println(spawns);
        Set<ItemId> items = new HashSet<>();
        for (int i = 20; i > 0; i -= 3) {
            items.add(new ItemId(i));
        }
        items.add(new ItemId(5));
        System.out.println(items.size() + " " + items.contains(new ItemId(8)) + " " + items.contains(new ItemId(9)));
        System.out.println(items);
        items.remove(new ItemId(11));
        System.out.println(items);
        System.out.println(Objects.equals(a, b) + " " + Objects.equals(null, a) + " " + a.equals(null) + " " + a.equals("x"));
    }
}

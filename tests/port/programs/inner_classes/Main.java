// Inner (non-static) classes: reading and writing the outer instance's fields, Outer.this,
// outer.new Inner(), an inner class of an inner class, shadowed names.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

public class Main {
    private String name;
    private int total;
    private final List<Item> items = new ArrayList<>();

    Main(String name) {
        this.name = name;
    }

    class Item {
        private final String name;
        private final int price;

        Item(String name, int price) {
            this.name = name;
            this.price = price;
            total += price;
            items.add(this);
        }

        String describe() {
            return name + " in " + Main.this.name + " (" + price + "/" + total + ")";
        }

        class Tag {
            final String label;

            Tag(String label) {
                this.label = label;
            }

            String full() {
                return label + "@" + Item.this.name + "@" + Main.this.name;
            }
        }
    }

    class ItemIterator implements Iterator<Item> {
        private int index;

        public boolean hasNext() {
            return index < items.size();
        }

        public Item next() {
            return items.get(index++);
        }
    }

    int totalPrice() {
        int sum = 0;
        for (Iterator<Item> it = new ItemIterator(); it.hasNext();) {
            sum += it.next().price;
        }
        return sum;
    }

    public static void main(String[] args) {
        Main shop = new Main("Shop");
        Item a = shop.new Item("Sword", 100);
        Main.Item b = shop.new Item("Shield", 60);
        System.out.println(a.describe());
        System.out.println(b.describe());
        shop.name = "Renamed";
        System.out.println(a.describe() + " total " + shop.total + " sum " + shop.totalPrice());
        Item.Tag tag = b.new Tag("rare");
        System.out.println(tag.full());
        Main other = new Main("Other");
        other.new Item("Bow", 5);
        System.out.println(other.total + " " + shop.total + " " + other.items.size());
    }
}

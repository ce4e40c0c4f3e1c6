import java.util.*;

public class GenInner<T> {
    private final List<T> _items = new ArrayList<>();

    class Cursor {
        private int _pos;

        T next() {
            return _items.get(_pos++);
        }

        boolean hasNext() {
            return _pos < _items.size();
        }
    }

    Cursor cursor() {
        return new Cursor();
    }

    public static void main(String[] args) {
        GenInner<String> g = new GenInner<>();
        g._items.add("a");
        g._items.add("b");
        GenInner<String>.Cursor c = g.cursor();
        while (c.hasNext()) {
            System.out.println(c.next());
        }
    }
}

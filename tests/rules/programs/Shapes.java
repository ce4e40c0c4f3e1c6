import java.util.*;

interface Shape {
    double area();
    String name();
}

enum Color {
    RED(255, 0, 0), GREEN(0, 255, 0), BLUE(0, 0, 255);

    private final int _r;
    private final int _g;
    private final int _b;

    Color(int r, int g, int b) {
        _r = r;
        _g = g;
        _b = b;
    }

    public int getR() {
        return _r;
    }

    public int brightness() {
        return _r + _g + _b;
    }
}

enum Level { LOW, MEDIUM, HIGH }

class Circle implements Shape {
    private final double _radius;

    public Circle(double radius) {
        _radius = radius;
    }

    public double area() {
        return Math.PI * _radius * _radius;
    }

    public String name() {
        return "circle";
    }
}

class Rect implements Shape {
    protected int _w;
    protected int _h;
    private static int _count = 0;

    public Rect(int w, int h) {
        _w = w;
        _h = h;
        _count++;
    }

    public Rect(int side) {
        this(side, side);
    }

    public double area() {
        return _w * _h;
    }

    public String name() {
        return "rect";
    }

    public static int getCount() {
        return _count;
    }

    public int scale(int f) {
        return _w * f;
    }

    public int scale(int f, int g) {
        return _w * f + _h * g;
    }

    @Override
    public String toString() {
        return "Rect(" + _w + "x" + _h + ")";
    }
}

class Box<T> {
    private final List<T> _items = new ArrayList<>();

    public void add(T item) {
        _items.add(item);
    }

    public T get(int i) {
        return _items.get(i);
    }

    public int size() {
        return _items.size();
    }
}

public class Shapes {
    private int _total;

    public synchronized void inc() {
        _total++;
    }

    static <T extends Comparable<T>> T maxOf(List<T> items) {
        T best = items.get(0);
        for (T it : items) {
            if (it.compareTo(best) > 0) best = it;
        }
        return best;
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.0));
        shapes.add(new Rect(2, 3));
        shapes.add(new Rect(4));
        for (Shape s : shapes) {
            System.out.println(s.name() + " " + String.format("%.2f", s.area()));
        }
        System.out.println(Rect.getCount());
        Rect r = new Rect(2, 5);
        System.out.println(r.scale(3) + " " + r.scale(1, 2));
        System.out.println(r);
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.ordinal() + " " + c.getR() + " " + c.brightness());
        }
        Level lv = Level.valueOf("HIGH");
        switch (lv) {
            case LOW:
                System.out.println("low");
                break;
            case HIGH:
                System.out.println("high!");
                break;
            default:
                System.out.println("mid");
        }
        System.out.println(lv.name() + " " + (lv == Level.HIGH));
        Box<String> box = new Box<>();
        box.add("a");
        box.add("b");
        System.out.println(box.size() + box.get(1));
        System.out.println(maxOf(Arrays.asList(3, 9, 2)));
        Shapes sh = new Shapes();
        sh.inc();
        sh.inc();
        System.out.println(sh._total);
    }
}

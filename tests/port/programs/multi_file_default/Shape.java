// Several top-level classes in the default package, one file each, plus a package-private
// class sharing a file.
public abstract class Shape implements Comparable<Shape> {
    private static int count;
    protected final String label;

    protected Shape(String label) {
        this.label = label;
        count++;
    }

    public abstract double area();

    public static int count() {
        return count;
    }

    @Override
    public int compareTo(Shape other) {
        return Double.compare(area(), other.area());
    }

    @Override
    public String toString() {
        return label + String.format("(%.2f)", area());
    }
}

class Units {
    static final double SCALE = 2.0;

    static double scaled(double v) {
        return v * SCALE;
    }
}

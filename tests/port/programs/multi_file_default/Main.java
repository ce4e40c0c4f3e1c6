import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

// Classes of the default package in separate files (an abstract base, a 3-level chain,
// a package-private helper class sharing a file), Comparable and Collections.sort/max.
public class Main {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(3, 4));
        shapes.add(new Square(2.5));
        shapes.add(new Circle(1));
        shapes.add(new Rect(0.5, 0.5));
        System.out.println(shapes);
        Collections.sort(shapes);
        System.out.println(shapes);
        System.out.println("count " + Shape.count() + " max " + Collections.max(shapes) + " scale " + Units.SCALE);
    }
}

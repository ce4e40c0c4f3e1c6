// Class literals of the program's own classes name them as Java does (`Outer$Inner`, the
// package), the same Class as getClass() of an instance.
package p;

public class Main {
    static class Inner {
    }

    enum Color { RED }

    public static void main(String[] args) {
        System.out.println(Main.class.getName() + " " + Inner.class.getName() + " " + Inner.class.getSimpleName());
        System.out.println(Color.class.getName() + " " + (new Inner().getClass() == Inner.class) + " " + Main.class);
        System.out.println(String.class.getName() + " " + Integer.class.getSimpleName());
    }
}

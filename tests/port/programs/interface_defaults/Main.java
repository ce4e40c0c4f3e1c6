// Interfaces with default and static methods, diamond resolution with X.super.m(), overrides.
import java.util.ArrayList;
import java.util.List;

public class Main {
    interface Named {
        String name();

        default String greet() {
            return "Hello, " + name();
        }

        static Named of(String n) {
            return () -> n;
        }
    }

    interface Leveled {
        int level();

        default String greet() {
            return "Level " + level();
        }

        default boolean isVeteran() {
            return level() >= 40;
        }
    }

    static class Player implements Named, Leveled {
        private final String n;
        private final int lvl;

        Player(String n, int lvl) {
            this.n = n;
            this.lvl = lvl;
        }

        public String name() {
            return n;
        }

        public int level() {
            return lvl;
        }

        @Override
        public String greet() {
            return Named.super.greet() + " / " + Leveled.super.greet();
        }
    }

    interface Shape {
        double area();

        default String describe() {
            return getClass().getSimpleName() + " with area " + area();
        }
    }

    record Square(double side) implements Shape {
        public double area() {
            return side * side;
        }
    }

    static class Circle implements Shape {
        public double area() {
            return 3.0 * 2 * 2;
        }

        @Override
        public String describe() {
            return "round " + Shape.super.describe();
        }
    }

    interface Counter {
        List<String> LOG = new ArrayList<>();

        void count();

        default Counter twice() {
            return () -> {
                count();
                count();
            };
        }
    }

    public static void main(String[] args) {
        Player p = new Player("Aria", 52);
        System.out.println(p.greet() + " veteran=" + p.isVeteran());
        Named n = Named.of("Ghost");
        System.out.println(n.greet());
        Leveled young = () -> 10;
        System.out.println(young.greet() + " veteran=" + young.isVeteran());
        List<Shape> shapes = List.of(new Square(1.5), new Circle());
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        int[] calls = {0};
        Counter c = () -> Counter.LOG.add("call " + (++calls[0]));
        c.twice().twice().count();
        System.out.println(Counter.LOG);
    }
}

// Overload resolution: widening before boxing before varargs, most specific, per static type.
public class Main {
    static String m(int x) {
        return "int";
    }

    static String m(long x) {
        return "long";
    }

    static String m(double x) {
        return "double";
    }

    static String m(Integer x) {
        return "Integer";
    }

    static String m(Object x) {
        return "Object";
    }

    static String m(int... xs) {
        return "varargs" + xs.length;
    }

    static String n(long x) {
        return "n(long)";
    }

    static String n(Integer x) {
        return "n(Integer)";
    }

    static String p(Object o) {
        return "p(Object)";
    }

    static String p(String s) {
        return "p(String)";
    }

    static class Animal {
        String speak() {
            return "...";
        }

        Animal self() {
            return this;
        }

        String accept(Animal a) {
            return "Animal.accept(Animal)";
        }
    }

    static class Dog extends Animal {
        @Override
        String speak() {
            return "woof";
        }

        @Override
        Dog self() {
            return this;
        }

        String accept(Dog d) {
            return "Dog.accept(Dog)";
        }

        String fetch() {
            return "fetching";
        }
    }

    public static void main(String[] args) {
        byte b = 1;
        short s = 2;
        char c = 'c';
        long l = 4;
        float f = 5f;
        Integer boxed = 6;
        System.out.println(m(b) + " " + m(s) + " " + m(c) + " " + m(3) + " " + m(l) + " " + m(f) + " " + m(boxed) + " " + m("str"));
        System.out.println(m() + " " + m(1, 2) + " " + m(new int[] {1, 2, 3}));
        System.out.println(n(5) + " " + n(boxed));
        Object o = "text";
        System.out.println(p("x") + " " + p(o) + " " + p(null) + " " + p((Object) "y"));
        Animal a = new Dog();
        Dog d = new Dog();
        System.out.println(a.speak() + " " + d.self().fetch() + " " + a.accept(d) + " " + d.accept(d) + " " + d.accept(a));
        StringBuilder sb = new StringBuilder();
        sb.append('x').append((int) 'x').append((char) 121).append(1 + 'a');
        System.out.println(sb);
        java.util.List<Integer> list = new java.util.ArrayList<>(java.util.List.of(10, 20, 30, 40));
        list.remove(1);
        list.remove(Integer.valueOf(30));
        System.out.println(list);
        System.out.println(Math.max(3, 4L) + " " + Math.max(3, 4.0) + " " + Math.abs(-7) + " " + Math.abs(-7.0));
    }
}

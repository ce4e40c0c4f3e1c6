public class Defaults {
    interface Named {
        String name();

        default String greet() {
            return "hello " + name();
        }

        default int size() {
            return name().length();
        }
    }

    static class Cat implements Named {
        public String name() {
            return "cat";
        }
    }

    static class Dog implements Named {
        public String name() {
            return "dog";
        }

        public String greet() {
            return "woof";
        }
    }

    static String all(Named n) {
        return n.greet() + "/" + n.size();
    }

    public static void main(String[] args) {
        System.out.println(all(new Cat()));
        System.out.println(all(new Dog()));
    }
}

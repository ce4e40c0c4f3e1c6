// Exceptions the JVM raises itself, with the messages Java gives them.
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public class Main {
    interface Action {
        void run() throws Exception;
    }

    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] arr = new int[3];
        List<Integer> list = new ArrayList<>(List.of(1, 2, 3));
        attempt("array index", () -> System.out.println(arr[5]));
        attempt("negative index", () -> System.out.println(arr[-1]));
        attempt("negative size", () -> System.out.println(new int[arr.length - 4].length));
        attempt("list index", () -> list.get(7));
        attempt("string index", () -> "abc".charAt(10));
        attempt("substring", () -> "abc".substring(2, 1));
        attempt("divide", () -> System.out.println(arr.length / arr[0]));
        attempt("parse", () -> Integer.parseInt("12a"));
        attempt("parse empty", () -> Integer.parseInt(""));
        attempt("parse double", () -> Double.parseDouble("abc"));
        attempt("empty iterator", () -> new ArrayList<String>().iterator().next());
        attempt("immutable", () -> List.of(1).add(2));
        attempt("no such element", () -> {
            throw new NoSuchElementException("custom message");
        });
        attempt("concurrent modification", () -> {
            for (Integer i : list) {
                if (i == 1) {
                    list.remove(i);
                }
            }
        });
        attempt("iterator remove twice", () -> {
            Iterator<Integer> it = list.iterator();
            it.next();
            it.remove();
            it.remove();
        });
        attempt("state", () -> {
            throw new IllegalStateException();
        });
        attempt("checked", () -> {
            throw new Exception("checked one");
        });
        System.out.println(list);
    }
}

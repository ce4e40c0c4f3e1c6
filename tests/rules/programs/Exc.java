import java.util.*;

public class Exc {
    static class InsufficientFunds extends RuntimeException {
        InsufficientFunds(String msg) {
            super(msg);
        }
    }

    record Point(int x, int y) {
        int dist() {
            return Math.abs(x) + Math.abs(y);
        }
    }

    static int counter;

    static {
        counter = 10;
    }

    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.out.println("bad number: " + s);
            return -1;
        } finally {
            System.out.println("finally " + s);
        }
    }

    static void withdraw(int balance, int amount) {
        if (amount > balance) {
            throw new InsufficientFunds("need " + (amount - balance));
        }
        System.out.println("ok " + (balance - amount));
    }

    static int divide(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            return 0;
        }
    }

    static String nested() {
        StringBuilder log = new StringBuilder();
        try {
            try {
                log.append("a");
                throw new IllegalStateException("inner");
            } finally {
                log.append("b");
            }
        } catch (RuntimeException e) {
            log.append("c:" + e.getMessage());
        }
        return log.toString();
    }

    static int loopTry() {
        int found = -1;
        for (int i = 0; i < 10; i++) {
            try {
                if (i == 3) continue;
                if (i == 5) {
                    found = i;
                    break;
                }
            } finally {
                counter++;
            }
        }
        return found;
    }

    public static void main(String[] args) {
        System.out.println(parse("42") + " " + parse("x1"));
        try {
            withdraw(10, 5);
            withdraw(10, 50);
            System.out.println("not reached");
        } catch (InsufficientFunds e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println(divide(7, 2) + " " + divide(1, 0));
        System.out.println(nested());
        System.out.println(loopTry() + " " + counter);
        try {
            int[] arr = new int[2];
            arr[5] = 1;
        } catch (ArrayIndexOutOfBoundsException | NullPointerException e) {
            System.out.println("index problem");
        }
        try {
            Object o = "str";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            System.out.println("bad cast");
        }
        Point p = new Point(3, -4);
        System.out.println(p.x() + " " + p.y() + " " + p.dist());
        List<String> list = new ArrayList<>();
        try {
            list.get(3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("empty list");
        }
    }
}

// Exceptions as values: causes, initCause, custom fields, overriding getMessage/toString,
// exceptions thrown from lambdas and constructors, rethrow preserving identity.
import java.util.function.Supplier;

public class Main {
    static class ValidationException extends RuntimeException {
        private final String field;

        ValidationException(String field, String message) {
            super(message);
            this.field = field;
        }

        @Override
        public String toString() {
            return "ValidationException{" + field + ": " + getMessage() + "}";
        }
    }

    static class Account {
        private final int balance;

        Account(int balance) {
            if (balance < 0) {
                throw new ValidationException("balance", "negative: " + balance);
            }
            this.balance = balance;
        }
    }

    static <T> T orDefault(Supplier<T> s, T def) {
        try {
            return s.get();
        } catch (RuntimeException e) {
            System.out.println("  supplier failed with " + e);
            return def;
        }
    }

    public static void main(String[] args) {
        RuntimeException root = new RuntimeException("root cause");
        IllegalStateException mid = new IllegalStateException("middle", root);
        Exception top = new Exception("top");
        top.initCause(mid);
        Throwable t = top;
        int depth = 0;
        while (t != null) {
            System.out.println("depth " + depth++ + ": " + t);
            t = t.getCause();
        }
        try {
            new Account(-5);
        } catch (ValidationException e) {
            System.out.println("caught " + e + " message=" + e.getMessage());
        }
        Integer v = orDefault(() -> Integer.valueOf("oops"), -1);
        System.out.println("value " + v);
        Account acc = orDefault(() -> new Account(-1), new Account(10));
        System.out.println("balance " + acc.balance);
        RuntimeException original = new UnsupportedOperationException("same");
        try {
            try {
                throw original;
            } catch (RuntimeException e) {
                throw e;
            }
        } catch (RuntimeException e) {
            System.out.println("identity kept: " + (e == original));
        }
        Error err = new AssertionError("assert " + 42);
        System.out.println(err + " " + (err instanceof Throwable) + " " + new IllegalArgumentException(new ArithmeticException("inner")).getMessage());
    }
}

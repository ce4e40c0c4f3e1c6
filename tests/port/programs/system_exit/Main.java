// System.exit(3) from a nested call inside try/finally: the finally does not run, output
// printed before is kept, the status is 3.
public class Main {
    static void shutdown(int code) {
        System.out.println("shutting down with " + code);
        System.exit(code);
    }

    public static void main(String[] args) {
        System.out.println("working");
        System.out.print("no newline yet;");
        try {
            for (int i = 0; i < 5; i++) {
                if (i == 2) {
                    shutdown(3);
                }
                System.out.println(" step " + i);
            }
        } finally {
            System.out.println("finally must not run");
        }
        System.out.println("unreachable");
    }
}

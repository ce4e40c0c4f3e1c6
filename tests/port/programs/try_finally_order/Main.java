// try/catch/finally order: nested blocks, finally after return, return value fixed before
// finally runs, finally overriding a return, break and continue through finally.
public class Main {
    static int counter = 0;

    static int returnsBeforeFinally() {
        int x = 1;
        try {
            return x;
        } finally {
            x = 99;
            System.out.println("finally sets x=" + x);
        }
    }

    @SuppressWarnings("finally")
    static String finallyOverrides() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return "finally wins";
        }
    }

    static String nested(int mode) {
        StringBuilder sb = new StringBuilder();
        try {
            sb.append("outer-try ");
            try {
                sb.append("inner-try ");
                if (mode == 1) {
                    throw new IllegalArgumentException("one");
                }
                if (mode == 2) {
                    throw new UnsupportedOperationException("two");
                }
                sb.append("inner-end ");
            } catch (IllegalArgumentException e) {
                sb.append("inner-catch(").append(e.getMessage()).append(") ");
            } finally {
                sb.append("inner-finally ");
            }
            sb.append("after-inner ");
        } catch (RuntimeException e) {
            sb.append("outer-catch(").append(e.getMessage()).append(") ");
        } finally {
            sb.append("outer-finally");
        }
        return sb.toString();
    }

    static int counted() {
        try {
            counter++;
            return counter;
        } finally {
            counter += 10;
        }
    }

    public static void main(String[] args) {
        System.out.println(returnsBeforeFinally());
        System.out.println(finallyOverrides());
        for (int mode = 0; mode < 3; mode++) {
            System.out.println(mode + ": " + nested(mode));
        }
        System.out.println(counted() + " " + counter);
        StringBuilder loop = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) {
                    continue;
                }
                if (i == 3) {
                    break;
                }
                loop.append("body").append(i).append(' ');
            } finally {
                loop.append("fin").append(i).append(' ');
            }
        }
        System.out.println(loop);
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                System.out.println("cleanup runs before the outer catch");
            }
        } catch (RuntimeException e) {
            System.out.println("outer caught " + e.getMessage());
        }
        try {
            try {
                throw new RuntimeException("original");
            } finally {
                throw new IllegalStateException("from finally");
            }
        } catch (RuntimeException e) {
            System.out.println("finally's exception replaces: " + e.getMessage() + " suppressed=" + e.getSuppressed().length);
        }
        int result = 0;
        while (true) {
            try {
                result++;
                if (result == 3) {
                    break;
                }
            } finally {
                System.out.println("iteration " + result);
            }
        }
    }
}

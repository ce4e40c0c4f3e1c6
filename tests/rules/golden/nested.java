public class Outer {
    private static int _created;

    public static class Node {
        private final int _value;
        private Node _next;

        public Node(int value) {
            _value = value;
            _created++;
        }

        public int sum() {
            return _next == null ? _value : _value + _next.sum();
        }
    }

    public static Runnable task(final String name) {
        return new Runnable() {
            @Override
            public void run() {
                System.out.println("run " + name);
            }
        };
    }
}

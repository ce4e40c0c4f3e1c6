import java.util.*;

public class Inner {
    private int _hits;
    private final List<Task> _tasks = new ArrayList<>();

    class Task implements Runnable {
        private final String _name;

        Task(String name) {
            _name = name;
        }

        public void run() {
            _hits++;
            log(_name + " ran, hits=" + _hits);
        }
    }

    private void log(String s) {
        System.out.println(s);
    }

    void schedule(String name) {
        _tasks.add(new Task(name));
    }

    public static void main(String[] args) {
        Inner in = new Inner();
        in.schedule("a");
        in.schedule("b");
        for (Task t : in._tasks) {
            t.run();
        }
        System.out.println(in._hits);
    }
}

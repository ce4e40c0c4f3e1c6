// PriorityQueue: natural and comparator order for poll; toString shows the heap array.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

public class Main {
    static final class Task {
        final String name;
        final int priority;
        final long time;

        Task(String name, int priority, long time) {
            this.name = name;
            this.priority = priority;
            this.time = time;
        }

        @Override
        public String toString() {
            return name + "(" + priority + "@" + time + ")";
        }
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> ints = new PriorityQueue<>();
        for (int v : new int[] {42, 7, 19, 3, 25, 7, 1, 88, 14}) {
            ints.add(v);
        }
        System.out.println(ints + " peek=" + ints.peek() + " size=" + ints.size());
        List<Integer> order = new ArrayList<>();
        while (!ints.isEmpty()) {
            order.add(ints.poll());
        }
        System.out.println(order);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt((Task t) -> -t.priority).thenComparingLong(t -> t.time));
        tasks.add(new Task("save", 1, 500));
        tasks.add(new Task("attack", 5, 100));
        tasks.add(new Task("heal", 5, 50));
        tasks.add(new Task("move", 3, 10));
        tasks.add(new Task("chat", 0, 1));
        tasks.add(new Task("buff", 3, 5));
        System.out.println(tasks);
        tasks.remove(tasks.peek());
        System.out.println(tasks);
        StringBuilder sb = new StringBuilder();
        while (!tasks.isEmpty()) {
            sb.append(tasks.poll().name).append(' ');
        }
        System.out.println(sb.toString().trim());
        PriorityQueue<String> maxHeap = new PriorityQueue<>(Comparator.reverseOrder());
        for (String s : "pear apple fig kiwi banana".split(" ")) {
            maxHeap.offer(s);
        }
        System.out.println(maxHeap + " " + maxHeap.poll() + " " + maxHeap);
        PriorityQueue<int[]> byDistance = new PriorityQueue<>((a, b) -> Integer.compare(a[0] * a[0] + a[1] * a[1], b[0] * b[0] + b[1] * b[1]));
        byDistance.add(new int[] {3, 4});
        byDistance.add(new int[] {1, 1});
        byDistance.add(new int[] {0, 2});
        System.out.println(byDistance.poll()[0] + " " + byDistance.poll()[1] + " " + byDistance.size());
    }
}

// ArrayDeque as a stack (push/pop/peek) and as a queue (offer/poll), both ends, iteration.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Queue;

public class Main {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    if (stack.isEmpty()) {
                        return false;
                    }
                    char open = stack.pop();
                    if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return stack.isEmpty();
    }

    public static void main(String[] args) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 1; i <= 5; i++) {
            stack.push(i * 10);
        }
        System.out.println(stack + " peek=" + stack.peek() + " pop=" + stack.pop() + " " + stack);
        Queue<String> queue = new ArrayDeque<>();
        queue.offer("first");
        queue.offer("second");
        queue.add("third");
        System.out.println(queue.poll() + " " + queue.peek() + " " + queue + " " + queue.size());
        Deque<Integer> d = new ArrayDeque<>();
        d.addFirst(2);
        d.addLast(3);
        d.offerFirst(1);
        d.offerLast(4);
        System.out.println(d + " " + d.peekFirst() + " " + d.peekLast() + " " + d.pollLast() + " " + d.pollFirst() + " " + d);
        Iterator<Integer> desc = stack.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (desc.hasNext()) {
            sb.append(desc.next()).append(',');
        }
        System.out.println(sb);
        for (String s : new String[] {"([]{})", "([)]", "((", "", "}"}) {
            System.out.println("'" + s + "' balanced=" + balanced(s));
        }
        Deque<int[]> bfs = new ArrayDeque<>();
        boolean[][] seen = new boolean[4][4];
        bfs.add(new int[] {0, 0});
        seen[0][0] = true;
        int visited = 0;
        while (!bfs.isEmpty()) {
            int[] cur = bfs.poll();
            visited++;
            int[][] dirs = {{1, 0}, {0, 1}};
            for (int[] dir : dirs) {
                int nx = cur[0] + dir[0];
                int ny = cur[1] + dir[1];
                if (nx < 4 && ny < 4 && !seen[nx][ny] && (nx + ny) % 3 != 2) {
                    seen[nx][ny] = true;
                    bfs.add(new int[] {nx, ny});
                }
            }
        }
        System.out.println("visited " + visited + " empty poll " + bfs.poll() + " " + stack.contains(30) + " " + stack.removeFirstOccurrence(30) + " " + stack);
    }
}

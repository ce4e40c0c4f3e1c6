// ArrayList and List operations: insert, remove by index and by value, subList views,
// ListIterator, removeIf, toArray, equality, Arrays.asList fixed size, List.of immutability.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;

public class Main {
    public static void main(String[] args) {
        List<String> list = new ArrayList<>();
        list.add("a");
        list.add("c");
        list.add(1, "b");
        list.add(0, "start");
        list.addAll(Arrays.asList("d", "e"));
        list.addAll(2, List.of("x", "y"));
        System.out.println(list + " " + list.size() + " " + list.indexOf("x") + " " + list.lastIndexOf("zz") + " " + list.contains("e"));
        list.set(0, "S");
        System.out.println(list.remove(2) + " " + list.remove("y") + " " + list.remove("missing") + " " + list);
        List<String> sub = list.subList(1, 3);
        sub.set(0, "B");
        System.out.println(sub + " " + list);
        Iterator<String> it = list.iterator();
        while (it.hasNext()) {
            if (it.next().equals("c")) {
                it.remove();
            }
        }
        System.out.println(list);
        ListIterator<String> li = list.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            String s = li.next();
            if (idx % 2 == 0) {
                li.set(s.toUpperCase());
            } else {
                li.add(s + "+");
            }
        }
        System.out.println(list);
        list.removeIf(s -> s.endsWith("+"));
        System.out.println(list + " " + String.join("", list));
        String[] arr = list.toArray(new String[0]);
        System.out.println(arr.length + " " + Arrays.toString(arr));
        List<Integer> fixed = Arrays.asList(3, 1, 2);
        fixed.set(0, 30);
        try {
            fixed.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("fixed size " + fixed);
        }
        List<Integer> numbers = new ArrayList<>(List.of(5, 10, 15, 20));
        System.out.println(numbers.equals(List.of(5, 10, 15, 20)) + " " + numbers.equals(new LinkedList<>(numbers)) + " " + numbers.hashCode());
        numbers.replaceAll(n -> n / 5);
        numbers.retainAll(List.of(1, 3, 4, 9));
        System.out.println(numbers + " " + numbers.isEmpty() + " " + new ArrayList<>().isEmpty());
        List<List<String>> grid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            grid.add(new ArrayList<>());
            for (int j = 0; j <= i; j++) {
                grid.get(i).add(i + "" + j);
            }
        }
        System.out.println(grid);
        LinkedList<Integer> linked = new LinkedList<>(List.of(1, 2, 3));
        linked.addFirst(0);
        linked.removeLast();
        System.out.println(linked + " " + linked.getFirst() + " " + linked.peekLast());
        List<Integer> copy = List.copyOf(numbers);
        numbers.clear();
        System.out.println(copy + " " + numbers);
    }
}

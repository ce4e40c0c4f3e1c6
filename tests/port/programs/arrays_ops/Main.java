// Arrays: default values, Arrays.toString/sort/fill/copyOf/copyOfRange/equals/binarySearch,
// System.arraycopy (overlapping), clone independence, length.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        int[] ints = new int[3];
        boolean[] bools = new boolean[2];
        double[] doubles = new double[2];
        String[] strings = new String[2];
        char[] chars = new char[2];
        long[] longs = new long[1];
        System.out.println(Arrays.toString(ints) + Arrays.toString(bools) + Arrays.toString(doubles) + Arrays.toString(strings) + (int) chars[0] + Arrays.toString(longs));
        int[] data = {5, 3, 9, 1, 7, 3};
        int[] sorted = data.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(data) + " " + Arrays.toString(sorted) + " " + Arrays.binarySearch(sorted, 7) + " " + Arrays.binarySearch(sorted, 4));
        int[] partial = {9, 8, 7, 6, 5, 4};
        Arrays.sort(partial, 1, 4);
        System.out.println(Arrays.toString(partial));
        Arrays.fill(ints, 42);
        Arrays.fill(partial, 2, 4, 0);
        System.out.println(Arrays.toString(ints) + " " + Arrays.toString(partial));
        System.out.println(Arrays.toString(Arrays.copyOf(data, 3)) + " " + Arrays.toString(Arrays.copyOf(data, 8)) + " " + Arrays.toString(Arrays.copyOfRange(data, 2, 5)));
        System.out.println(Arrays.equals(data, new int[] {5, 3, 9, 1, 7, 3}) + " " + (data == data.clone()) + " " + data.equals(data.clone()));
        int[] shift = {1, 2, 3, 4, 5, 6};
        System.arraycopy(shift, 0, shift, 2, 4);
        System.out.println(Arrays.toString(shift));
        int[] shiftLeft = {1, 2, 3, 4, 5, 6};
        System.arraycopy(shiftLeft, 2, shiftLeft, 0, 4);
        System.out.println(Arrays.toString(shiftLeft));
        String[] names = {"pear", "Apple", "fig"};
        String[] alias = names;
        alias[0] = "PEAR";
        Arrays.sort(names);
        System.out.println(Arrays.toString(names) + " " + names.length + " " + Arrays.asList(alias).indexOf("fig"));
        double[] ds = {3.5, -1.0, 2.25, -0.0, 0.0};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        char[] letters = "hello".toCharArray();
        Arrays.sort(letters);
        System.out.println(new String(letters) + " " + Arrays.toString(letters));
        Object[] objs = {1, "two", null, 3.0};
        System.out.println(Arrays.toString(objs) + " " + Arrays.toString((int[]) null) + " " + Arrays.stream(data).sum());
        byte[] bytes = {(byte) 200, 10, -1};
        System.out.println(Arrays.toString(bytes) + " " + Arrays.hashCode(bytes));
        Integer[] boxed = {3, null, 1};
        try {
            Arrays.sort(boxed);
        } catch (NullPointerException e) {
            System.out.println("sorting nulls: NPE");
        }
    }
}

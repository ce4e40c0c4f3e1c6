// Utilities L2J uses: BitSet, Collections.synchronizedList, CopyOnWriteArrayList
// iteration during modification, Iterator over Map.Entry with removal, StringTokenizer.
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.CopyOnWriteArrayList;

public class Main {
    public static void main(String[] args) {
        BitSet ids = new BitSet();
        ids.set(0);
        ids.set(1);
        ids.set(2);
        ids.set(5);
        ids.set(64);
        System.out.println(ids + " card=" + ids.cardinality() + " nextClear=" + ids.nextClearBit(0) + " nextSet(3)=" + ids.nextSetBit(3) + " len=" + ids.length());
        ids.clear(1);
        System.out.println(ids + " " + ids.get(1) + " " + ids.nextClearBit(0) + " " + ids.nextSetBit(65));
        List<String> sync = Collections.synchronizedList(new ArrayList<>());
        sync.add("x");
        sync.add("y");
        synchronized (sync) {
            for (String s : sync) {
                System.out.print(s);
            }
        }
        System.out.println();
        List<String> cow = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        for (String s : cow) {
            if (s.equals("a")) {
                cow.add("d");
                cow.remove("b");
            }
            System.out.print(s + " ");
        }
        System.out.println(cow);
        Map<String, Integer> stock = new HashMap<>();
        stock.put("potion", 0);
        stock.put("arrow", 500);
        stock.put("scroll", 0);
        stock.put("shot", 1200);
        for (Iterator<Map.Entry<String, Integer>> it = stock.entrySet().iterator(); it.hasNext();) {
            Map.Entry<String, Integer> e = it.next();
            if (e.getValue() == 0) {
                it.remove();
            }
        }
        System.out.println(stock);
        StringTokenizer st = new StringTokenizer("admin_spawn 30001 5  yes", " ");
        System.out.println(st.countTokens());
        String cmd = st.nextToken();
        int npcId = Integer.parseInt(st.nextToken());
        int count = st.hasMoreTokens() ? Integer.parseInt(st.nextToken()) : 1;
        System.out.println(cmd + " " + npcId + " " + count + " rest=" + st.nextToken() + " more=" + st.hasMoreTokens());
        StringTokenizer multi = new StringTokenizer("a=1;b=2;;c=3", ";=");
        StringBuilder sb = new StringBuilder();
        while (multi.hasMoreTokens()) {
            sb.append('[').append(multi.nextToken()).append(']');
        }
        System.out.println(sb);
    }
}

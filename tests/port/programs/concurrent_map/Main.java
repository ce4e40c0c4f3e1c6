// ConcurrentHashMap: putIfAbsent, computeIfAbsent, merge from many threads with exact totals,
// iteration over Integer keys, remove(key, value), replace.
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

public class Main {
    public static void main(String[] args) throws InterruptedException {
        ConcurrentHashMap<Integer, String> players = new ConcurrentHashMap<>();
        for (int id = 1; id <= 12; id++) {
            players.put(id, "p" + id);
        }
        System.out.println(players);
        System.out.println(players.putIfAbsent(3, "x") + " " + players.putIfAbsent(13, "p13") + " " + players.remove(13, "wrong") + " " + players.remove(13, "p13"));
        System.out.println(players.replace(1, "P1") + " " + players.replace(1, "nope", "never") + " " + players.get(1) + " " + players.getOrDefault(99, "none"));
        ConcurrentHashMap<String, Integer> kills = new ConcurrentHashMap<>();
        Map<String, List<Integer>> hits = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            final int tid = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    String key = "mob" + (i % 5);
                    kills.merge(key, 1, Integer::sum);
                    if (i % 1000 == 0) {
                        hits.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(tid);
                    }
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(new TreeMap<>(kills));
        int totalHits = 0;
        for (List<Integer> l : hits.values()) {
            totalHits += l.size();
        }
        System.out.println("hit lists " + hits.size() + " entries " + totalHits);
        System.out.println(kills.reduceValues(1, Integer::sum) + " " + kills.mappingCount() + " " + kills.containsKey("mob4"));
        players.forEach((k, v) -> {
            if (k % 4 == 0) {
                System.out.print(k + "=" + v + " ");
            }
        });
        System.out.println();
        players.keySet().removeIf(k -> k > 3);
        System.out.println(players + " " + players.size());
    }
}

// L2J's BitSet id factory: synchronized allocation of the lowest free id, release and reuse,
// growth, and several threads allocating at once (every id handed out exactly once).
import java.util.BitSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static final class BitSetIDFactory {
        static final int FIRST_OID = 0x10000000;
        private BitSet _freeIds;
        private final AtomicInteger _freeIdCount;
        private int _nextFreeId;
        private int grows;

        BitSetIDFactory(int initial, int[] used) {
            _freeIds = new BitSet(initial);
            _freeIdCount = new AtomicInteger(initial);
            for (int id : used) {
                _freeIds.set(id - FIRST_OID);
                _freeIdCount.decrementAndGet();
            }
            _nextFreeId = _freeIds.nextClearBit(0);
        }

        synchronized int getNextId() {
            int newId = _nextFreeId;
            _freeIds.set(newId);
            _freeIdCount.decrementAndGet();
            int nextFree = _freeIds.nextClearBit(newId);
            if (nextFree < 0) {
                nextFree = _freeIds.nextClearBit(0);
            }
            if (_freeIdCount.get() <= 0) {
                increaseBitSetCapacity();
            }
            _nextFreeId = nextFree;
            return newId + FIRST_OID;
        }

        synchronized void releaseId(int objectId) {
            int bit = objectId - FIRST_OID;
            if (bit >= 0 && _freeIds.get(bit)) {
                _freeIds.clear(bit);
                _freeIdCount.incrementAndGet();
                if (bit < _nextFreeId) {
                    _nextFreeId = bit;
                }
            } else {
                System.out.println("release of unused id " + Integer.toHexString(objectId));
            }
        }

        private void increaseBitSetCapacity() {
            grows++;
            BitSet newBitSet = new BitSet(_freeIds.size() * 2);
            newBitSet.or(_freeIds);
            _freeIds = newBitSet;
            _freeIdCount.addAndGet(64);
        }

        synchronized int size() {
            return _freeIdCount.get();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        BitSetIDFactory f = new BitSetIDFactory(8, new int[] {0x10000000, 0x10000002});
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Integer.toHexString(f.getNextId()));
        }
        System.out.println(ids + " free " + f.size());
        f.releaseId(0x10000001);
        f.releaseId(0x10000001);
        f.releaseId(5);
        System.out.println("reused " + Integer.toHexString(f.getNextId()) + " next " + Integer.toHexString(f.getNextId()));
        List<Integer> all = Collections.synchronizedList(new ArrayList<>());
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    all.add(f.getNextId());
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Integer> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        boolean contiguous = true;
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i) != sorted.get(i - 1) + 1) {
                contiguous = false;
            }
        }
        System.out.println("allocated " + sorted.size() + " unique " + sorted.stream().distinct().count() + " contiguous " + contiguous
            + " first " + Integer.toHexString(sorted.get(0)) + " last " + Integer.toHexString(sorted.get(sorted.size() - 1)) + " grows>0 " + (f.grows > 0));
    }
}

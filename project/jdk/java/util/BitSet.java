package java.util;

import java.util.stream.IntStream;

// Go: *java.BitSet (util_bitset.go).
public class BitSet {
    @Go("java.NewBitSet()") public BitSet() {}
    @Go("java.NewBitSet2({0})") public BitSet(int nbits) {}
    @Go("java.BitSetValueOf({0})") public static BitSet valueOf(long[] longs) {}
    @Go("{this}.Set({0})") public void set(int bitIndex) {}
    @Go("{this}.Set2({0}, {1})") public void set(int bitIndex, boolean value) {}
    @Go("{this}.SetRange({0}, {1})") public void set(int fromIndex, int toIndex) {}
    @Go("{this}.SetRange2({0}, {1}, {2})") public void set(int fromIndex, int toIndex, boolean value) {}
    @Go("{this}.Clear({0})") public void clear(int bitIndex) {}
    @Go("{this}.ClearRange({0}, {1})") public void clear(int fromIndex, int toIndex) {}
    @Go("{this}.ClearAll()") public void clear() {}
    @Go("{this}.Get({0})") public boolean get(int bitIndex) {}
    @Go("{this}.GetRange({0}, {1})") public BitSet get(int fromIndex, int toIndex) {}
    @Go("{this}.Flip({0})") public void flip(int bitIndex) {}
    @Go("{this}.FlipRange({0}, {1})") public void flip(int fromIndex, int toIndex) {}
    public int nextSetBit(int fromIndex) {}
    public int nextClearBit(int fromIndex) {}
    public int previousSetBit(int fromIndex) {}
    public int previousClearBit(int fromIndex) {}
    public int cardinality() {}
    public int length() {}
    public int size() {}
    public boolean isEmpty() {}
    public boolean intersects(BitSet set) {}
    public void and(BitSet set) {}
    public void or(BitSet set) {}
    public void xor(BitSet set) {}
    public void andNot(BitSet set) {}
    public long[] toLongArray() {}
    public IntStream stream() {}
    public Object clone() {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String toString() {}
}

package java.util;

// Go: *java.Random, Java's 48-bit LCG (the same sequences as the JVM for a seed).
public class Random implements java.io.Serializable {
    @Go("java.NewRandom()") public Random() {}
    @Go("java.NewRandom2({0})") public Random(long seed) {}
    public synchronized void setSeed(long seed) {}
    protected int next(int bits) {}
    public void nextBytes(byte[] bytes) {}
    public int nextInt() {}
    @Go("{this}.NextIntBound({0})") public int nextInt(int bound) {}
    @Go("{this}.NextIntRange({0}, {1})") public int nextInt(int origin, int bound) {}
    public long nextLong() {}
    @Go("{this}.NextLongBound({0})") public long nextLong(long bound) {}
    @Go("{this}.NextLongRange({0}, {1})") public long nextLong(long origin, long bound) {}
    public boolean nextBoolean() {}
    public float nextFloat() {}
    public double nextDouble() {}
    @Go("{this}.NextDoubleBound({0})") public double nextDouble(double bound) {}
    @Go("{this}.NextDoubleRange({0}, {1})") public double nextDouble(double origin, double bound) {}
    public synchronized double nextGaussian() {}
}

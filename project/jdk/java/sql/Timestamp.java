package java.sql;

// Go: *java.Timestamp (it embeds java.Date; pass {this}.Date where a Date is wanted).
public class Timestamp extends java.util.Date {
    @Go("java.NewTimestamp({0})") public Timestamp(long time) {}

    public static Timestamp valueOf(String s) {}
    public void setTime(long time) {}
    public int getNanos() {}
    public void setNanos(int n) {}
    public String toString() {}
    public boolean equals(Object ts) {}
}

package java.time.temporal;

public interface Temporal {
}

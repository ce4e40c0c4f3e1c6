package java.time.temporal;

public interface TemporalAdjuster {
}

package java.time.temporal;

// Go: any (a LocalDate, LocalTime, LocalDateTime, ZonedDateTime or Instant).
@GoType("any")
public interface TemporalAccessor {
}

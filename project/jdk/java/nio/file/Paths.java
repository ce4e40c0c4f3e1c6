package java.nio.file;

public final class Paths {
    @Go("java.PathsGet({0}, {1}...)") public static Path get(String first, String... more) {}
}

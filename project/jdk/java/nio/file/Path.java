package java.nio.file;

import java.io.File;

public interface Path extends Comparable<Path> {
    @Go("java.PathOf({0}, {1}...)") static Path of(String first, String... more) {}

    Path getFileName();
    Path getParent();
    Path getRoot();
    boolean isAbsolute();
    int getNameCount();
    Path getName(int index);
    @Go("{this}.Resolve({0})") Path resolve(Path other);
    @Go("{this}.ResolveString({0})") Path resolve(String other);
    Path resolveSibling(String other);
    Path relativize(Path other);
    Path normalize();
    Path toAbsolutePath();
    @Go("{this}.StartsWith({0})") boolean startsWith(Path other);
    @Go("{this}.StartsWithString({0})") boolean startsWith(String other);
    @Go("{this}.EndsWith({0})") boolean endsWith(Path other);
    @Go("{this}.EndsWithString({0})") boolean endsWith(String other);
    File toFile();
    int compareTo(Path other);
    boolean equals(Object other);
    int hashCode();
    String toString();
}

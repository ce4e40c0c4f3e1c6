package java.nio.file;

public enum LinkOption implements OpenOption {
    NOFOLLOW_LINKS;
}

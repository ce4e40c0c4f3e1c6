package java.lang;

public class Runtime {
    @Go("java.RuntimeGetRuntime()") public static Runtime getRuntime() {}
    public void exit(int status) {}
    public void addShutdownHook(Thread hook) {}
    public boolean removeShutdownHook(Thread hook) {}
    public void halt(int status) {}
    public int availableProcessors() {}
    public long freeMemory() {}
    public long totalMemory() {}
    public long maxMemory() {}
    public void gc() {}
}

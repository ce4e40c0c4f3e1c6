package java.util;

// Go: interface java.TimerTask, struct java.TimerTaskImpl (embed it; initialiser
// InitTimerTask).
@GoType("java.TimerTask")
public abstract class TimerTask implements Runnable {
    protected TimerTask() {}

    public abstract void run();
    public boolean cancel() {}
    public long scheduledExecutionTime() {}
}

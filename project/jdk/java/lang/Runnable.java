package java.lang;

// Go: interface java.Runnable { Run() }; a lambda is java.RunnableFunc(func() {...}).
public interface Runnable {
    public abstract void run();
}

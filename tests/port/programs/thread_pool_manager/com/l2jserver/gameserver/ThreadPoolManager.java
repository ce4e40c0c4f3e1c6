package com.l2jserver.gameserver;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.LinkedBlockingQueue;

// L2J's ThreadPoolManager: scheduled pools for effects and general tasks, an executor for
// packets; tasks are wrapped so an exception is reported, not lost.
public final class ThreadPoolManager {
    private final ScheduledExecutorService _effectsScheduledThreadPool = Executors.newScheduledThreadPool(1);
    private final ScheduledExecutorService _generalScheduledThreadPool = Executors.newScheduledThreadPool(2);
    private final ThreadPoolExecutor _generalThreadPool = new ThreadPoolExecutor(2, 2, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>());

    private static final class RunnableWrapper implements Runnable {
        private final Runnable _r;

        RunnableWrapper(Runnable r) {
            _r = r;
        }

        @Override
        public void run() {
            try {
                _r.run();
            } catch (Throwable e) {
                System.out.println("task failed: " + e);
            }
        }
    }

    private ThreadPoolManager() {
    }

    public ScheduledFuture<?> scheduleEffect(Runnable task, long delay) {
        return _effectsScheduledThreadPool.schedule(new RunnableWrapper(task), delay, TimeUnit.MILLISECONDS);
    }

    public ScheduledFuture<?> scheduleGeneralAtFixedRate(Runnable task, long initial, long period) {
        return _generalScheduledThreadPool.scheduleAtFixedRate(new RunnableWrapper(task), initial, period, TimeUnit.MILLISECONDS);
    }

    public void executeGeneral(Runnable task) {
        _generalThreadPool.execute(new RunnableWrapper(task));
    }

    public void shutdown() throws InterruptedException {
        _effectsScheduledThreadPool.shutdown();
        _generalScheduledThreadPool.shutdown();
        _generalThreadPool.shutdown();
        boolean all = _effectsScheduledThreadPool.awaitTermination(5, TimeUnit.SECONDS)
            & _generalScheduledThreadPool.awaitTermination(5, TimeUnit.SECONDS)
            & _generalThreadPool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("ThreadPoolManager: shut down " + all);
    }

    public static ThreadPoolManager getInstance() {
        return SingletonHolder._instance;
    }

    private static class SingletonHolder {
        protected static final ThreadPoolManager _instance = new ThreadPoolManager();
    }
}

package com.l2jserver.gameserver.model;

import com.l2jserver.gameserver.ThreadPoolManager;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

// A damage-over-time effect: ticks at a fixed rate and cancels itself after N ticks.
public class Buff {
    private final String _name;
    private final int _ticks;
    private final AtomicInteger _count = new AtomicInteger();
    private final CountDownLatch _finished = new CountDownLatch(1);
    private volatile ScheduledFuture<?> _task;
    private final StringBuffer _log = new StringBuffer();

    public Buff(String name, int ticks) {
        _name = name;
        _ticks = ticks;
    }

    public synchronized void start(long period) {
        _task = ThreadPoolManager.getInstance().scheduleGeneralAtFixedRate(this::onTick, 0, period);
    }

    private void onTick() {
        int n = _count.incrementAndGet();
        if (n > _ticks) {
            return;
        }
        _log.append(_name).append(" tick ").append(n).append('\n');
        if (n == _ticks) {
            synchronized (this) {
                _task.cancel(false);
            }
            _finished.countDown();
        }
    }

    public String await() throws InterruptedException {
        _finished.await();
        return _log.toString();
    }
}

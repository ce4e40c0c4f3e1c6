package com.l2jserver.gameserver;

import com.l2jserver.gameserver.model.Buff;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;

// L2J's ThreadPoolManager: effects scheduled with delays run in delay order, a periodic
// effect cancels itself after N ticks, a task cancelled before it runs, general tasks on a
// pool, a failing task reported by the wrapper, shutdown and awaitTermination.
public class TaskDemo {
    public static void main(String[] args) throws Exception {
        Buff poison = new Buff("Poison", 4);
        Buff regen = new Buff("Regeneration", 3);
        poison.start(3);
        regen.start(2);
        System.out.print(poison.await());
        System.out.print(regen.await());
        CountDownLatch effects = new CountDownLatch(3);
        StringBuffer order = new StringBuffer();
        ThreadPoolManager.getInstance().scheduleEffect(() -> {
            order.append("C");
            effects.countDown();
        }, 60);
        ThreadPoolManager.getInstance().scheduleEffect(() -> {
            order.append("A");
            effects.countDown();
        }, 0);
        ThreadPoolManager.getInstance().scheduleEffect(() -> {
            order.append("B");
            effects.countDown();
        }, 30);
        effects.await();
        System.out.println("effects in delay order: " + order);
        ScheduledFuture<?> never = ThreadPoolManager.getInstance().scheduleEffect(() -> System.out.println("never runs"), 60_000);
        System.out.println("cancelled " + never.cancel(false));
        AtomicInteger executed = new AtomicInteger();
        CountDownLatch general = new CountDownLatch(10);
        for (int i = 0; i < 10; i++) {
            ThreadPoolManager.getInstance().executeGeneral(() -> {
                executed.incrementAndGet();
                general.countDown();
            });
        }
        general.await();
        System.out.println("executed " + executed.get());
        ThreadPoolManager.getInstance().executeGeneral(() -> {
            throw new IllegalStateException("broken task");
        });
        ThreadPoolManager.getInstance().shutdown();
    }
}

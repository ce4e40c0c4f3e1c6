// An L2J-style event dispatcher: listeners registered per event type (EnumMap), notified in
// registration order, one removing itself while notified, priorities, a return value that
// can veto the action.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

public class Main {
    enum EventType {
        ON_PLAYER_LOGIN, ON_PLAYER_LEVEL_CHANGED, ON_CREATURE_KILL
    }

    interface IBaseEvent {
        EventType getType();
    }

    record OnPlayerLogin(String player) implements IBaseEvent {
        public EventType getType() {
            return EventType.ON_PLAYER_LOGIN;
        }
    }

    record OnLevelChanged(String player, int oldLevel, int newLevel) implements IBaseEvent {
        public EventType getType() {
            return EventType.ON_PLAYER_LEVEL_CHANGED;
        }
    }

    record OnKill(String killer, String victim) implements IBaseEvent {
        public EventType getType() {
            return EventType.ON_CREATURE_KILL;
        }
    }

    static class TerminateReturn {
        final boolean terminate;
        final String reason;

        TerminateReturn(boolean terminate, String reason) {
            this.terminate = terminate;
            this.reason = reason;
        }
    }

    abstract static class AbstractEventListener {
        final String owner;
        final int priority;

        AbstractEventListener(String owner, int priority) {
            this.owner = owner;
            this.priority = priority;
        }

        abstract TerminateReturn execute(IBaseEvent event);
    }

    static class ConsumerEventListener extends AbstractEventListener {
        private final Consumer<IBaseEvent> callback;

        ConsumerEventListener(String owner, int priority, Consumer<IBaseEvent> callback) {
            super(owner, priority);
            this.callback = callback;
        }

        @Override
        TerminateReturn execute(IBaseEvent event) {
            callback.accept(event);
            return null;
        }
    }

    static final class Containers {
        private static final Map<EventType, List<AbstractEventListener>> LISTENERS = new EnumMap<>(EventType.class);

        static void add(EventType type, AbstractEventListener l) {
            List<AbstractEventListener> list = LISTENERS.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>());
            list.add(l);
            List<AbstractEventListener> sorted = new ArrayList<>(list);
            sorted.sort(Comparator.comparingInt((AbstractEventListener x) -> -x.priority));
            list.clear();
            list.addAll(sorted);
        }

        static void remove(EventType type, AbstractEventListener l) {
            LISTENERS.getOrDefault(type, new ArrayList<>()).remove(l);
        }

        static TerminateReturn notify(IBaseEvent event) {
            for (AbstractEventListener l : LISTENERS.getOrDefault(event.getType(), List.of())) {
                TerminateReturn r = l.execute(event);
                if (r != null && r.terminate) {
                    System.out.println("  vetoed by " + l.owner + ": " + r.reason);
                    return r;
                }
            }
            return null;
        }
    }

    public static void main(String[] args) {
        List<String> log = new ArrayList<>();
        Containers.add(EventType.ON_PLAYER_LOGIN, new ConsumerEventListener("Welcome", 0, e -> log.add("welcome " + ((OnPlayerLogin) e).player())));
        Containers.add(EventType.ON_PLAYER_LOGIN, new ConsumerEventListener("Audit", 10, e -> log.add("audit " + ((OnPlayerLogin) e).player())));
        AbstractEventListener once = new AbstractEventListener("FirstLevelUp", 5) {
            @Override
            TerminateReturn execute(IBaseEvent event) {
                OnLevelChanged lc = (OnLevelChanged) event;
                log.add("first level up of " + lc.player() + " to " + lc.newLevel());
                Containers.remove(EventType.ON_PLAYER_LEVEL_CHANGED, this);
                return null;
            }
        };
        Containers.add(EventType.ON_PLAYER_LEVEL_CHANGED, once);
        Containers.add(EventType.ON_PLAYER_LEVEL_CHANGED, new ConsumerEventListener("Reward", 1, e -> {
            OnLevelChanged lc = (OnLevelChanged) e;
            if (lc.newLevel() % 10 == 0) {
                log.add("reward for level " + lc.newLevel());
            }
        }));
        Containers.add(EventType.ON_CREATURE_KILL, new AbstractEventListener("PvPGuard", 100) {
            @Override
            TerminateReturn execute(IBaseEvent event) {
                OnKill k = (OnKill) event;
                return k.victim().startsWith("Guard") ? new TerminateReturn(true, "guards are immortal") : null;
            }
        });
        Containers.add(EventType.ON_CREATURE_KILL, new ConsumerEventListener("Counter", 0, e -> log.add("kill " + e)));
        Containers.notify(new OnPlayerLogin("Aria"));
        for (int lvl = 9; lvl <= 11; lvl++) {
            Containers.notify(new OnLevelChanged("Aria", lvl - 1, lvl));
        }
        System.out.println("kill orc vetoed: " + (Containers.notify(new OnKill("Aria", "Orc")) != null));
        System.out.println("kill guard vetoed: " + (Containers.notify(new OnKill("Aria", "Guard Captain")) != null));
        log.forEach(System.out::println);
        System.out.println(Containers.LISTENERS.keySet() + " " + Containers.LISTENERS.get(EventType.ON_PLAYER_LEVEL_CHANGED).size());
    }
}

// A custom generic functional interface with default and static methods composing lambdas,
// used as an L2J-style condition/effect pipeline.
import java.util.ArrayList;
import java.util.List;

public class Main {
    @FunctionalInterface
    interface Condition<T> {
        boolean test(T target);

        default Condition<T> and(Condition<? super T> other) {
            return t -> test(t) && other.test(t);
        }

        default Condition<T> not() {
            return t -> !test(t);
        }

        static <T> Condition<T> always() {
            return t -> true;
        }
    }

    @FunctionalInterface
    interface Effect {
        int apply(int hp);

        default Effect then(Effect next) {
            return hp -> next.apply(apply(hp));
        }
    }

    record Target(String name, int hp, boolean undead) {
    }

    public static void main(String[] args) {
        Condition<Target> alive = t -> t.hp() > 0;
        Condition<Target> undead = Target::undead;
        Condition<Target> holyTarget = alive.and(undead);
        Condition<Target> normal = alive.and(undead.not());
        Effect heal = hp -> hp + 50;
        Effect cap = hp -> Math.min(hp, 120);
        Effect halve = hp -> hp / 2;
        Effect pipeline = heal.then(cap).then(halve);
        List<Target> targets = new ArrayList<>(List.of(new Target("Zombie", 30, true), new Target("Knight", 100, false), new Target("Ghost", 0, true)));
        for (Target t : targets) {
            System.out.println(t.name() + " holy=" + holyTarget.test(t) + " normal=" + normal.test(t) + " always=" + Condition.<Target>always().test(t)
                + " healed=" + pipeline.apply(t.hp()));
        }
        Effect identity = hp -> hp;
        for (int i = 0; i < 3; i++) {
            identity = identity.then(heal);
        }
        System.out.println(identity.apply(0));
    }
}

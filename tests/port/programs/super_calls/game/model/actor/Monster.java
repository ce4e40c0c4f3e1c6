package game.model.actor;

public class Monster extends Creature {
    private final boolean aggressive;

    public Monster(int objectId, String name, int hp, boolean aggressive) {
        super(objectId, name, hp);
        this.aggressive = aggressive;
    }

    @Override
    public String describe() {
        return super.describe() + (aggressive ? " aggressive" : " passive");
    }

    @Override
    protected String kind() {
        return "monster/" + super.kind();
    }

    @Override
    public int damage(int amount) {
        int left = super.damage(aggressive ? amount : amount * 2);
        System.out.println(getName() + " took damage, left " + left);
        return left;
    }

    @Override
    public String toString() {
        return "Monster:" + super.toString();
    }
}

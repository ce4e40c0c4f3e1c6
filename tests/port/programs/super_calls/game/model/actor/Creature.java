package game.model.actor;

import game.model.GameObject;

public class Creature extends GameObject {
    protected int hp;

    public Creature(int objectId, String name, int hp) {
        super(objectId, name);
        this.hp = hp;
    }

    @Override
    public String describe() {
        return super.describe() + " hp=" + hp;
    }

    @Override
    protected String kind() {
        return "creature";
    }

    public int damage(int amount) {
        hp = Math.max(0, hp - amount);
        return hp;
    }
}

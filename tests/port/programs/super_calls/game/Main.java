package game;

import game.model.GameObject;
import game.model.actor.Creature;
import game.model.actor.Monster;

// super.m() across files and packages, a final template method calling overridden hooks.
public class Main {
    public static void main(String[] args) {
        GameObject[] objects = {
            new Creature(1, "Villager", 50),
            new Monster(2, "Orc", 120, true),
            new Monster(3, "Rabbit", 10, false),
        };
        for (GameObject o : objects) {
            System.out.println(o.report());
            System.out.println(o);
        }
        for (GameObject o : objects) {
            if (o instanceof Creature c) {
                c.damage(30);
            }
        }
        objects[1].setName("Orc Captain");
        System.out.println(objects[1].report() + " / " + objects[1]);
    }
}

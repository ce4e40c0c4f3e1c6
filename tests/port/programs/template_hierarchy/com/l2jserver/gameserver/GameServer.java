package com.l2jserver.gameserver;

import com.l2jserver.gameserver.model.L2Object;
import com.l2jserver.gameserver.model.actor.L2Character;
import com.l2jserver.gameserver.model.actor.instance.L2MonsterInstance;
import com.l2jserver.gameserver.model.actor.instance.L2PcInstance;

// L2Object -> L2Character -> L2Playable -> L2PcInstance across files and packages: a virtual
// onSpawn() from the base constructor, template methods and super calls at every level.
public class GameServer {
    public static void main(String[] args) {
        L2PcInstance hero = new L2PcInstance(268435457, "Hero", 20);
        L2PcInstance rival = new L2PcInstance(268435458, "Rival", 20);
        L2MonsterInstance wolf = new L2MonsterInstance(1000001, "Wolf", 5, 350L);
        L2Object[] world = {hero, rival, wolf};
        for (L2Object o : world) {
            System.out.println(o + " player=" + o.isPlayer() + " playable=" + o.isPlayable());
        }
        System.out.println("hero maxHp=" + hero.getMaxHp() + " wolf maxHp=" + wolf.getMaxHp());
        hero.doAttack(rival);
        rival.updatePvPFlag(1);
        while (!rival.isDead()) {
            hero.doAttack(rival);
        }
        while (!wolf.isDead()) {
            hero.doAttack(wolf);
        }
        wolf.doAttack(hero);
        L2Character c = hero;
        System.out.println("karma=" + hero.getKarma() + " exp=" + hero.getExp() + " level=" + c.getLevel());
    }
}

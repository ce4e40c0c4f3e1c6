// L2J-style combat formulas in double arithmetic: level modifiers, defence, criticals,
// attack speed, regeneration; integer casts of the results and Double.toString output.
public class Main {
    static final double[] STR_BONUS = new double[100];
    static final double[] CON_BONUS = new double[100];

    static {
        for (int i = 0; i < 100; i++) {
            STR_BONUS[i] = Math.floor(Math.pow(1.036, i - 34) * 100 + 0.5) / 100;
            CON_BONUS[i] = Math.floor(Math.pow(1.03, i - 27) * 100 + 0.5) / 100;
        }
    }

    static double levelMod(int level) {
        return (level + 89) / 100.0;
    }

    static double calcPhysDam(double pAtk, double pDef, int attackerLevel, boolean crit, boolean shield, double shieldDef) {
        double defence = pDef;
        if (shield) {
            defence += shieldDef;
        }
        double damage = 70 * pAtk / defence;
        if (crit) {
            damage = 2 * damage + 0;
        }
        damage *= levelMod(attackerLevel) / levelMod(40);
        return damage < 1 ? 1 : damage;
    }

    static int calcPAtkSpd(int base, int dex, double bonusPercent) {
        double v = base * (1 + (dex - 30) * 0.01) * (1 + bonusPercent / 100);
        return (int) Math.min(v, 1500);
    }

    static double regen(int maxHp, int level, boolean sitting, boolean resting) {
        double init = maxHp / 100.0 * (level <= 10 ? 3 : level / 3.0) * 0.01 * 10;
        if (sitting) {
            init *= 1.5;
        } else if (!resting) {
            init *= 1.1;
        }
        return init;
    }

    static boolean calcCrit(double rate, int roll) {
        return rate > roll;
    }

    static long expForLevel(int level) {
        long exp = 0;
        for (int i = 1; i < level; i++) {
            exp += (long) (Math.floor(i * i * i * 4.1 + i * 68.5) * (1 + i / 20.0));
        }
        return exp;
    }

    public static void main(String[] args) {
        System.out.println("STR 40: " + STR_BONUS[40] + " CON 43: " + CON_BONUS[43] + " STR 10: " + STR_BONUS[10]);
        System.out.println("levelMod 85: " + levelMod(85) + " 1: " + levelMod(1));
        double[][] cases = {{1200, 450, 80, 0, 0, 0}, {1200, 450, 80, 1, 0, 0}, {300, 900, 20, 0, 1, 200}, {5, 5000, 1, 0, 0, 0}};
        for (double[] c : cases) {
            double dmg = calcPhysDam(c[0], c[1], (int) c[2], c[3] == 1, c[4] == 1, c[5]);
            System.out.println("damage " + dmg + " -> " + (int) dmg + " / " + Math.round(dmg));
        }
        System.out.println("atkSpd " + calcPAtkSpd(300, 35, 23.5) + " " + calcPAtkSpd(500, 60, 200));
        System.out.println("regen " + regen(4000, 76, true, false) + " " + regen(4000, 76, false, false) + " " + regen(150, 5, false, true));
        int crits = 0;
        for (int roll = 0; roll < 100; roll += 7) {
            if (calcCrit(4.5 * 10 * 0.35, roll)) {
                crits++;
            }
        }
        System.out.println("crits " + crits);
        System.out.println("exp 20: " + expForLevel(20) + " exp 80: " + expForLevel(80));
        double hp = 3500.0;
        double percent = hp / 4180 * 100;
        System.out.println(String.format("hp %.1f%% ", percent) + (int) percent + " " + percent);
        float fspeed = 120.5f;
        double moveTime = 1000.0 / fspeed * 1.1;
        System.out.println("move " + moveTime + " " + (int) (moveTime * 1000) + " " + fspeed * 1.1 + " " + (fspeed * 1.1f));
    }
}

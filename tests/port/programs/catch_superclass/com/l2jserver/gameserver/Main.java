package com.l2jserver.gameserver;

import com.l2jserver.gameserver.exception.GameException;
import com.l2jserver.gameserver.exception.InventoryFullException;
import com.l2jserver.gameserver.exception.ItemException;
import com.l2jserver.gameserver.exception.ItemNotFoundException;

// A custom exception hierarchy in its own package: catch by superclass, multi-catch, rethrow
// with a cause, toString spelling of custom exceptions.
public class Main {
    static void use(int itemId) throws GameException {
        if (itemId < 0) {
            throw new ItemNotFoundException(-itemId);
        }
        if (itemId == 0) {
            throw new ItemException("cannot use", itemId);
        }
        if (itemId > 1000) {
            throw new InventoryFullException(80);
        }
        if (itemId == 13) {
            throw new GameException("unlucky", 13);
        }
        System.out.println("used item " + itemId);
    }

    static void wrapper(int itemId) throws GameException {
        try {
            use(itemId);
        } catch (ItemNotFoundException e) {
            throw new GameException("wrapper failed", e);
        }
    }

    public static void main(String[] args) {
        int[] ids = {5, -7, 0, 13, 2000};
        for (int id : ids) {
            try {
                use(id);
            } catch (ItemNotFoundException e) {
                System.out.println("not found: " + e.getMessage() + " id=" + e.getItemId() + " code=" + e.getCode());
            } catch (ItemException e) {
                System.out.println("item problem: " + e);
            } catch (GameException e) {
                System.out.println("game problem: " + e.getMessage() + " code " + e.getCode());
            } catch (RuntimeException e) {
                System.out.println("runtime: " + e + " | " + e.getMessage());
            }
        }
        for (int id : new int[] {-1, 13}) {
            try {
                wrapper(id);
            } catch (GameException e) {
                Throwable cause = e.getCause();
                System.out.println(e.getMessage() + " cause=" + cause + " causeIsItem=" + (cause instanceof ItemException));
            }
        }
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 0) {
                    throw new IllegalArgumentException("bad arg");
                } else if (i == 1) {
                    throw new ArrayIndexOutOfBoundsException(5);
                }
                Object o = "s";
                Integer n = (Integer) o;
                System.out.println(n);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                System.out.println("multi-catch " + e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (Exception e) {
                System.out.println("generic " + e.getClass().getName());
            }
        }
        Exception plain = new Exception();
        System.out.println(plain + " | " + plain.getMessage() + " | " + new RuntimeException("m", new Error("root")).getCause());
    }
}

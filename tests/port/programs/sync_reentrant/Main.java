// Reentrant monitors: a synchronized method calling another synchronized method of the same
// object, nested synchronized blocks on one lock, static synchronized methods, and threads
// contending on them (totals are exact).
public class Main {
    private int balance;
    private final Object lock = new Object();
    private static int globalOps;

    synchronized void deposit(int amount) {
        balance += amount;
        log("deposit");
    }

    synchronized void log(String op) {
        if (balance % 1000 == 0) {
            audit(op);
        }
    }

    private synchronized void audit(String op) {
        synchronized (this) {
            synchronized (this) {
                globalOps();
            }
        }
    }

    static synchronized void globalOps() {
        globalOps++;
        helper();
    }

    static synchronized void helper() {
        synchronized (Main.class) {
            globalOps += 0;
        }
    }

    synchronized int transfer(Main other, int amount) {
        synchronized (lock) {
            synchronized (lock) {
                balance -= amount;
            }
        }
        other.deposit(amount);
        return balance;
    }

    synchronized int getBalance() {
        return balance;
    }

    public static void main(String[] args) throws InterruptedException {
        Main account = new Main();
        account.deposit(1000);
        System.out.println("balance " + account.getBalance() + " ops " + globalOps);
        Thread[] workers = new Thread[4];
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Thread(() -> {
                for (int i = 0; i < 2500; i++) {
                    account.deposit(1);
                }
            }, "worker-" + t);
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.println("balance " + account.getBalance() + " ops " + globalOps);
        Main other = new Main();
        System.out.println("after transfer " + account.transfer(other, 500) + " other " + other.getBalance());
        System.out.println("holds lock outside: " + Thread.holdsLock(account));
        synchronized (account) {
            System.out.println("holds lock inside: " + Thread.holdsLock(account) + " balance " + account.getBalance());
        }
    }
}

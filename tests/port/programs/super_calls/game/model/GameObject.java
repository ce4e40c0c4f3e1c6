package game.model;

// The root of the hierarchy: protected state, a template method and a toString others extend.
public abstract class GameObject {
    protected final int objectId;
    private String name;

    protected GameObject(int objectId, String name) {
        this.objectId = objectId;
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String describe() {
        return "GameObject#" + objectId;
    }

    public final String report() {
        return "[" + kind() + "] " + describe();
    }

    protected abstract String kind();

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + name + ")";
    }
}

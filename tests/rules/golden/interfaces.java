import java.util.List;

public interface IItemHandler {
    int PRIORITY = 5;

    boolean useItem(String player, int itemId, boolean forceUse);

    List<String> names();
}

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.logging.Logger;

public class CharacterDAO {
    private static final Logger LOG = Logger.getLogger(CharacterDAO.class.getName());
    private static final String SELECT = "SELECT level FROM characters WHERE charId=?";

    public int loadLevel(int objectId) {
        try (Connection con = ConnectionFactory.getInstance().getConnection();
            PreparedStatement ps = con.prepareStatement(SELECT)) {
            ps.setInt(1, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getInt("level");
                }
            }
        } catch (Exception e) {
            LOG.warning("Could not load level: " + e.getMessage());
        }
        return 1;
    }
}

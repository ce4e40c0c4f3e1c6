package javax.sql;

import java.sql.Connection;
import java.sql.SQLException;

public interface DataSource {
    @Go("{this}.Connection()") Connection getConnection() throws SQLException;
    @Go("{this}.GetConnection2({0}, {1})") Connection getConnection(String username, String password) throws SQLException;
}

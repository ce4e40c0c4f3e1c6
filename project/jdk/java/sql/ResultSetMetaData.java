package java.sql;

public interface ResultSetMetaData {
    int getColumnCount() throws SQLException;
    String getColumnName(int column) throws SQLException;
    String getColumnLabel(int column) throws SQLException;
    String getColumnTypeName(int column) throws SQLException;
}

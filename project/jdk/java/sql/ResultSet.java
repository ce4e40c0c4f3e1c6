package java.sql;

public interface ResultSet extends AutoCloseable {
    int TYPE_FORWARD_ONLY = 1003;
    int TYPE_SCROLL_INSENSITIVE = 1004;
    int TYPE_SCROLL_SENSITIVE = 1005;
    int CONCUR_READ_ONLY = 1007;
    int CONCUR_UPDATABLE = 1008;

    boolean next() throws SQLException;
    boolean wasNull() throws SQLException;
    boolean isClosed() throws SQLException;
    int findColumn(String columnLabel) throws SQLException;
    ResultSetMetaData getMetaData() throws SQLException;
    int getRow() throws SQLException;
    void close() throws SQLException;
    @Go("{this}.GetStringAt({0})") String getString(int columnIndex) throws SQLException;
    @Go("{this}.GetString({0})") String getString(String columnLabel) throws SQLException;
    @Go("{this}.GetBooleanAt({0})") boolean getBoolean(int columnIndex) throws SQLException;
    @Go("{this}.GetBoolean({0})") boolean getBoolean(String columnLabel) throws SQLException;
    @Go("{this}.GetByteAt({0})") byte getByte(int columnIndex) throws SQLException;
    @Go("{this}.GetByte({0})") byte getByte(String columnLabel) throws SQLException;
    @Go("{this}.GetShortAt({0})") short getShort(int columnIndex) throws SQLException;
    @Go("{this}.GetShort({0})") short getShort(String columnLabel) throws SQLException;
    @Go("{this}.GetIntAt({0})") int getInt(int columnIndex) throws SQLException;
    @Go("{this}.GetInt({0})") int getInt(String columnLabel) throws SQLException;
    @Go("{this}.GetLongAt({0})") long getLong(int columnIndex) throws SQLException;
    @Go("{this}.GetLong({0})") long getLong(String columnLabel) throws SQLException;
    @Go("{this}.GetFloatAt({0})") float getFloat(int columnIndex) throws SQLException;
    @Go("{this}.GetFloat({0})") float getFloat(String columnLabel) throws SQLException;
    @Go("{this}.GetDoubleAt({0})") double getDouble(int columnIndex) throws SQLException;
    @Go("{this}.GetDouble({0})") double getDouble(String columnLabel) throws SQLException;
    @Go("{this}.GetBytesAt({0})") byte[] getBytes(int columnIndex) throws SQLException;
    @Go("{this}.GetBytes({0})") byte[] getBytes(String columnLabel) throws SQLException;
    @Go("{this}.GetTimestampAt({0})") Timestamp getTimestamp(int columnIndex) throws SQLException;
    @Go("{this}.GetTimestamp({0})") Timestamp getTimestamp(String columnLabel) throws SQLException;
    @Go("{this}.GetObjectAt({0})") Object getObject(int columnIndex) throws SQLException;
    @Go("{this}.GetObject({0})") Object getObject(String columnLabel) throws SQLException;
}

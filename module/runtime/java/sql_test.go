package java

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"io"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// toyDB is a database/sql driver small enough to live in a test: one table per database,
// rows of (id, name, score, data), and the statements below. It exists to test the JDBC
// adapter against a real database/sql driver without third-party modules.
type toyDB struct {
	mu     sync.Mutex
	rows   [][]driver.Value
	nextID int64
}

var (
	toyMu   sync.Mutex
	toyDBs  = map[string]*toyDB{}
	toyRuns atomic.Int32
)

type toyDriver struct{}

func (toyDriver) Open(name string) (driver.Conn, error) {
	toyMu.Lock()
	defer toyMu.Unlock()
	db, ok := toyDBs[name]
	if !ok {
		db = &toyDB{nextID: 1}
		toyDBs[name] = db
	}
	return &toyConn{db: db}, nil
}

type toyConn struct {
	db   *toyDB
	undo [][]driver.Value // the rows when the transaction began; nil outside one
	inTx bool
}

func (c *toyConn) Prepare(q string) (driver.Stmt, error) { return &toyStmt{c: c, q: q}, nil }
func (c *toyConn) Close() error                          { return nil }
func (c *toyConn) Begin() (driver.Tx, error) {
	c.db.mu.Lock()
	c.undo = nil
	for _, r := range c.db.rows {
		c.undo = append(c.undo, append([]driver.Value{}, r...))
	}
	c.db.mu.Unlock()
	c.inTx = true
	return &toyTx{c}, nil
}

type toyTx struct{ c *toyConn }

func (t *toyTx) Commit() error { t.c.inTx, t.c.undo = false, nil; return nil }
func (t *toyTx) Rollback() error {
	t.c.db.mu.Lock()
	t.c.db.rows = t.c.undo
	t.c.db.mu.Unlock()
	t.c.inTx, t.c.undo = false, nil
	return nil
}

type toyStmt struct {
	c *toyConn
	q string
}

var (
	toyInsert = regexp.MustCompile(`^INSERT INTO t \(name, score, data\) VALUES \(\?, \?, \?\)$`)
	toySelect = regexp.MustCompile(`^SELECT id, name, score, data FROM t( WHERE id = \?)?( ORDER BY id)?$`)
	toyUpdate = regexp.MustCompile(`^UPDATE t SET name = \? WHERE id = \?$`)
	toyDelete = regexp.MustCompile(`^DELETE FROM t$`)
)

func (s *toyStmt) Close() error  { return nil }
func (s *toyStmt) NumInput() int { return -1 }

func (s *toyStmt) Exec(args []driver.Value) (driver.Result, error) {
	db := s.c.db
	db.mu.Lock()
	defer db.mu.Unlock()
	switch {
	case toyInsert.MatchString(s.q):
		id := db.nextID
		db.nextID++
		db.rows = append(db.rows, []driver.Value{id, args[0], args[1], args[2]})
		return toyResult{id, 1}, nil
	case toyUpdate.MatchString(s.q):
		n := int64(0)
		for _, r := range db.rows {
			if r[0] == args[1] {
				r[1] = args[0]
				n++
			}
		}
		return toyResult{0, n}, nil
	case toyDelete.MatchString(s.q):
		n := int64(len(db.rows))
		db.rows = nil
		return toyResult{0, n}, nil
	}
	return nil, errors.New("You have an error in your SQL syntax near '" + s.q + "'")
}

func (s *toyStmt) Query(args []driver.Value) (driver.Rows, error) {
	m := toySelect.FindStringSubmatch(s.q)
	if m == nil {
		return nil, errors.New("You have an error in your SQL syntax near '" + s.q + "'")
	}
	db := s.c.db
	db.mu.Lock()
	defer db.mu.Unlock()
	var out [][]driver.Value
	for _, r := range db.rows {
		if m[1] == "" || r[0] == args[0] {
			out = append(out, append([]driver.Value{}, r...))
		}
	}
	return &toyRows{rows: out}, nil
}

type toyResult struct{ id, n int64 }

func (r toyResult) LastInsertId() (int64, error) { return r.id, nil }
func (r toyResult) RowsAffected() (int64, error) { return r.n, nil }

type toyRows struct {
	rows [][]driver.Value
	i    int
}

func (r *toyRows) Columns() []string { return []string{"id", "name", "score", "data"} }
func (r *toyRows) Close() error      { return nil }
func (r *toyRows) Next(dest []driver.Value) error {
	if r.i >= len(r.rows) {
		return io.EOF
	}
	copy(dest, r.rows[r.i])
	r.i++
	return nil
}

func (r *toyRows) ColumnTypeDatabaseTypeName(i int) string {
	return []string{"BIGINT", "VARCHAR", "DOUBLE", "BLOB"}[i]
}

func init() { sql.Register("r3toy", toyDriver{}) }

func TestJDBCWithoutDriver(t *testing.T) {
	ex := Try(func() { DriverManagerGetConnection2("jdbc:mariadb://localhost/l2jgs", "root", "") })
	sqlEx, ok := ex.(SQLException)
	if !ok || !strings.Contains(ex.Message(), "l2j: not migrated: JDBC driver") ||
		!strings.HasPrefix(ex.Message(), "No suitable driver found for jdbc:mariadb://localhost/l2jgs") || sqlEx.SQLState() != "08001" {
		t.Fatalf("no driver: %v", ex)
	}
}

func TestJDBCOverDatabaseSQL(t *testing.T) {
	run := IntStr(toyRuns.Add(1)) // a fresh database per run
	drv := SQLDatabaseDriver("jdbc:toy:", func(url string, info *Properties) (*sql.DB, error) {
		return sql.Open("r3toy", strings.TrimPrefix(url, "jdbc:toy:")+"/"+run)
	})
	DriverManagerRegisterDriver(drv)
	defer DriverManagerDeregisterDriver(drv)

	con := DriverManagerGetConnection2("jdbc:toy:game", "l2j", "secret")
	defer con.Close()
	ps := con.PrepareStatementKeys("INSERT INTO t (name, score, data) VALUES (?, ?, ?)", StatementReturnGeneratedKeys)
	for i, name := range []string{"Bob", "Alice"} {
		ps.SetString(1, name)
		ps.SetDouble(2, 1.5*float64(i+1))
		ps.SetBytes(3, []int8{1, int8(i), -1})
		if n := ps.ExecuteUpdate2(); n != 1 {
			t.Fatalf("insert count %d", n)
		}
		keys := ps.GeneratedKeys()
		if !keys.Next() || keys.GetIntAt(1) != int32(i+1) || keys.GetLong("GENERATED_KEY") != int64(i+1) {
			t.Fatal("generated keys")
		}
	}
	ps.Close()
	if s := thrown(func() { ps.ExecuteUpdate2() }); s != "java.sql.SQLException: Statement is closed" {
		t.Fatalf("closed statement: %q", s)
	}

	q := con.PrepareStatement("SELECT id, name, score, data FROM t WHERE id = ?")
	q.SetInt(1, 2)
	rs := q.ExecuteQuery2()
	if !rs.Next() || rs.GetInt("id") != 2 || rs.GetString("NAME") != "Alice" || rs.GetDouble("score") != 3.0 ||
		rs.GetStringAt(3) != "3.0" || rs.GetBytes("data")[2] != -1 || rs.GetObject("name") != "Alice" || rs.GetObject("id") != int64(2) {
		t.Fatal("row values")
	}
	if rs.WasNull() || rs.Next() {
		t.Fatal("one row")
	}
	if md := rs.MetaData(); md.ColumnCount() != 4 || md.GetColumnName(2) != "name" || md.GetColumnTypeName(4) != "BLOB" {
		t.Fatal("metadata")
	}
	if s := thrown(func() { rs.GetInt("missing") }); s != "java.sql.SQLException: Column 'missing' not found." {
		t.Fatalf("missing column: %q", s)
	}
	rs.Close()
	if s := thrown(func() { q.SetInt(0, 1) }); !strings.HasPrefix(s, "java.sql.SQLException: Parameter index out of range") {
		t.Fatalf("bad index: %q", s)
	}

	// A transaction rolled back leaves the table as it was; committed, it stays.
	con.SetAutoCommit(false)
	up := con.PrepareStatement("UPDATE t SET name = ? WHERE id = ?")
	up.SetString(1, "Mallory")
	up.SetInt(2, 1)
	if up.ExecuteUpdate2() != 1 {
		t.Fatal("update")
	}
	con.Rollback()
	st := con.CreateStatement()
	all := st.ExecuteQuery("SELECT id, name, score, data FROM t ORDER BY id")
	var names []string
	for all.Next() {
		names = append(names, all.GetString("name"))
	}
	if strings.Join(names, ",") != "Bob,Alice" {
		t.Fatalf("after rollback: %v", names)
	}
	up.SetString(1, "Carol")
	up.ExecuteUpdate2()
	con.Commit()
	con.SetAutoCommit(true)
	if s := thrown(con.Commit); s != "java.sql.SQLException: Can't call commit/rollback when autocommit=true" {
		t.Fatalf("commit in auto-commit: %q", s)
	}
	all = st.ExecuteQuery("SELECT id, name, score, data FROM t ORDER BY id")
	all.Next()
	if all.GetString("name") != "Carol" {
		t.Fatal("committed update")
	}
	if s := thrown(func() { st.ExecuteUpdate("DROP DATABASE x") }); s != "java.sql.SQLException: You have an error in your SQL syntax near 'DROP DATABASE x'" {
		t.Fatalf("driver error: %q", s)
	}
	if st.ExecuteUpdate("DELETE FROM t") != 2 || st.Execute("DELETE FROM t") {
		t.Fatal("delete")
	}

	// The same through a DataSource and try-with-resources style closing.
	db, _ := sql.Open("r3toy", "ds/"+run)
	ds := SQLDatabaseDataSource(db)
	c2 := ds.Connection()
	ins := c2.PrepareStatement("INSERT INTO t (name, score, data) VALUES (?, ?, ?)")
	ins.SetObject(1, "Dave")
	ins.SetObject(2, IntegerValueOf(7))
	ins.SetNull(3, TypesBlob)
	ins.ExecuteUpdate2()
	r2 := c2.CreateStatement().ExecuteQuery("SELECT id, name, score, data FROM t")
	if !r2.Next() || r2.GetBytes("data") != nil || !r2.WasNull() || r2.GetInt("score") != 7 {
		t.Fatal("null and object parameters")
	}
	c2.Close()
	if !c2.IsClosed() {
		t.Fatal("closed")
	}
	if s := thrown(func() { c2.CreateStatement() }); s != "java.sql.SQLException: Connection is closed" {
		t.Fatalf("closed connection: %q", s)
	}
}

func TestTimestamp(t *testing.T) {
	ts := TimestampValueOf("2023-11-14 22:13:20.5")
	if ts.Nanos() != 500000000 || !strings.HasSuffix(ts.String(), ":13:20.5") {
		t.Fatalf("timestamp %s", ts)
	}
	if s := thrown(func() { TimestampValueOf("nope") }); s != "java.lang.IllegalArgumentException: Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]" {
		t.Fatalf("bad timestamp: %q", s)
	}
	if NewTimestamp(1500).String()[19:] != ".5" {
		t.Fatal("fraction")
	}
}

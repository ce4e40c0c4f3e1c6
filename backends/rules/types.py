"""Java types as the translator sees them, and their Go spelling."""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node


@dataclass(frozen=True)
class JType:
    """A Java type: a name (primitive, class or type variable), type arguments, array depth.

    ``name == "?"`` means the translator could not infer it; such values become `any`.
    """

    name: str
    args: tuple[JType, ...] = ()
    dims: int = 0

    def elem(self) -> JType:
        """Element type of an array or a collection."""
        if self.dims:
            return JType(self.name, self.args, self.dims - 1)
        if self.args:
            return self.args[-1] if self.name in MAP_TYPES else self.args[0]
        return UNKNOWN

    def key(self) -> JType:
        return self.args[0] if self.args else UNKNOWN

    def array_of(self) -> JType:
        return JType(self.name, self.args, self.dims + 1)

    @property
    def is_array(self) -> bool:
        return self.dims > 0

    def is_(self, *names: str) -> bool:
        return self.dims == 0 and self.name in names

    @property
    def is_string(self) -> bool:
        return self.is_(*STRING_TYPES)

    @property
    def is_builder(self) -> bool:
        return self.is_("StringBuilder", "StringBuffer")

    @property
    def is_numeric(self) -> bool:
        return self.dims == 0 and self.name in NUMERIC_RANK

    @property
    def is_integral(self) -> bool:
        return self.is_numeric and NUMERIC_RANK[self.name] <= NUMERIC_RANK["long"]

    @property
    def is_bool(self) -> bool:
        return self.is_("boolean", "Boolean")

    @property
    def is_list(self) -> bool:
        return self.is_(*LIST_TYPES)

    @property
    def is_map(self) -> bool:
        return self.is_(*MAP_TYPES)

    @property
    def is_set(self) -> bool:
        return self.is_(*SET_TYPES)

    @property
    def known(self) -> bool:
        return self.name != "?"

    def unboxed(self) -> JType:
        return JType(UNBOX[self.name]) if self.dims == 0 and self.name in UNBOX else self


UNKNOWN = JType("?")
VOID = JType("void")
NULL = JType("null")
INT = JType("int")
LONG = JType("long")
DOUBLE = JType("double")
BOOLEAN = JType("boolean")
CHAR = JType("char")
STRING = JType("String")
OBJECT = JType("Object")
# Go's own `int` (what len and the slices package use), where it differs from Java's int.
GO_INT = JType("goint")

UNBOX = {
    "Integer": "int",
    "Long": "long",
    "Short": "short",
    "Byte": "byte",
    "Character": "char",
    "Double": "double",
    "Float": "float",
    "Boolean": "boolean",
}
# Binary numeric promotion order; byte/short/char promote to int before arithmetic.
NUMERIC_RANK = {
    "byte": 1,
    "short": 2,
    "char": 2,
    "int": 3,
    "goint": 3,
    "long": 4,
    "float": 5,
    "double": 6,
    "Byte": 1,
    "Short": 2,
    "Character": 2,
    "Integer": 3,
    "Long": 4,
    "Float": 5,
    "Double": 6,
}
STRING_TYPES = ("String", "StringBuilder", "StringBuffer", "CharSequence")
LIST_TYPES = (
    "List",
    "ArrayList",
    "LinkedList",
    "Collection",
    "Iterable",
    "Deque",
    "ArrayDeque",
    "Queue",
    "Stack",
    "Vector",
    "CopyOnWriteArrayList",
    "PriorityQueue",
)
MAP_TYPES = ("Map", "HashMap", "TreeMap", "LinkedHashMap", "ConcurrentHashMap", "Hashtable")
SET_TYPES = ("Set", "HashSet", "TreeSet", "LinkedHashSet")
# Functional interfaces: parameter count, whether it returns, the Java method that calls it.
FUNCTIONAL = {
    "Runnable": (0, False, "run"),
    "Callable": (0, True, "call"),
    "Supplier": (0, True, "get"),
    "Consumer": (1, False, "accept"),
    "BiConsumer": (2, False, "accept"),
    "Function": (1, True, "apply"),
    "BiFunction": (2, True, "apply"),
    "UnaryOperator": (1, True, "apply"),
    "BinaryOperator": (2, True, "apply"),
    "Predicate": (1, True, "test"),
    "BiPredicate": (2, True, "test"),
    "Comparator": (2, True, "compare"),
    # A comparator handed to Go's slices.SortStableFunc, which wants Go's `int` back.
    "GoComparator": (2, True, "compare"),
}


# Java library types the translator does not map (JDBC, NIO, I/O, threads, time): values are
# held as `any` and calls on them become typed `l2j: not migrated` panics, so code around
# them still compiles.
OPAQUE = frozenset(
    """Connection PreparedStatement ResultSet Statement CallableStatement DataSource
    ByteBuffer CharBuffer IntBuffer SocketChannel ServerSocketChannel Selector SelectionKey
    Socket ServerSocket InetAddress InetSocketAddress File Path Files Paths InputStream
    OutputStream Reader Writer BufferedReader BufferedWriter FileReader FileWriter
    InputStreamReader PrintWriter DataInputStream DataOutputStream ObjectInputStream
    ObjectOutputStream Properties Level Thread ThreadLocal Future ScheduledFuture
    Executor ExecutorService ScheduledExecutorService ThreadPoolExecutor
    ScheduledThreadPoolExecutor Executors TimeUnit Iterator ListIterator Enumeration
    Pattern Matcher Calendar Date LocalDate LocalDateTime LocalTime Instant Duration
    ZonedDateTime ZoneId DateTimeFormatter SimpleDateFormat Charset StandardCharsets
    MessageDigest Cipher SecretKeySpec KeyPairGenerator KeyFactory BigInteger BigDecimal
    Document Element Node NodeList NamedNodeMap DocumentBuilderFactory DocumentBuilder
    URL URI HttpURLConnection ThreadLocalRandom Runtime Class Method Field Constructor
    WeakReference SoftReference Timer TimerTask CountDownLatch Semaphore Condition
    ReadWriteLock ReentrantReadWriteLock AtomicBoolean AtomicReference""".split()
)

# Result types of common calls on opaque library values, so the panics are typed.
OPAQUE_RESULTS = {
    "getInt": "int",
    "getShort": "short",
    "getByte": "byte",
    "getLong": "long",
    "getString": "String",
    "getBoolean": "boolean",
    "getDouble": "double",
    "getFloat": "float",
    "next": "boolean",
    "hasNext": "boolean",
    "execute": "boolean",
    "executeUpdate": "int",
    "executeQuery": "ResultSet",
    "prepareStatement": "PreparedStatement",
    "createStatement": "Statement",
    "getConnection": "Connection",
    "matches": "boolean",
    "find": "boolean",
    "group": "String",
    "readLine": "String",
    "exists": "boolean",
    "getName": "String",
    "toString": "String",
    "get": "?",
    "remaining": "int",
    "position": "int",
    "limit": "int",
    "capacity": "int",
}


def promote(a: JType, b: JType) -> JType:
    """Java's binary numeric promotion."""
    ra = NUMERIC_RANK.get(a.unboxed().name, 3)
    rb = NUMERIC_RANK.get(b.unboxed().name, 3)
    r = max(ra, rb, 3)
    return {3: INT, 4: LONG, 5: JType("float"), 6: DOUBLE}[r]


def functional_shape(t: JType) -> tuple[list[JType], JType] | None:
    """Parameter and result types of a functional interface type, or None."""
    if t.dims or t.name not in FUNCTIONAL:
        return None
    n, returns, _ = FUNCTIONAL[t.name]
    args = list(t.args) or [UNKNOWN] * 3
    if t.name in ("UnaryOperator", "BinaryOperator"):
        return [args[0]] * n, args[0]
    if t.name == "Comparator":
        return [args[0], args[0]], INT
    if t.name == "GoComparator":
        return [args[0], args[0]], GO_INT
    if t.name in ("Predicate", "BiPredicate"):
        return (args + [UNKNOWN] * 2)[:n], BOOLEAN
    if t.name in ("Supplier", "Callable"):
        return [], args[0]
    params = (args + [UNKNOWN] * 3)[:n]
    return params, (args[n] if returns and len(args) > n else VOID)


def substitute(t: JType, binding: dict[str, JType]) -> JType:
    """``t`` with its type variables replaced by what they are bound to."""
    if t.name in binding and not t.args:
        b = binding[t.name]
        return JType(b.name, b.args, b.dims + t.dims)
    if not t.args:
        return t
    return JType(t.name, tuple(substitute(a, binding) for a in t.args), t.dims)


def unify(param: JType, arg: JType, tvars: list[str], binding: dict[str, JType]) -> None:
    """Binds the type variables of ``param`` from the matching parts of ``arg``."""
    if not arg.known or arg.name == "null":
        return
    if param.name in tvars and not param.args:
        if arg.dims >= param.dims:
            binding.setdefault(param.name, JType(arg.name, arg.args, arg.dims - param.dims))
        return
    if arg.dims and param.dims:
        unify(JType(param.name, param.args, param.dims - 1), arg.elem(), tvars, binding)
        return
    for p, a in zip(param.args, arg.args, strict=False):
        unify(p, a, tvars, binding)


def parse_type(node: Node | None) -> JType:
    """Reads a tree-sitter-java type node."""
    if node is None:
        return UNKNOWN
    t = node.type
    text = (node.text or b"").decode()
    if t in ("integral_type", "floating_point_type", "boolean_type", "void_type"):
        return JType(text)
    if t == "type_identifier":
        return JType(text)
    if t == "scoped_type_identifier":
        # `Map.Entry` keeps its last part; nested user types resolve by simple name.
        last = [c for c in node.named_children if c.type == "type_identifier"]
        return JType((last[-1].text or b"").decode()) if last else UNKNOWN
    if t == "generic_type":
        base = parse_type(node.named_children[0])
        targs = next((c for c in node.named_children if c.type == "type_arguments"), None)
        args = tuple(parse_type(c) for c in targs.named_children) if targs else ()
        return JType(base.name, args)
    if t == "array_type":
        inner = parse_type(node.child_by_field_name("element"))
        dims = node.child_by_field_name("dimensions")
        n = (dims.text or b"").decode().count("[") if dims else 1
        return JType(inner.name, inner.args, inner.dims + n)
    if t == "wildcard":
        bound = [c for c in node.named_children if c.type != "annotation"]
        return parse_type(bound[-1]) if bound else OBJECT
    if t in ("annotated_type",):
        return parse_type(node.named_children[-1])
    return UNKNOWN

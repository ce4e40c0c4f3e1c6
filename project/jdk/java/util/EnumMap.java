package java.util;

// Go: *java.EnumMap[K, V] (util_enum.go), K an enum (a type with Ordinal() int32).
public class EnumMap<K extends Enum<K>, V> implements Map<K, V> {
    @Go("java.NewEnumMap[{K}, {V}]({0})") public EnumMap(Class<K> keyType) {}
    @Go("java.NewEnumMapFrom[{K}, {V}]({0})") public EnumMap(EnumMap<K, ? extends V> m) {}
    @Go("java.NewEnumMapFrom[{K}, {V}]({0})") public EnumMap(Map<K, ? extends V> m) {}
    public EnumMap<K, V> clone() {}
}

package java

import "reflect"

// EnumImpl is java.lang.Enum: embedded in every migrated enum
// (`type Color struct{ java.EnumImpl; rgb int32 }`), whose constants are initialised
// with InitEnum(name, ordinal). Enums compare by identity (Go pointer equality) and hash
// by identity, as in Java; java.Compare orders them by ordinal.
type EnumImpl struct {
	name    string
	ordinal int32
}

// InitEnum is the constructor Enum(String, int), run for each constant.
func (e *EnumImpl) InitEnum(name string, ordinal int32) {
	e.name, e.ordinal = name, ordinal
}

// Name is name().
func (e *EnumImpl) Name() string { return e.name }

// Ordinal is ordinal().
func (e *EnumImpl) Ordinal() int32 { return e.ordinal }

// String is toString(): the constant's name unless the enum overrides it.
func (e *EnumImpl) String() string { return e.name }

// EnumCompareTo is Enum.compareTo(E): the difference of the ordinals.
func EnumCompareTo(a, b interface{ Ordinal() int32 }) int32 {
	if isNull(b) {
		panic(NewNullPointerException())
	}
	return a.Ordinal() - b.Ordinal()
}

// EnumValueOf is the body of an enum's valueOf(String):
// the constant named name among values, IllegalArgumentException
// "No enum constant <class>.<name>" when there is none. E is any type: inside a generic
// method `<T extends Enum<T>>` the Go constraint knows no Name().
func EnumValueOf[E any](values []E, name, className string) E {
	for _, v := range values {
		if any(v).(interface{ Name() string }).Name() == name {
			return v
		}
	}
	panic(NewIllegalArgumentException2("No enum constant " + className + "." + name))
}

// EnumValueOfClass is the static Enum.valueOf(Class<E>, String): the constant of E named
// name, found among the constants the migrated enum registered (RegisterEnumValues).
func EnumValueOfClass[E any](enumClass *Class, name string) E {
	requireNonNullArg(enumClass)
	if isNull(name) {
		panic(NewNullPointerException2("Name is null"))
	}
	// Java names the enum by its canonical name (`p.Outer.Color`, not `p.Outer$Color`).
	canonical, _ := enumNames.Load(reflect.TypeOf((*E)(nil)).Elem())
	return EnumValueOf(enumUniverse[E](), name, canonical.(string))
}

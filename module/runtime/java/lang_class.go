package java

import (
	"reflect"
	"strings"
	"sync"
)

// Class is java.lang.Class, for what migrated code asks of it: names (getName,
// getSimpleName, toString), identity (one *Class per Go type, so == and equals work),
// isInstance and isArray. Reflection beyond that (forName, newInstance, fields, methods)
// is not migrated.
type Class struct {
	t    reflect.Type
	name string
}

var classes sync.Map // reflect.Type -> *Class

func classOfType(t reflect.Type, name string) *Class {
	if c, ok := classes.Load(t); ok {
		return c.(*Class)
	}
	c, _ := classes.LoadOrStore(t, &Class{t: t, name: name})
	return c.(*Class)
}

// GetClass is Object.getClass(): NullPointerException for null.
func GetClass(o any) *Class {
	if isNull(o) {
		panic(NewNullPointerException())
	}
	return classOfType(reflect.TypeOf(o), ClassNameOf(o))
}

// ClassOf is the class literal T.class for the Go type T (`Foo.class` -> ClassOf[*Foo]()).
func ClassOf[T any]() *Class {
	t := reflect.TypeOf((*T)(nil)).Elem()
	return classOfType(t, typeJavaName(t))
}

// ClassNamed is the class literal of a migrated class (`Foo.class` ->
// ClassNamed[*Foo]("pkg.Foo")): the Java name, which its Go type's does not carry.
func ClassNamed[T any](name string) *Class {
	return classOfType(reflect.TypeOf((*T)(nil)).Elem(), name)
}

// ClassForName is Class.forName(String): not migrated (Go has no class loading).
func ClassForName(className string) *Class {
	panic("l2j: not migrated: Class.forName(\"" + className + "\")")
}

// Name is getName().
func (c *Class) Name() string { return c.name }

// SimpleName is getSimpleName().
func (c *Class) SimpleName() string {
	if strings.HasPrefix(c.name, "[") {
		return arrayElemSimple(c.name)
	}
	return simpleOf(c.name)
}

// TypeName is getTypeName(): arrays as "int[]", "java.lang.String[][]".
func (c *Class) TypeName() string {
	if !strings.HasPrefix(c.name, "[") {
		return c.name
	}
	depth := strings.LastIndexByte(c.name, '[') + 1
	elem := c.name[depth:]
	if s, ok := primitiveNames[elem[0]]; ok {
		elem = s
	} else {
		elem = strings.TrimSuffix(elem[1:], ";")
	}
	return elem + strings.Repeat("[]", depth)
}

// IsInterface is isInterface().
func (c *Class) IsInterface() bool { return c.t.Kind() == reflect.Interface }

// IsArray is isArray().
func (c *Class) IsArray() bool { return c.t.Kind() == reflect.Slice }

// IsInstance is isInstance(Object).
func (c *Class) IsInstance(obj any) bool {
	if isNull(obj) {
		return false
	}
	t := reflect.TypeOf(obj)
	if c.t.Kind() == reflect.Interface {
		return t.Implements(c.t)
	}
	return t == c.t
}

// String is toString(): "class X" or "interface X".
func (c *Class) String() string {
	if c.IsInterface() {
		return "interface " + c.name
	}
	return "class " + c.name
}

func init() { registerClassNames(map[string]string{"Class": "java.lang.Class"}) }

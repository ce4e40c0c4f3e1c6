package java

import "testing"

type color struct {
	EnumImpl
	rgb int32
}

func newColor(name string, ordinal, rgb int32) *color {
	c := &color{rgb: rgb}
	c.InitEnum(name, ordinal)
	return c
}

var (
	colorRed   = newColor("RED", 0, 0xFF0000)
	colorGreen = newColor("GREEN", 1, 0x00FF00)
	colorBlue  = newColor("BLUE", 2, 0x0000FF)
)

func TestEnumNamesOrdinalsAndOrder(t *testing.T) {
	values := []*color{colorRed, colorGreen, colorBlue}
	if colorGreen.Name() != "GREEN" || colorGreen.Ordinal() != 1 || Str(colorBlue) != "BLUE" {
		t.Error("name/ordinal/toString")
	}
	if Compare(colorBlue, colorRed) != 2 || EnumCompareTo(colorRed, colorBlue) != -2 {
		t.Error("compareTo is the ordinal difference")
	}
	if !Equals(colorRed, colorRed) || Equals(colorRed, newColor("RED", 0, 0)) {
		t.Error("enums are equal by identity")
	}
	if EnumValueOf(values, "BLUE", "p.Color") != colorBlue {
		t.Error("valueOf")
	}
	if got := Str(Try(func() { EnumValueOf(values, "PINK", "p.Color") })); got != "java.lang.IllegalArgumentException: No enum constant p.Color.PINK" {
		t.Errorf("valueOf of an unknown name: %s", got)
	}
	sorted := []*color{colorBlue, colorRed, colorGreen}
	ArraysSort(sorted)
	if sorted[0] != colorRed || sorted[2] != colorBlue {
		t.Error("natural order of enums")
	}
}

func TestClassNamesAndIdentity(t *testing.T) {
	if GetClass("s") != GetClass("t") || GetClass("s") == GetClass(int32(1)) {
		t.Error("one Class per type")
	}
	cases := []struct{ name, simple, typeName, str string }{
		{GetClass("s").Name(), GetClass("s").SimpleName(), GetClass("s").TypeName(), GetClass("s").String()},
		{GetClass([][]string{}).Name(), GetClass([][]string{}).SimpleName(), GetClass([][]string{}).TypeName(), ""},
		{GetClass([]int32{}).Name(), GetClass([]int32{}).SimpleName(), GetClass([]int32{}).TypeName(), ""},
		{GetClass(NewIllegalStateException()).Name(), GetClass(NewIllegalStateException()).SimpleName(), "", ""},
		{ClassOf[Throwable]().Name(), "", "", ClassOf[Throwable]().String()},
	}
	want := []struct{ name, simple, typeName, str string }{
		{"java.lang.String", "String", "java.lang.String", "class java.lang.String"},
		{"[[Ljava.lang.String;", "String[][]", "java.lang.String[][]", ""},
		{"[I", "int[]", "int[]", ""},
		{"java.lang.IllegalStateException", "IllegalStateException", "", ""},
		{"java.lang.Throwable", "", "", "interface java.lang.Throwable"},
	}
	for i := range cases {
		if cases[i] != want[i] {
			t.Errorf("got %+v, want %+v", cases[i], want[i])
		}
	}
	if !ClassOf[Throwable]().IsInstance(NewError()) || ClassOf[*point]().IsInstance("x") || !ClassOf[*point]().IsInstance(&point{}) {
		t.Error("isInstance")
	}
	if _, ok := Try(func() { GetClass(nil) }).(NullPointerException); !ok {
		t.Error("getClass of null")
	}
}

func TestEnumValueOfByClass(t *testing.T) {
	RegisterEnumValues("p.Outer.Color", func() []*color { return []*color{colorRed, colorGreen, colorBlue} })
	cls := ClassOf[*color]()
	if EnumValueOfClass[*color](cls, "GREEN") != colorGreen {
		t.Error("Enum.valueOf(Class, name)")
	}
	want := "java.lang.IllegalArgumentException: No enum constant p.Outer.Color.PINK"
	if got := Str(Try(func() { EnumValueOfClass[*color](cls, "PINK") })); got != want {
		t.Errorf("unknown name: %s", got)
	}
	if got := Str(Try(func() { EnumValueOfClass[*color](cls, NullString) })); got != "java.lang.NullPointerException: Name is null" {
		t.Errorf("null name: %s", got)
	}
}

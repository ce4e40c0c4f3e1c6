package accessors

// L2Item is the Java class L2Item.
type L2Item struct {
	itemId int32
	name   string
	count  int64
}

const L2ItemMaxStack int32 = 100

// NewL2Item is the Java constructor L2Item(...).
func NewL2Item(itemId int32, name string) *L2Item {
	l := &L2Item{}
	l.itemId = itemId
	l.name = name
	return l
}

// ItemId is the Java method L2Item.getItemId.
func (l *L2Item) ItemId() int32 {
	return l.itemId
}

// Name is the Java method L2Item.getName.
func (l *L2Item) Name() string {
	return l.name
}

// SetName is the Java method L2Item.setName.
func (l *L2Item) SetName(name string) {
	l.name = name
}

// IsStackable is the Java method L2Item.isStackable.
func (l *L2Item) IsStackable() bool {
	return l.count > 1 && l.count < int64(L2ItemMaxStack)
}

// addCount is the Java method L2Item.addCount.
func (l *L2Item) addCount(delta int64) {
	l.count += delta
}

package interfaces

// IItemHandler is the Java interface IItemHandler.
type IItemHandler interface {
	UseItem(player string, itemId int32, forceUse bool) bool
	Names() []string
}

const IItemHandlerPriority int32 = 5

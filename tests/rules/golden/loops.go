package loops

// Loops is the Java class Loops.
type Loops struct {
}

// NewLoops is the Java constructor Loops(...).
func NewLoops() *Loops {
	l := &Loops{}
	return l
}

// LoopsFirstPair is the Java method Loops.firstPair.
func LoopsFirstPair(grid [][]int32, target int32) int32 {
	var found int32 = -1
search:
	for i := int32(0); i < int32(len(grid)); i++ {
		for j := int32(0); j < int32(len(grid[i])); j++ {
			if grid[i][j] < 0 {
				continue search
			}
			if grid[i][j] == target {
				found = i*100 + j
				break search
			}
		}
	}
	return found
}

// LoopsCountDown is the Java method Loops.countDown.
func LoopsCountDown(n int32) int32 {
	var steps int32 = 0
	for more1 := true; more1; more1 = n > 0 {
		n -= 2
		steps++
	}
	return steps
}

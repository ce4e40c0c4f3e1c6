// A stand-in for github.com/stretchr/testify, just what the HumanEval-X Go tests call
// (assert.New and Equal), so `go test` runs offline. Wired in with a `replace` line.
module github.com/stretchr/testify

go 1.21

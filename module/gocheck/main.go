// Command gocheck type-checks every package of a Go module in one pass and formats Go
// declarations, for l2j-lsp's whole-program migration: each error is reported with its
// position (so the failing Java declaration can be found and stubbed) and checking goes on
// through every package, dependents included, instead of stopping at the first failure.
//
//	gocheck check DIR      JSON lines {"file","line","col","msg"} for every type error
//	gocheck format         JSON {"chunks": [...]} on stdin, the same formatted on stdout
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gocheck check DIR | gocheck format")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "check":
		if len(os.Args) != 3 {
			fmt.Fprintln(os.Stderr, "usage: gocheck check DIR")
			os.Exit(2)
		}
		if err := check(os.Args[2], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	case "format":
		if err := formatChunks(os.Stdin, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown command:", os.Args[1])
		os.Exit(2)
	}
}

type problem struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col"`
	Msg  string `json:"msg"`
}

type pkg struct {
	path    string // import path
	dir     string
	files   []*ast.File
	imports []string
	checked *types.Package
}

func modulePath(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", err
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "module ") {
			return strings.TrimSpace(strings.TrimPrefix(line, "module ")), nil
		}
	}
	return "", fmt.Errorf("%s: no module line", filepath.Join(dir, "go.mod"))
}

func check(root string, out io.Writer) error {
	mod, err := modulePath(root)
	if err != nil {
		return err
	}
	fset := token.NewFileSet()
	pkgs := map[string]*pkg{}
	enc := json.NewEncoder(out)
	report := func(p problem) {
		if rel, err := filepath.Rel(root, p.File); err == nil {
			p.File = filepath.ToSlash(rel)
		}
		_ = enc.Encode(p)
	}
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir := filepath.Dir(path)
		// Build constraints (`//go:build !amd64`, `_amd64.go`) as `go build` applies them.
		if ok, merr := build.Default.MatchFile(dir, filepath.Base(path)); merr != nil || !ok {
			return nil
		}
		rel, _ := filepath.Rel(root, dir)
		ip := mod
		if rel != "." {
			ip = mod + "/" + filepath.ToSlash(rel)
		}
		f, perr := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if perr != nil {
			if list, ok := perr.(interface{ Unwrap() []error }); ok {
				for _, e := range list.Unwrap() {
					reportParse(fset, e, report)
				}
			} else {
				reportParse(fset, perr, report)
			}
			if f == nil {
				return nil
			}
		}
		p := pkgs[ip]
		if p == nil {
			p = &pkg{path: ip, dir: dir}
			pkgs[ip] = p
		}
		p.files = append(p.files, f)
		for _, imp := range f.Imports {
			p.imports = append(p.imports, strings.Trim(imp.Path.Value, `"`))
		}
		return nil
	})
	if err != nil {
		return err
	}
	std := importer.ForCompiler(fset, "gc", nil)
	var order []*pkg
	state := map[string]int{}
	var visit func(p *pkg)
	visit = func(p *pkg) {
		if state[p.path] != 0 {
			return
		}
		state[p.path] = 1
		deps := append([]string(nil), p.imports...)
		sort.Strings(deps)
		for _, d := range deps {
			if q := pkgs[d]; q != nil {
				visit(q)
			}
		}
		state[p.path] = 2
		order = append(order, p)
	}
	keys := make([]string, 0, len(pkgs))
	for k := range pkgs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		visit(pkgs[k])
	}
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p := pkgs[path]; p != nil {
			if p.checked == nil {
				return nil, fmt.Errorf("import cycle through %s", path)
			}
			return p.checked, nil
		}
		return std.Import(path)
	})
	for _, p := range order {
		conf := types.Config{
			Importer: imp,
			Error: func(err error) {
				if te, ok := err.(types.Error); ok {
					pos := fset.Position(te.Pos)
					report(problem{pos.Filename, pos.Line, pos.Column, te.Msg})
				}
			},
		}
		p.checked, _ = conf.Check(p.path, fset, p.files, nil)
	}
	return nil
}

func reportParse(fset *token.FileSet, err error, report func(problem)) {
	msg := err.Error()
	// scanner errors read "file:line:col: message".
	parts := strings.SplitN(msg, ":", 4)
	if len(parts) == 4 {
		var line, col int
		fmt.Sscanf(parts[1], "%d", &line)
		fmt.Sscanf(parts[2], "%d", &col)
		report(problem{parts[0], line, col, "syntax error: " + strings.TrimSpace(parts[3])})
		return
	}
	report(problem{"", 0, 0, "syntax error: " + msg})
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

type chunks struct {
	Chunks []string `json:"chunks"`
	Errors []string `json:"errors,omitempty"`
}

// formatChunks formats top-level declarations one by one (each is wrapped in a package
// clause for the formatter), so their line ranges in the assembled file stay known.
func formatChunks(in io.Reader, out io.Writer) error {
	var req chunks
	if err := json.NewDecoder(in).Decode(&req); err != nil {
		return err
	}
	resp := chunks{Chunks: make([]string, len(req.Chunks)), Errors: make([]string, len(req.Chunks))}
	const head = "package p\n\n"
	for i, c := range req.Chunks {
		src, err := format.Source([]byte(head + c))
		if err != nil {
			resp.Chunks[i] = c
			resp.Errors[i] = err.Error()
			continue
		}
		resp.Chunks[i] = strings.TrimRight(strings.TrimPrefix(string(src), head), "\n")
	}
	return json.NewEncoder(out).Encode(resp)
}

package houqin_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// forbiddenImports are the packages a library package may not import: they
// do I/O, read the environment or the clock, or are not deterministic.
// examples/ is exempt.
var forbiddenImports = map[string]bool{
	"os": true, "os/exec": true, "os/signal": true, "os/user": true,
	"net": true, "net/http": true, "net/url": true, "net/rpc": true, "net/smtp": true, "net/mail": true,
	"io/fs": true, "io/ioutil": true, "log": true, "log/slog": true, "log/syslog": true,
	"math/rand": true, "math/rand/v2": true, "crypto/rand": true,
	"database/sql": true, "syscall": true, "unsafe": true, "embed": true, "plugin": true,
	"runtime/debug": true, "runtime/pprof": true, "path/filepath": true,
}

// forbiddenCalls are the functions a library package may not call.
var forbiddenCalls = map[string]bool{
	"time.Now": true, "time.Since": true, "time.Until": true, "time.Sleep": true,
	"time.After": true, "time.Tick": true, "time.NewTimer": true, "time.NewTicker": true,
	"fmt.Print": true, "fmt.Printf": true, "fmt.Println": true,
}

// TestLibraryIsPure parses every non-test Go file of the library packages and
// fails if one imports a package that does I/O or is not deterministic, or
// calls the clock or prints. The library's promise is values in, values out.
func TestLibraryIsPure(t *testing.T) {
	fset := token.NewFileSet()
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			name := d.Name()
			if path != "." && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" || name == "examples") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		local := map[string]string{} // the name a file gives an import → its path
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if p == "embed" && imp.Name != nil && imp.Name.Name == "_" {
				continue // //go:embed into a string or []byte: data fixed at build time, no I/O
			}
			assert.False(t, forbiddenImports[p], "%s imports %q", fset.Position(imp.Pos()), p)
			name := p[strings.LastIndex(p, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			local[name] = p
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			switch fn := call.Fun.(type) {
			case *ast.SelectorExpr:
				if pkg, ok := fn.X.(*ast.Ident); ok && local[pkg.Name] != "" {
					name := local[pkg.Name] + "." + fn.Sel.Name
					assert.False(t, forbiddenCalls[name], "%s calls %s", fset.Position(call.Pos()), name)
				}
			case *ast.Ident:
				assert.False(t, fn.Name == "println" || fn.Name == "print", "%s calls %s", fset.Position(call.Pos()), fn.Name)
			}
			return true
		})
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 5, "the walk found the library's files")
}

// TestTestifyOnlyInTests: testify, and the shared test helpers of
// internal/testkit, are imported only by _test.go files; testkit itself is
// the one other package that may import testify.
func TestTestifyOnlyInTests(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		inTestkit := filepath.Dir(path) == filepath.Join("internal", "testkit")
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			assert.False(t, strings.HasPrefix(p, "github.com/stretchr/testify") && !inTestkit, "%s imports %s", path, p)
			assert.False(t, p == "github.com/houqin-go/houqin/internal/testkit", "%s imports %s outside a test", path, p)
		}
		return nil
	})
	require.NoError(t, err)
}

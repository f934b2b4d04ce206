// Command ferretdb runs FerretDB (a MongoDB-compatible server on SQLite) for the
// bot's embedded database and its tests, on machines where mongod cannot be
// downloaded. It wraps FerretDB's embeddable package: a plain `go install` of
// cmd/ferretdb v1.24.2 panics at start because its version file is empty.
package main

import (
	"context"
	"flag"
	"log"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	sqliteURL := flag.String("sqlite-url", "file:data/", "SQLite directory URI (must end with /)")
	withParent := flag.Bool("exit-with-parent", false, "stop when the process that started this one is gone")
	flag.Parse()

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))

	// FerretDB itself listens on a private Unix socket; clients reach it through
	// the relay that runs one command at a time (see serialize.go).
	socketDir, err := os.MkdirTemp("", "ferretdb-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(socketDir)
	socket := filepath.Join(socketDir, "ferretdb.sock")
	public, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		_ = relayConnections(public, func() (net.Conn, error) { return net.Dial("unix", socket) })
	}()

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{Unix: socket},
		Handler:   "sqlite",
		SQLiteURL: *sqliteURL,
		Logger:    logger,
	})
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if *withParent {
		go stopWhenOrphaned(stop)
	}
	// On a signal: no new clients, and the open ones are closed, so FerretDB stops at once.
	go func() {
		<-ctx.Done()
		_ = public.Close()
		closeAll()
	}()
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}

// stopWhenOrphaned stops the server once its parent is gone. The bot starts it
// as its embedded database; a bot killed with SIGKILL cannot stop it, and the
// next bot would start a second server on the same SQLite files beside the
// orphan (probe s20 F1). A child whose parent died is handed to another
// process (init or a subreaper), so its parent id changes: checked every second.
func stopWhenOrphaned(stop context.CancelFunc) {
	parent := os.Getppid()
	for range time.Tick(time.Second) {
		if os.Getppid() != parent {
			stop()
			return
		}
	}
}

package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"net"
	"sync"
)

// FerretDB 1.24 runs an update or findAndModify as a query and then a write,
// in separate SQLite transactions: two concurrent conditional updates
// (say, "claim this item if it is still pending") can both match the same
// document. Real MongoDB makes each single-document update atomic, and the
// bot relies on that. So every client connection goes through this relay,
// which lets one command at a time reach FerretDB: each command then runs
// alone, as atomic as on MongoDB, for all clients and processes.
//
// Reads (find, aggregate, count, getMore, …) do not take the turn: FerretDB
// reads without a transaction and SQLite's WAL lets readers run beside the one
// writer, as MongoDB serves reads beside writes. Otherwise every write waited
// behind any scan (FerretDB filters most queries by reading every row), which
// MongoDB, serving the same query from an index, never makes it do.

const (
	opMsg          = 2013
	flagMoreToCome = 1 << 1
	maxMessageSize = 48 << 20
)

var turn sync.Mutex

// open holds the connections of every relayed client, so a shutdown can close them (closeAll).
var open = struct {
	sync.Mutex
	conns map[net.Conn]struct{}
}{conns: map[net.Conn]struct{}{}}

func track(c net.Conn) {
	open.Lock()
	open.conns[c] = struct{}{}
	open.Unlock()
}

func untrack(c net.Conn) {
	open.Lock()
	delete(open.conns, c)
	open.Unlock()
	_ = c.Close()
}

// closeAll closes every relayed connection, both sides. FerretDB lets a
// connection that is still open at shutdown run for 3 more seconds; clients
// (a pool of idle connections, say) would hold every stop for that long.
func closeAll() {
	open.Lock()
	defer open.Unlock()
	for c := range open.conns {
		_ = c.Close()
	}
}

// relayConnections accepts clients on l and relays each to a fresh backend connection.
func relayConnections(l net.Listener, dialBackend func() (net.Conn, error)) error {
	for {
		client, err := l.Accept()
		if err != nil {
			return err
		}
		go relayClient(client, dialBackend)
	}
}

func relayClient(client net.Conn, dialBackend func() (net.Conn, error)) {
	track(client)
	defer untrack(client)
	backend, err := dialBackend()
	if err != nil {
		return
	}
	track(backend)
	defer untrack(backend)
	for {
		request, err := readMessage(client)
		if err != nil {
			return
		}
		if readOnly(request) {
			err = exchange(request, client, backend)
		} else {
			turn.Lock()
			err = exchange(request, client, backend)
			turn.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// exchange sends one request and relays its reply (or replies, for an exhaust stream).
func exchange(request []byte, client, backend net.Conn) error {
	if _, err := backend.Write(request); err != nil {
		return err
	}
	if moreToCome(request) {
		return nil // the client asked for no reply
	}
	for {
		reply, err := readMessage(backend)
		if err != nil {
			return err
		}
		if _, err := client.Write(reply); err != nil {
			return err
		}
		if !moreToCome(reply) {
			return nil
		}
	}
}

// readMessage reads one wire-protocol message: a little-endian int32 length, then the rest.
func readMessage(r io.Reader) ([]byte, error) {
	var size [4]byte
	if _, err := io.ReadFull(r, size[:]); err != nil {
		return nil, err
	}
	n := binary.LittleEndian.Uint32(size[:])
	if n < 16 || n > maxMessageSize {
		return nil, errors.New("malformed wire message")
	}
	message := make([]byte, n)
	copy(message, size[:])
	if _, err := io.ReadFull(r, message[4:]); err != nil {
		return nil, err
	}
	return message, nil
}

func moreToCome(message []byte) bool {
	if len(message) < 20 || binary.LittleEndian.Uint32(message[12:16]) != opMsg {
		return false
	}
	return binary.LittleEndian.Uint32(message[16:20])&flagMoreToCome != 0
}

// readCommands change nothing stored: they run without waiting for the turn.
var readCommands = map[string]bool{
	"find": true, "getMore": true, "count": true, "distinct": true, "aggregate": true,
	"listCollections": true, "listIndexes": true, "listDatabases": true, "dbStats": true, "collStats": true,
	"explain": true, "ping": true, "hello": true, "isMaster": true, "ismaster": true, "buildInfo": true,
	"buildinfo": true, "serverStatus": true, "getParameter": true, "connectionStatus": true,
	"killCursors": true, "endSessions": true,
}

// readOnly tells whether an OP_MSG request is one of readCommands. Its body is
// the first section (kind 0), a BSON document whose first key names the command.
// An aggregate that writes ($out, $merge) takes the turn, as does anything not
// recognised here (legacy opcodes, a body in a document sequence).
func readOnly(message []byte) bool {
	if len(message) < 27 || binary.LittleEndian.Uint32(message[12:16]) != opMsg || message[20] != 0 {
		return false
	}
	key := message[26:]
	end := bytes.IndexByte(key, 0)
	if end < 0 || !readCommands[string(key[:end])] {
		return false
	}
	return !bytes.Contains(message, []byte("$out\x00")) && !bytes.Contains(message, []byte("$merge\x00"))
}

package store

import (
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	badger "github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"google.golang.org/protobuf/proto"

	"github.com/newsgraph/newsgraph/graph"
)

// A backup is one consistent snapshot of every key of a database, in
// this layout:
//
//	"newsgraph backup 1\n"                 header line
//	frames, each: uint64 length n (little-endian), then n bytes of a
//	    protobuf pb.KVList of keys and values (Badger's backup framing)
//	uint64 0                               end of the frames
//	"end keys=N crc32c=XXXXXXXX\n"         trailer: the number of keys and
//	    the CRC-32C of every frame byte before the end marker
//
// The header makes a wrong file fail at once with a clear error, and the
// trailer makes a truncated or damaged one fail instead of restoring part
// of a database. The frames are those of Badger's DB.Backup, but written
// from a single read snapshot, latest versions only: Badger's own
// DB.Backup reads with one transaction per goroutine, which is not one
// point in time while writers run, and cannot be cancelled.
const backupHeader = "newsgraph backup 1\n"

// Frame limits: frames are cut near frameBytes; a length over maxFrame
// is damage, not data (one value is at most an article text).
const (
	frameBytes = 4 << 20
	maxFrame   = 1 << 30
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Backup writes a consistent copy of the whole database, as of one
// snapshot, to w (see the layout above). Writers go on meanwhile; what
// they commit after the snapshot is not in the backup. A split write that
// was in progress is carried as its redo log and finished or undone by
// Restore, as Open would.
func (db *DB) Backup(ctx context.Context, w io.Writer) error {
	const op = "store.Backup"
	txn, err := db.snapshot()
	if err != nil {
		return graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
	}
	defer db.endRead(txn)
	bw := &backupWriter{w: w}
	if _, err := io.WriteString(w, backupHeader); err != nil {
		return fmt.Errorf("backup %s: write: %w", db.dir, err)
	}
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 100})
	defer it.Close()
	var list pb.KVList
	size, keys := 0, 0
	for it.Rewind(); it.Valid(); it.Next() {
		if keys%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return graph.Errorf(op, graph.Internal, "%s: %w", db.dir, err)
			}
		}
		item := it.Item()
		v, err := item.ValueCopy(nil)
		if err != nil {
			return graph.Errorf(op, graph.Internal, "%s: read %q: %w", db.dir, item.Key(), err)
		}
		list.Kv = append(list.Kv, &pb.KV{Key: item.KeyCopy(nil), Value: v, Version: item.Version()})
		size += len(v) + len(item.Key()) + 16
		keys++
		if size >= frameBytes {
			if err := bw.frame(&list); err != nil {
				return fmt.Errorf("backup %s: %w", db.dir, err)
			}
			list.Kv, size = list.Kv[:0], 0
		}
	}
	if len(list.Kv) > 0 {
		if err := bw.frame(&list); err != nil {
			return fmt.Errorf("backup %s: %w", db.dir, err)
		}
	}
	var end [8]byte
	if _, err := w.Write(end[:]); err != nil {
		return fmt.Errorf("backup %s: write: %w", db.dir, err)
	}
	if _, err := fmt.Fprintf(w, "end keys=%d crc32c=%08x\n", keys, bw.crc); err != nil {
		return fmt.Errorf("backup %s: write: %w", db.dir, err)
	}
	return nil
}

// backupWriter writes frames and sums their bytes.
type backupWriter struct {
	w   io.Writer
	crc uint32
}

func (bw *backupWriter) frame(list *pb.KVList) error {
	data, err := proto.Marshal(list)
	if err != nil {
		return fmt.Errorf("encode: %w", err)
	}
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(data)))
	bw.crc = crc32.Update(bw.crc, castagnoli, n[:])
	bw.crc = crc32.Update(bw.crc, castagnoli, data)
	if _, err := bw.w.Write(n[:]); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	if _, err := bw.w.Write(data); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// ErrNotEmpty is in the error of a Restore that was not forced into a
// database holding data.
var ErrNotEmpty = errors.New("the database holds data")

// RestoreOptions configure Restore.
type RestoreOptions struct {
	// Options are those the restored database is opened with to check
	// and recover it.
	Options Options
	// Force replaces a database that holds nodes or edges. Without it
	// Restore refuses such a target.
	Force bool
}

// RestoreResult says what Restore restored.
type RestoreResult struct {
	// Keys is the number of keys the backup held.
	Keys int
	// Replaced is true when a database holding data was replaced.
	Replaced bool
	// Stats are the counters of the restored database.
	Stats Stats
}

// Restore reads a backup written by Backup from r into the database
// directory dir. The target must not exist, be empty, or hold an empty
// database, unless opts.Force is set, in which case a database holding
// data is replaced; a directory that is not a newsgraph database is
// never replaced. The backup is loaded into a new directory beside dir,
// checked (header, checksum, trailer, format version) and opened once,
// which finishes or undoes a split write it carries, and only then moved
// to dir: a bad or truncated backup leaves dir as it was. Errors about
// the backup have kind Invalid.
//
// Restore must not race with another process opening dir: it checks
// that dir is not in use before it starts and before it moves the
// restored database into place, but not in between.
func Restore(ctx context.Context, dir string, r io.Reader, opts RestoreOptions) (RestoreResult, error) {
	const op = "store.Restore"
	var res RestoreResult
	if dir == "" {
		return res, graph.Errorf(op, graph.Invalid, "no database directory")
	}
	dir = filepath.Clean(dir)
	occupied, err := checkTarget(dir, opts)
	if err != nil {
		return res, err
	}
	br := bufio.NewReaderSize(r, 1<<20)
	if err := readHeader(br); err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}

	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), "."+filepath.Base(dir)+".restore-")
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	moved := false
	defer func() {
		if !moved {
			os.RemoveAll(tmp)
		}
	}()
	o := opts.Options
	o.GCInterval = -1
	o.ReadOnly, o.InMemory = false, false
	db, err := Open(tmp, o)
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	res.Keys, err = load(ctx, db, br)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	// Open checks the format version and recovers a split write.
	db, err = Open(tmp, o)
	if err != nil {
		return res, graph.Errorf(op, graph.Invalid, "restore %s: the backup does not open: %w", dir, err)
	}
	res.Stats, err = db.Stats(ctx)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}

	if occupied {
		// Check again that nobody opened dir meanwhile.
		if _, err := checkTarget(dir, opts); err != nil {
			return res, err
		}
		old := filepath.Join(filepath.Dir(dir), "."+filepath.Base(dir)+".replaced-"+strconv.FormatInt(time.Now().UnixNano(), 36))
		if err := os.Rename(dir, old); err != nil {
			return res, fmt.Errorf("restore %s: move the old database aside: %w", dir, err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			if rerr := os.Rename(old, dir); rerr != nil {
				return res, fmt.Errorf("restore %s: %w; and the old database could not be put back from %s: %v", dir, err, old, rerr)
			}
			return res, fmt.Errorf("restore %s: %w", dir, err)
		}
		moved = true
		res.Replaced = true
		if err := os.RemoveAll(old); err != nil {
			return res, fmt.Errorf("restore %s: restored, but the old database is left in %s: %w", dir, old, err)
		}
		return res, nil
	}
	if err := os.Remove(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return res, fmt.Errorf("restore %s: %w", dir, err)
	}
	moved = true
	return res, nil
}

// checkTarget reports whether dir holds a database (a directory with
// files), and fails when it may not be replaced: in use, not a newsgraph
// database, or holding data without opts.Force.
func checkTarget(dir string, opts RestoreOptions) (occupied bool, err error) {
	const op = "store.Restore"
	ents, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("restore %s: %w", dir, err)
	case len(ents) == 0:
		return false, nil
	}
	// Replacing dir removes everything in it: only Badger's own files
	// may be there.
	manifest := false
	for _, e := range ents {
		name := e.Name()
		manifest = manifest || name == "MANIFEST"
		if !badgerFile(name) || e.IsDir() {
			return false, graph.Errorf(op, graph.Invalid, "restore %s: not a newsgraph database (it holds %s): restore into a new or empty folder", dir, name)
		}
	}
	if !manifest {
		return false, graph.Errorf(op, graph.Invalid, "restore %s: not a newsgraph database (no MANIFEST): restore into a new or empty folder", dir)
	}
	o := opts.Options
	o.GCInterval = -1
	o.ReadOnly, o.InMemory = false, false
	db, err := Open(dir, o)
	if err != nil {
		return false, fmt.Errorf("restore: the target is not a database that may be replaced: %w", err)
	}
	st, err := db.Stats(context.Background())
	cerr := db.Close()
	if err != nil {
		return false, fmt.Errorf("restore %s: %w", dir, err)
	}
	if cerr != nil {
		return false, cerr
	}
	if (st.TotalNodes() > 0 || st.TotalEdges() > 0) && !opts.Force {
		return false, graph.Errorf(op, graph.Invalid, "restore %s: %w: %d articles, %d nodes and %d edges, which restoring would replace",
			dir, ErrNotEmpty, st.Articles(), st.TotalNodes(), st.TotalEdges())
	}
	return true, nil
}

// badgerFile reports whether name is one of the files Badger keeps in a
// database directory.
func badgerFile(name string) bool {
	switch name {
	case "MANIFEST", "KEYREGISTRY", "LOCK", "DISCARD", "REWRITE-MANIFEST":
		return true
	}
	for _, ext := range []string{".sst", ".vlog", ".mem"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// readHeader reads the header line of a backup.
func readHeader(br *bufio.Reader) error {
	head := make([]byte, len(backupHeader))
	n, err := io.ReadFull(br, head)
	if err != nil && n == 0 {
		if errors.Is(err, io.EOF) {
			return graph.Errorf("store.Restore", graph.Invalid, "backup: empty input, not a newsgraph backup")
		}
		return fmt.Errorf("backup: read: %w", err)
	}
	if string(head[:n]) != backupHeader {
		return graph.Errorf("store.Restore", graph.Invalid, "backup: not a newsgraph backup (it does not start with %q)", strings.TrimSpace(backupHeader))
	}
	return nil
}

// load writes the keys of the backup in br, after its header, into db
// and returns how many there were.
func load(ctx context.Context, db *DB, br *bufio.Reader) (int, error) {
	const op = "store.Restore"
	invalid := func(format string, args ...any) error {
		return graph.Errorf(op, graph.Invalid, "backup: "+format, args...)
	}
	// These writes do not go through aliasCache.note, nor the node
	// cache's begin and end of the nodes written.
	db.aliases.written.forget()
	db.nodes.begin(nodeWrite{all: true})
	defer db.nodes.end(nodeWrite{all: true})
	wb := db.bdb.NewWriteBatch()
	defer wb.Cancel()
	var crc uint32
	keys, hasFormat := 0, false
	var lenBuf [8]byte
	for {
		if err := ctx.Err(); err != nil {
			return keys, err
		}
		if _, err := io.ReadFull(br, lenBuf[:]); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return keys, invalid("truncated after %d keys (no end marker)", keys)
			}
			return keys, fmt.Errorf("backup: read: %w", err)
		}
		size := binary.LittleEndian.Uint64(lenBuf[:])
		if size == 0 {
			break
		}
		if size > maxFrame {
			return keys, invalid("damaged after %d keys (a frame of %d bytes)", keys, size)
		}
		data := make([]byte, size)
		if _, err := io.ReadFull(br, data); err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
				return keys, invalid("truncated after %d keys (in a frame)", keys)
			}
			return keys, fmt.Errorf("backup: read: %w", err)
		}
		crc = crc32.Update(crc, castagnoli, lenBuf[:])
		crc = crc32.Update(crc, castagnoli, data)
		var list pb.KVList
		if err := proto.Unmarshal(data, &list); err != nil {
			return keys, invalid("damaged after %d keys: %v", keys, err)
		}
		for _, kv := range list.Kv {
			if len(kv.Key) == 0 || bytes.HasPrefix(kv.Key, []byte("!badger!")) {
				continue
			}
			if bytes.Equal(kv.Key, keyFormat) {
				hasFormat = true
			}
			if err := wb.Set(kv.Key, kv.Value); err != nil {
				return keys, fmt.Errorf("write key %.40q: %w", kv.Key, err)
			}
			keys++
		}
	}
	trailer, err := br.ReadString('\n')
	if err != nil {
		return keys, invalid("truncated in its trailer")
	}
	var wantKeys int
	var wantCRC uint32
	if _, err := fmt.Sscanf(trailer, "end keys=%d crc32c=%08x\n", &wantKeys, &wantCRC); err != nil {
		return keys, invalid("damaged trailer %q", strings.TrimSpace(trailer))
	}
	if wantCRC != crc {
		return keys, invalid("checksum mismatch (crc32c %08x, the trailer says %08x): the file is damaged", crc, wantCRC)
	}
	if wantKeys != keys {
		return keys, invalid("%d keys read, the trailer says %d", keys, wantKeys)
	}
	if _, err := br.ReadByte(); err != io.EOF {
		return keys, invalid("data after the trailer")
	}
	if !hasFormat {
		return keys, invalid("no format version key: not a newsgraph database's backup")
	}
	defer db.version.Add(1) // the counters read before are stale (countCache)
	if err := wb.Flush(); err != nil {
		return keys, fmt.Errorf("write: %w", err)
	}
	return keys, nil
}
